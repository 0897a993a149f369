// Splits a validation failure (from the shared schema on the client or the server's 400) into a
// message per form field, in the person's language, and whatever belongs to no field.
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { isInvisibleTextMessage } from '../../../shared/schemas/visible-text.ts';
import { ApiError } from './api-error.ts';

export type FieldErrors = Record<string, string>;

export interface FormFailure {
  /** Field name → what to fix, for fields the form shows. */
  fields: FieldErrors;
  /** The rest of the failure, for one notice under the form; null when every problem has a field. */
  other: unknown;
}

interface Detail {
  path: string;
  message: string;
}

function detailsOf(error: ApiError): Detail[] | null {
  if (error.code !== 'bad_request' || !Array.isArray(error.details)) return null;
  return error.details.filter(
    (detail: unknown): detail is Detail =>
      typeof detail === 'object' && detail !== null && 'path' in detail && typeof detail.path === 'string' && 'message' in detail && typeof detail.message === 'string',
  );
}

/** `messages` names each field the form shows and the translated sentence for any problem with it. */
export function splitFailure(error: unknown, messages: Partial<Record<string, MessageKey>>, t: Translate): FormFailure {
  if (!(error instanceof ApiError)) return { fields: {}, other: error };
  const details = detailsOf(error);
  if (!details) return { fields: {}, other: error };
  const fields: FieldErrors = {};
  const rest: Detail[] = [];
  for (const detail of details) {
    const field = detail.path.split('.')[0];
    const key = messages[field];
    // A field's usual hint ("give a title of 3 to 160 characters") would not say what is wrong here.
    if (key) fields[field] ??= isInvisibleTextMessage(detail.message) ? t('error.invisibleText') : t(key);
    else rest.push(detail);
  }
  const other = rest.length > 0 || Object.keys(fields).length === 0 ? new ApiError(error.code, error.message, error.status, rest) : null;
  return { fields, other };
}
