// Raw WebSocket probes of the collaboration endpoint: the HTTP status of an upgrade, and a
// hostile client that sends one frame and reports whether the server closed it (and with what).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import { CollabMessage } from '../../shared/protocol.ts';

/** Opens a raw socket and resolves with the HTTP status of a refused upgrade, or 101. */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', reject);
  });
}

export function openRaw(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
}

/** A sync step 1 with an empty state vector: any live connection answers it with step 2. */
function probeFrame(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessage.Sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(encoder, new Uint8Array([0]));
  return encoding.toUint8Array(encoder);
}

function isSyncStep2(data: Buffer): boolean {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  return decoding.readVarUint(decoder) === CollabMessage.Sync && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
}

/** What became of a connection after a frame: still answering, or closed with a code. */
export type FrameOutcome = { alive: true } | { alive: false; code: number };

/** Whether the server answers this frame with a step 2 when it accepts it (it is a sync step 1). */
function asksForState(frame: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    return decoding.readVarUint(decoder) === CollabMessage.Sync && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1;
  } catch {
    return false;
  }
}

/**
 * A hostile client on one collaboration socket. Each frame is followed by a probe (a sync step 1);
 * frames are handled in order, so once every step 1 sent so far is answered, the frame was taken
 * without closing the connection; a close event carries the server's verdict instead.
 */
export class RawCollabPeer {
  private asked = 0;
  private answered = 0;
  private closedWith: number | null = null;
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      if (isSyncStep2(data)) this.answered += 1;
      for (const wake of this.waiters) wake();
    });
    ws.on('close', (code: number) => {
      this.closedWith = code;
      for (const wake of this.waiters) wake();
    });
  }

  static async open(url: string): Promise<RawCollabPeer> {
    return new RawCollabPeer(await openRaw(url));
  }

  get closed(): boolean {
    return this.closedWith !== null;
  }

  send(frame: Uint8Array): Promise<FrameOutcome> {
    this.asked += asksForState(frame) ? 2 : 1;
    const wanted = this.asked;
    this.ws.send(frame);
    this.ws.send(probeFrame());
    return new Promise((resolve) => {
      const wake = () => {
        if (this.closedWith !== null) resolve({ alive: false, code: this.closedWith });
        else if (this.answered >= wanted) resolve({ alive: true });
        else return;
        this.waiters.delete(wake);
      };
      this.waiters.add(wake);
      wake();
    });
  }

  close(): void {
    this.ws.close();
  }
}
