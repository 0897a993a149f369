// Turns a failure into one sentence for the person, in their language.
import { isMessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { readValidationDetails } from '../../../shared/schemas/validation-details.ts';
import { ApiError, detailMessages } from './api-error.ts';
import { limitDetailText } from './text-limit.ts';

/** Codes whose server message says exactly what to fix, so it is shown after the summary. */
const SPECIFIC_CODES = new Set(['bad_request', 'weak_password']);

export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.internal');
  const key = `error.${error.code}`;
  // An unknown code (a newer server) has no translation; the server's own words are better.
  if (!isMessageKey(key)) return error.message;
  // A text over its limit is told with the limit, in the person's language.
  const limits = readValidationDetails(error.details).flatMap((detail) => limitDetailText(t, detail) ?? []);
  if (limits.length > 0) return [...new Set(limits)].join(' ');
  const summary = t(key);
  if (!SPECIFIC_CODES.has(error.code)) return summary;
  const specifics = error.code === 'bad_request' ? detailMessages(error.details) : [error.message];
  return specifics.length > 0 ? `${summary} ${specifics.join('; ')}` : summary;
}
