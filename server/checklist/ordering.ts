// Order within a request list: the ids of a section (or of the sections) with one put at a position.

/** `others` in order with `id` inserted at `position` (clamped to the end). */
export function moveInto(others: readonly string[], id: string, position: number): string[] {
  const at = Math.min(Math.max(position, 0), others.length);
  return [...others.slice(0, at), id, ...others.slice(at)];
}
