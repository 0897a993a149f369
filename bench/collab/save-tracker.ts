// Time from a client's edit to the server's "saved" notice covering it (Superconnector only).
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';

interface PendingSave {
  /** The client's clock after the edit: saved once the stored state vector reaches it. */
  clockAfter: number;
  sentAt: number;
}

/** Reads the payload of a "saved" message: the stored state vector, as a length-prefixed buffer. */
export function readSavedStateVector(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

/** Pending saves of one client's own edits, in clock order. */
export class ClientSaveTracker {
  private readonly pending: PendingSave[] = [];
  private nextIndex = 0;

  /** @param latencies shared sink: one sample per saved edit. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly latencies: number[],
  ) {}

  /** Call right after the edit's transaction. */
  recordEdit(sentAt: number): void {
    this.pending.push({ clockAfter: Y.getState(this.doc.store, this.doc.clientID), sentAt });
  }

  recordSaved(storedStateVector: Map<number, number>): void {
    const storedClock = storedStateVector.get(this.doc.clientID) ?? 0;
    const savedAt = performance.now();
    while (this.nextIndex < this.pending.length && this.pending[this.nextIndex].clockAfter <= storedClock) {
      this.latencies.push(savedAt - this.pending[this.nextIndex].sentAt);
      this.nextIndex += 1;
    }
  }

  get unsaved(): number {
    return this.pending.length - this.nextIndex;
  }
}
