// Awareness (presence) updates entry by entry, so the server can keep only the entries a
// connection may speak for. y-protocols' encoding: a count, then client id, clock and JSON state.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** Throws on a truncated or malformed update, like applyAwarenessUpdate would. */
export function decodePresence(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: PresenceEntry[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count -= 1) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

export function encodePresence(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
