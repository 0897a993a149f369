// Header injection is neutralised where names and titles become header text: line breaks and other
// control characters (which would start a new header) become spaces, and the length is bounded.
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

export function headerSafe(text: string, max = 250): string {
  const flat = text.replace(CONTROL, ' ').replace(/\s{2,}/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
