// Splits normalised text into matching units: stemmed Latin-script tokens, single Han characters,
// and breaks at sentence punctuation (a glossary phrase never spans a break).
import { isStopWord, rawTokens, stem } from './english.ts';

export type Unit = { kind: 'latin'; stem: string; surface: string } | { kind: 'han'; char: string } | { kind: 'break' };

const PIECES = /(\p{Script=Han})|([\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*)|([,.;:!?，。；：！？、()（）「」『』《》\n\r\t|/\\[\]{}]+)/gu;

/** Units of already normalised text, in order. Stop words are dropped; digits are kept. */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const match of text.matchAll(PIECES)) {
    const [, han, word, punct] = match;
    if (han) units.push({ kind: 'han', char: han });
    else if (word) pushLatin(units, word);
    else if (punct) pushBreak(units);
  }
  return units;
}

function pushLatin(units: Unit[], word: string): void {
  for (const token of rawTokens(word)) {
    if (token.length === 0 || isStopWord(token)) continue;
    units.push({ kind: 'latin', stem: stem(token), surface: token });
  }
}

function pushBreak(units: Unit[]): void {
  if (units.length > 0 && units[units.length - 1].kind !== 'break') units.push({ kind: 'break' });
}

/** The key a unit has in the glossary trie; breaks have none. */
export function unitKey(unit: Unit): string | undefined {
  switch (unit.kind) {
    case 'latin':
      return unit.stem;
    case 'han':
      return unit.char;
    case 'break':
      return undefined;
  }
}
