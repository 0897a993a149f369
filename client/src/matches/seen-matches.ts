// Which version of each match I have looked at (see `attentionKey`), kept on this device per
// person so the "new" count survives a reload.
const PREFIX = 'superconnector.matches.seen.';

export type SeenMap = Record<string, string>;

export function readSeen(storage: Storage | null, userId: string): SeenMap {
  const text = storage?.getItem(PREFIX + userId);
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as SeenMap) : {};
  } catch {
    // A damaged entry only costs the "new" markers; start again.
    return {};
  }
}

export function writeSeen(storage: Storage | null, userId: string, seen: SeenMap): void {
  try {
    storage?.setItem(PREFIX + userId, JSON.stringify(seen));
  } catch {
    // Storage full or disabled (private mode): the markers simply do not persist.
  }
}
