// Text inside the Markdown export, valid CommonMark: what people typed is backslash-escaped (so it
// can neither format nor smuggle HTML, and reads as typed: "Kwok & Leung", never "&amp;"), and
// bold, italic and struck runs keep their spaces and edge punctuation where CommonMark still
// sees the delimiters ("**Deal size:** US$1m–5m", not "**Deal size: **US$1m–5m").
import type { Inline } from './blocks.ts';
import { safeHref } from './export-words.ts';

/**
 * Escapes one line of text: inline punctuation and raw HTML's `<` everywhere, `&` where it would
 * start an entity, and list, heading and quote markers at the start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~<>]/g, (char) => `\\${char}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^(\s*)([-+=#]|\d+[.)])/, (_match, space: string, marker: string) => `${space}${marker.replace(/[-+=#.)]/, (char) => `\\${char}`)}`);
}

/** Lines of one text, joined by hard breaks. */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeMarkdown).join('  \n');
}

const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** A delimiter run can open or close next to this character whatever it wraps. */
const isLoose = (char: string) => char === '' || SPACE.test(char) || PUNCTUATION.test(char);

interface Parts {
  before: string;
  core: string;
  after: string;
}

/** Spaces out of the run; edge punctuation too when the neighbour would make the delimiter inert. */
function splitEdges(text: string, previous: string, next: string): Parts {
  const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? ['', '', text, ''];
  let before = lead;
  let core = body;
  let after = trail;
  if (!isLoose(before.at(-1) ?? previous)) {
    const moved = /^[\p{P}\p{S}]+/u.exec(core)?.[0] ?? '';
    [before, core] = [before + moved, core.slice(moved.length)];
  }
  if (!isLoose(after[0] ?? next)) {
    const moved = /[\p{P}\p{S}]+$/u.exec(core)?.[0] ?? '';
    [core, after] = [core.slice(0, core.length - moved.length), moved + after];
  }
  return { before, core, after };
}

function delimiters(part: Inline): string[] {
  return [part.bold ? '**' : '', part.italic ? '*' : '', part.strike ? '~~' : ''].filter(Boolean);
}

function formatted(part: Inline, previous: string, next: string): string {
  if (part.code) return `\`${part.text.replace(/`/g, 'ʼ').replace(/\n/g, ' ')}\``;
  const marks = delimiters(part);
  if (marks.length === 0) return escapeLines(part.text);
  const { before, core, after } = splitEdges(part.text, previous, next);
  if (core === '') return escapeLines(part.text);
  const open = marks.join('');
  const close = [...marks].reverse().join('');
  return `${escapeLines(before)}${open}${escapeLines(core)}${close}${escapeLines(after)}`;
}

function linked(part: Inline, text: string): string {
  const href = safeHref(part.href);
  return href ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
}

/** A paragraph's runs, each formatted with its neighbours in mind. */
export function renderInlines(parts: Inline[]): string {
  return parts
    .map((part, index) => {
      if (part.text === '\n') return '  \n';
      const previous = parts[index - 1]?.text.at(-1) ?? '';
      const next = parts[index + 1]?.text[0] ?? '';
      return linked(part, formatted(part, previous, next));
    })
    .join('');
}
