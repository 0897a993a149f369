// Splits a validation failure (from the shared schema on the client or the server's 400) into a
// message per form field, in the person's language, and whatever belongs to no field.
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { readValidationDetails, type ValidationDetail } from '../../../shared/schemas/validation-details.ts';
import { isInvisibleTextMessage } from '../../../shared/schemas/visible-text.ts';
import { ApiError } from './api-error.ts';
import { limitDetailText } from './text-limit.ts';

export type FieldErrors = Record<string, string>;

export interface FormFailure {
  /** Field name → what to fix, for fields the form shows. */
  fields: FieldErrors;
  /** The rest of the failure, for one notice under the form; null when every problem has a field. */
  other: unknown;
}

function detailsOf(error: ApiError): ValidationDetail[] | null {
  if (error.code !== 'bad_request' || !Array.isArray(error.details)) return null;
  return readValidationDetails(error.details);
}

/** What is wrong with a field: its limit when it is too long, else the field's usual hint. */
function fieldText(detail: ValidationDetail, key: MessageKey, t: Translate): string {
  // A field's usual hint ("give a title of 3 to 160 characters") would not say what is wrong here.
  if (isInvisibleTextMessage(detail.message)) return t('error.invisibleText');
  return limitDetailText(t, detail) ?? t(key);
}

/** `messages` names each field the form shows and the translated sentence for any problem with it. */
export function splitFailure(error: unknown, messages: Partial<Record<string, MessageKey>>, t: Translate): FormFailure {
  if (!(error instanceof ApiError)) return { fields: {}, other: error };
  const details = detailsOf(error);
  if (!details) return { fields: {}, other: error };
  const fields: FieldErrors = {};
  const rest: ValidationDetail[] = [];
  for (const detail of details) {
    const field = detail.path.split('.')[0];
    const key = messages[field];
    if (key) fields[field] ??= fieldText(detail, key, t);
    else rest.push(detail);
  }
  const other = rest.length > 0 || Object.keys(fields).length === 0 ? new ApiError(error.code, error.message, error.status, rest) : null;
  return { fields, other };
}
