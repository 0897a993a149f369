// English (and other Latin-script) tokens: split on non-alphanumerics, drop stop words, light stemming.

const STOP_WORDS = new Set(
  (
    'a an and or the of for to in on at by with from into as is are be been being was were we our us ' +
    'you your they their it its this that these those who whom which what will would can could should ' +
    'may might must shall do does did have has had not no nor but if then than so such also very more ' +
    'most other any all each both few some own same too just about over under up down out off again ' +
    'further once here there when where why how per via within across between among including include ' +
    'etc ie eg am pm looking look seek seeking seeks offer offering offers need needs needed want wants ' +
    'provide provides providing company companies partner partners based firm team ' +
    'time times year years month months week weeks day days one two three first next well make made use used help like get able ready'
  ).split(' '),
);

/** Words whose -ing or -ed form means something else than the stem ("marketing" is not "market"). */
const KEEP_WHOLE = new Set(['marketing', 'engineering', 'building', 'training', 'clothing', 'housing', 'listing', 'shipping', 'accounting', 'bonded', 'funding', 'offering', 'learning']);

const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;

/** Tokens of a Latin-script run, already normalised (lower case), before stop words and stemming. */
export function rawTokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).map((token) => token.replace(/['’]s$/u, '').replace(/[.'’]/gu, ''));
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/**
 * A deliberately light stemmer: plurals and the commonest verb endings only. Aggressive stemmers
 * (Porter) merge domain words that must stay apart ("generation" / "generator", "organ" / "organic").
 */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/u.test(token) || KEEP_WHOLE.has(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return token.slice(0, -3) + 'y';
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (/(ches|shes|xes|zzes)$/u.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !/(ss|us|is|ous|sis)$/u.test(token)) return token.slice(0, -1);
  if (token.endsWith('ing') && token.length > 5) return undouble(token.slice(0, -3));
  if (token.endsWith('ed') && token.length > 4 && !token.endsWith('eed')) return undouble(token.slice(0, -2));
  return token;
}

function undouble(base: string): string {
  return /([^aeiouls])\1$/u.test(base) ? base.slice(0, -1) : base;
}

/** Stemmed content tokens of a Latin-script run, stop words removed and single letters dropped. */
export function englishTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of rawTokens(text)) {
    if (token.length < 2 || isStopWord(token) || /^\d+$/u.test(token)) continue;
    out.push(stem(token));
  }
  return out;
}
