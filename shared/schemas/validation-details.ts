// The `details` of a refused request (400 from a schema, 413 for a comment): one entry per
// problem with the field's path and the server's words, and `max` (with its `unit`) when a text
// is longer than its limit, so every client can say the limit in the person's language.
import type { z } from 'zod';

export type LimitUnit = 'characters' | 'bytes';

export interface ValidationDetail {
  path: string;
  message: string;
  max?: number;
  unit?: LimitUnit;
}

export function validationDetails(error: z.ZodError): ValidationDetail[] {
  return error.issues.map((issue) => {
    const detail: ValidationDetail = { path: issue.path.join('.'), message: issue.message };
    if (issue.code === 'too_big' && issue.origin === 'string') Object.assign(detail, { max: Number(issue.maximum), unit: 'characters' });
    return detail;
  });
}

/** Reads `details` from an error body back, dropping anything not of that shape. */
export function readValidationDetails(details: unknown): ValidationDetail[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((detail: unknown): ValidationDetail[] => {
    if (typeof detail !== 'object' || detail === null) return [];
    const { path, message, max, unit } = detail as Record<string, unknown>;
    if (typeof path !== 'string' || typeof message !== 'string') return [];
    const limit = typeof max === 'number' && Number.isFinite(max) ? { max, unit: unit === 'bytes' ? ('bytes' as const) : ('characters' as const) } : {};
    return [{ path, message, ...limit }];
  });
}
