// A stable caret colour per person, from a palette readable on white (white text on it too).
const PALETTE = [
  '#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#dc2626',
  '#0891b2', '#4d7c0f', '#c2410c', '#4f46e5', '#be185d', '#0f766e',
] as const;

/** FNV-1a, so every character of the id moves the result (a ×31 hash mod 12 barely does). */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

export function colourFor(userId: string): string {
  return PALETTE[hash(userId) % PALETTE.length];
}
