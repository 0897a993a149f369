// Text fields with a limit: how long a text is by the measure its schema uses, and what to tell
// the person when it is too long. Fields never cut what was typed or pasted: the counter
// (TextLimit.svelte) shows the length near the limit and the form refuses with these words.
import { utf8Bytes } from '../../../shared/schemas/comments.ts';
import type { LimitUnit, ValidationDetail } from '../../../shared/schemas/validation-details.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { ApiError } from './api-error.ts';

export interface TextLimit {
  max: number;
  unit?: LimitUnit;
}

/** The counter appears from this share of the limit on. */
export const COUNTER_FROM = 0.8;

/** Characters as the schemas count them (after trimming), or UTF-8 bytes for comment bodies. */
export function measureText(text: string, unit: LimitUnit = 'characters'): number {
  const trimmed = text.trim();
  return unit === 'bytes' ? utf8Bytes(trimmed) : trimmed.length;
}

const grouped = (value: number) => value.toLocaleString('en');
const kilobytes = (bytes: number) => (Math.ceil((bytes / 1024) * 10) / 10).toLocaleString('en');

/** "Too long: at most 5,000 characters…", in the person's language; `entry` for one tag of a list. */
export function limitText(t: Translate, { max, unit = 'characters' }: TextLimit, entry = false): string {
  if (unit === 'bytes') {
    // About how much that is: a letter is a byte, a Chinese character three.
    return t('limit.tooLargeBytes', { kb: kilobytes(max), latin: grouped(Math.floor(max / 100) * 100), cjk: grouped(Math.floor(max / 300) * 100) });
  }
  return t(entry ? 'limit.entryTooLong' : 'limit.tooLong', { max: grouped(max) });
}

/**
 * Refuses a text over its limit before it is sent, failing the way a schema check does (see
 * validate-input.ts), so errorText and splitFailure word it like the server's refusal.
 */
export function checkLimit(path: string, text: string, { max, unit = 'characters' }: TextLimit): void {
  if (measureText(text, unit) <= max) return;
  const detail: ValidationDetail = { path, message: `At most ${max} ${unit}`, max, unit };
  throw new ApiError('bad_request', 'The request is not valid', 0, [detail]);
}

/** The counter's words: "4,120 / 5,000", or in KB for a byte limit. */
export function counterText(t: Translate, count: number, { max, unit = 'characters' }: TextLimit): string {
  if (unit === 'bytes') return t('limit.counterBytes', { count: kilobytes(count), max: kilobytes(max) });
  return t('limit.counter', { count: grouped(count), max: grouped(max) });
}

/** How far over the limit a text is: "12 characters too many" (or KB). */
export function overText(t: Translate, over: number, unit: LimitUnit = 'characters'): string {
  return unit === 'bytes' ? t('limit.overBytes', { over: kilobytes(over) }) : t('limit.over', { over: grouped(over) });
}

/** A refused request's detail that names a limit, worded for the person; null for any other. */
export function limitDetailText(t: Translate, detail: ValidationDetail): string | null {
  if (detail.max === undefined) return null;
  // `capabilities.3`: one entry of a list field is too long.
  const entry = /\.\d+$/.test(detail.path);
  return limitText(t, { max: detail.max, unit: detail.unit }, entry);
}
