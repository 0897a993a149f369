// fast-check arbitraries for hostile collaboration frames: valid y-websocket messages built from a
// real Y.Doc and Awareness, then truncated, bit-flipped, given huge varint lengths or unknown
// types; plus raw random bytes. `expectedClose` is the oracle: what the server must do with one.
import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CollabCloseCode, CollabMessage } from '../../shared/protocol.ts';

export type FrameKind = 'random' | 'valid' | 'truncated' | 'bit-flipped' | 'huge-length' | 'unknown-type' | 'oversized';

export interface HostileFrame {
  kind: FrameKind;
  bytes: Uint8Array;
}

type DocOp = { op: 'text'; at: number; value: string } | { op: 'map'; key: string; value: number } | { op: 'xml'; tag: string; value: string };

const docOp: fc.Arbitrary<DocOp> = fc.oneof(
  fc.record({ op: fc.constant('text' as const), at: fc.nat(20), value: fc.string({ maxLength: 12 }) }),
  fc.record({ op: fc.constant('map' as const), key: fc.string({ maxLength: 6 }), value: fc.integer() }),
  fc.record({ op: fc.constant('xml' as const), tag: fc.constantFrom('paragraph', 'heading', 'script'), value: fc.string({ maxLength: 12 }) }),
);

/** A Yjs update from a fresh client making a few edits to the shapes the app uses. */
function updateFrom(ops: DocOp[]): Uint8Array {
  const doc = new Y.Doc();
  for (const op of ops) {
    if (op.op === 'text') doc.getText('fuzz').insert(Math.min(op.at, doc.getText('fuzz').length), op.value);
    else if (op.op === 'map') doc.getMap('fuzz-map').set(op.key, op.value);
    else {
      const element = new Y.XmlElement(op.tag);
      element.insert(0, [new Y.XmlText(op.value)]);
      doc.getXmlFragment('fuzz-xml').insert(0, [element]);
    }
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** A y-websocket sync frame of the given sub-type around `payload`. */
export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessage.Sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function awarenessFrame(state: Record<string, unknown> | null): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(state);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessage.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  awareness.destroy();
  return encoding.toUint8Array(encoder);
}

/** Well-formed frames of every message type a client may send. */
export const validFrame: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.array(docOp, { minLength: 1, maxLength: 6 }).map((ops) => syncFrame(syncProtocol.messageYjsUpdate, updateFrom(ops))),
  fc.array(docOp, { minLength: 1, maxLength: 6 }).map((ops) => syncFrame(syncProtocol.messageYjsSyncStep2, updateFrom(ops))),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.nat()).map((sv) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, CollabMessage.Sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Map(Object.values(sv).map((clock, i) => [i + 1, clock]))));
    return encoding.toUint8Array(encoder);
  }),
  fc.option(fc.record({ user: fc.record({ name: fc.string({ maxLength: 20 }), color: fc.string({ maxLength: 8 }) }) }), { nil: null }).map(awarenessFrame),
  fc.constant(Uint8Array.from([CollabMessage.QueryAwareness])),
);

function writeHugeLength(prefix: readonly number[], length: number, tail: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of prefix) encoding.writeVarUint(encoder, value);
  encoding.writeVarUint(encoder, length);
  encoding.writeUint8Array(encoder, tail);
  return encoding.toUint8Array(encoder);
}

const hugeLength = fc.oneof(fc.constantFrom(2 ** 31 - 1, 2 ** 32, 2 ** 40, Number.MAX_SAFE_INTEGER), fc.integer({ min: 1 << 20, max: 2 ** 31 }));

/** Valid frames cut short, with bits flipped, or with a declared length far beyond the frame. */
export function hostileFrame(maxFrameBytes: number): fc.Arbitrary<HostileFrame> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 64 }).map((bytes): HostileFrame => ({ kind: 'random', bytes })),
    validFrame.map((bytes): HostileFrame => ({ kind: 'valid', bytes })),
    fc.tuple(validFrame, fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, at]): HostileFrame => ({
      kind: 'truncated',
      bytes: bytes.slice(0, Math.floor(at * (bytes.length - 1))),
    })),
    fc.tuple(validFrame, fc.array(fc.tuple(fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 4 })).map(([bytes, flips]): HostileFrame => {
      const mutated = bytes.slice();
      for (const [at, bit] of flips) mutated[at % mutated.length] ^= 1 << bit;
      return { kind: 'bit-flipped', bytes: mutated };
    }),
    fc.tuple(fc.constantFrom([0, 0], [0, 1], [0, 2], [1]), hugeLength, fc.uint8Array({ maxLength: 32 })).map(([prefix, length, tail]): HostileFrame => ({
      kind: 'huge-length',
      bytes: writeHugeLength(prefix, length, tail),
    })),
    fc.tuple(fc.integer({ min: 4, max: 2 ** 30 }).filter((type) => type !== CollabMessage.Saved), fc.uint8Array({ maxLength: 16 })).map(([type, tail]): HostileFrame => ({
      kind: 'unknown-type',
      bytes: writeHugeLength([], type, tail),
    })),
    fc.integer({ min: 1, max: 1024 }).map((extra): HostileFrame => ({ kind: 'oversized', bytes: syncFrame(2, new Uint8Array(maxFrameBytes + extra)) })),
  );
}

function throws(action: () => unknown): boolean {
  try {
    action();
    return false;
  } catch {
    return true;
  }
}

/** True when the payload of a sync update or step 2 would be rejected before touching any document. */
function badUpdatePayload(decoder: decoding.Decoder, writer: boolean): boolean {
  let update: Uint8Array;
  try {
    update = decoding.readVarUint8Array(decoder);
  } catch {
    return true;
  }
  return writer && throws(() => Y.decodeUpdate(update));
}

/**
 * The close code the server must answer a frame with, or null when it may legitimately keep the
 * connection (a well-formed frame) or close it with Malformed (a frame that decodes but cannot apply).
 */
export function expectedClose(frame: Uint8Array, maxFrameBytes: number, writer: boolean): number | null {
  if (frame.byteLength > maxFrameBytes) return CollabCloseCode.TooLarge;
  const decoder = decoding.createDecoder(frame);
  let type: number;
  try {
    type = decoding.readVarUint(decoder);
  } catch {
    return CollabCloseCode.Malformed;
  }
  if (type === CollabMessage.QueryAwareness) return null;
  if (type === CollabMessage.Awareness) {
    const scratch = new awarenessProtocol.Awareness(new Y.Doc());
    const bad = throws(() => awarenessProtocol.applyAwarenessUpdate(scratch, decoding.readVarUint8Array(decoder), null));
    scratch.destroy();
    return bad ? CollabCloseCode.Malformed : null;
  }
  if (type !== CollabMessage.Sync) return CollabCloseCode.Malformed;
  let syncType: number;
  try {
    syncType = decoding.readVarUint(decoder);
  } catch {
    return CollabCloseCode.Malformed;
  }
  if (syncType === syncProtocol.messageYjsSyncStep1) {
    return throws(() => Y.decodeStateVector(decoding.readVarUint8Array(decoder))) ? CollabCloseCode.Malformed : null;
  }
  if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) return CollabCloseCode.Malformed;
  return badUpdatePayload(decoder, writer) ? CollabCloseCode.Malformed : null;
}
