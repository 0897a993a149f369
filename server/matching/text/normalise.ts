// Text normalisation shared by indexing and queries: NFKC, case folding, Traditional → Simplified.
import { loadOnFirstUse } from '../../load-on-first-use.ts';

const opencc = loadOnFirstUse<typeof import('opencc-js/t2cn')>('opencc-js/t2cn');

/**
 * Traditional (Taiwan phrases, which also cover Hong Kong usage) → Simplified (Mainland).
 * Phrase-level, so 晶片 → 芯片 and 資料中心 → 数据中心, not only character by character.
 */
let converter: ((text: string) => string) | undefined;
// Loaded and built on first use: its phrase tables take tens of MB (and its source, dictionaries
// included, over 1 MB), which a process that never matches Chinese text (a collaboration-only
// instance) should not hold.
const toSimplified = (text: string) => (converter ??= opencc().Converter({ from: 'twp', to: 'cn' }))(text);

const HAN = /\p{Script=Han}/u;

/** True when the text has at least one Han character (Chinese in either script). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Full-width to half-width, compatibility forms folded, lower case, Traditional folded to Simplified. */
export function normalise(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return hasHan(folded) ? toSimplified(folded) : folded;
}

/** A comparison key for free-text tags such as certifications: "ISO 13485:2016" → "iso13485". */
export function tagKey(tag: string): string {
  return normalise(tag)
    .replace(/[:：]\s*(19|20)\d\d\b/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
