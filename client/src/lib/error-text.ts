// Turns a failure into one sentence for the person, in their language.
import { isMessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { ApiError, detailMessages } from './api-error.ts';

/** Codes whose server message says exactly what to fix, so it is shown after the summary. */
const SPECIFIC_CODES = new Set(['bad_request', 'weak_password']);

export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.internal');
  const key = `error.${error.code}`;
  // An unknown code (a newer server) has no translation; the server's own words are better.
  if (!isMessageKey(key)) return error.message;
  const summary = t(key);
  if (!SPECIFIC_CODES.has(error.code)) return summary;
  const specifics = error.code === 'bad_request' ? detailMessages(error.details) : [error.message];
  return specifics.length > 0 ? `${summary} ${specifics.join('; ')}` : summary;
}
