// Whether a listing says enough to be matched: what is left of its title and description once
// markup is stripped (a script's body is code, never content), counted with the engine's own
// units so the rule agrees with what matching sees. Latin-script text counts by distinct content
// words (stop words dropped, stems merged); Chinese by distinct characters, two to a word.
import { ErrorCode } from '../../shared/protocol.ts';
import { LISTING_MIN_WORDS } from '../../shared/schemas/listings.ts';
import { AppError } from '../http/index.ts';
import { loadOnFirstUse } from '../load-on-first-use.ts';
import { normalise, toUnits } from '../matching/index.ts';

// Only listing writes parse markup; the package (and the DOM helpers it brings) loads on the first.
const htmlparser2 = loadOnFirstUse<typeof import('htmlparser2')>('htmlparser2');

/** Distinct content words a listing needs (Chinese: twice as many distinct characters). */
export const MIN_LISTING_WORDS = LISTING_MIN_WORDS;

/** Elements whose body is not text a person reads. */
const NON_TEXT_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** The text a reader would see: tags dropped (each leaves a space), entities decoded, code bodies gone. */
export function textWithoutMarkup(text: string): string {
  const { Parser } = htmlparser2();
  const pieces: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (NON_TEXT_ELEMENTS.has(name)) hidden += 1;
        pieces.push(' ');
      },
      onclosetag: (name) => {
        if (NON_TEXT_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
        pieces.push(' ');
      },
      ontext: (piece) => {
        if (hidden === 0) pieces.push(piece);
      },
    },
    { decodeEntities: true },
  );
  parser.end(text);
  return pieces.join('');
}

export interface ListingMeaning {
  /** Distinct Latin-script content words (stems). */
  words: number;
  /** Distinct Chinese characters (Traditional and Simplified folded together). */
  hanChars: number;
  /** Words plus half the characters, rounded down: what is compared with the minimum. */
  found: number;
}

/** How much the title and description together say, markup aside. */
export function meaningOf(title: string, description: string): ListingMeaning {
  const words = new Set<string>();
  const hanChars = new Set<string>();
  for (const unit of toUnits(normalise(textWithoutMarkup(`${title}\n${description}`)))) {
    if (unit.kind === 'han') hanChars.add(unit.char);
    else if (unit.kind === 'latin' && unit.stem.length >= 2 && !/^\d+$/u.test(unit.stem)) words.add(unit.stem);
  }
  return { words: words.size, hanChars: hanChars.size, found: words.size + Math.floor(hanChars.size / 2) };
}

/** Refuses (400 `listing_too_thin`) a title and description too thin to be matched. */
export function requireMeaning(title: string, description: string): void {
  const { found } = meaningOf(title, description);
  if (found >= MIN_LISTING_WORDS) return;
  throw new AppError(
    ErrorCode.ListingTooThin,
    `The title and description say too little to be matched: they need at least ${MIN_LISTING_WORDS} distinct words ` +
      `(or ${MIN_LISTING_WORDS * 2} distinct Chinese characters) saying what is needed or offered, and have ${found}; markup, code and repeated words do not count`,
    { found, needed: MIN_LISTING_WORDS },
  );
}
