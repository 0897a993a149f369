// The language a new deal's templates are written in: the one both parties work in, preferring
// the creator's own (their UI language) when they share it, so neither side opens a room in a
// language it did not list.
import { LANGS, type Lang } from '../taxonomy/index.ts';

/**
 * `partyLanguages`: the languages each side works in (a listing's languages; empty when unknown,
 * which counts as "any"). `preferred`: the creator's UI language.
 */
export function workingLanguageFor(partyLanguages: readonly (readonly Lang[])[], preferred: Lang): Lang {
  const known = partyLanguages.filter((languages) => languages.length > 0);
  const shared = LANGS.filter((lang) => known.every((languages) => languages.includes(lang)));
  if (shared.includes(preferred)) return preferred;
  if (shared.length > 0) {
    // A Chinese reader gets the Chinese script both sides list before English.
    return shared.find((lang) => lang.startsWith('zh') && preferred.startsWith('zh')) ?? shared[0];
  }
  return preferred;
}
