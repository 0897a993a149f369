// "Offline" / "Saving…" / "Saved", decided from the connection and two state vectors:
// what this client has written, and what the server says it has durably stored.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

export type SaveStatus = 'offline' | 'saving' | 'saved';

/** A Yjs state vector: client id → number of that client's operations. */
export type StateVector = Map<number, number>;

export interface SaveStatusInput {
  connected: boolean;
  /** This client's own id in the document. */
  clientId: number;
  /** The document's current state vector (includes this client's local edits). */
  local: StateVector;
  /** The state vector of everything durably stored, from the server's last Saved notice. */
  persisted: StateVector;
}

/** True when every operation this client made is covered by the stored state. */
export function isDurablyStored(clientId: number, local: StateVector, persisted: StateVector): boolean {
  return (persisted.get(clientId) ?? 0) >= (local.get(clientId) ?? 0);
}

export function saveStatus(input: SaveStatusInput): SaveStatus {
  if (!input.connected) return 'offline';
  return isDurablyStored(input.clientId, input.local, input.persisted) ? 'saved' : 'saving';
}

/** The state vector of a document as the server encodes it (`Y.encodeStateVector`). */
export function stateVectorOf(doc: Y.Doc): StateVector {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

/** Reads the body of a Saved message (after its type): a varUint8Array holding a state vector. */
export function readSavedNotice(decoder: decoding.Decoder): StateVector {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

/** True when `stored` covers every operation in `wanted`, whoever made it. */
export function covers(stored: StateVector, wanted: StateVector): boolean {
  for (const [client, clock] of wanted) if ((stored.get(client) ?? 0) < clock) return false;
  return true;
}
