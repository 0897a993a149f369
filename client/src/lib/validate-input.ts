// Checks form input with the same shared schema the server uses, failing the same way it would.
import type { z } from 'zod';
import { validationDetails } from '../../../shared/schemas/validation-details.ts';
import { ApiError } from './api-error.ts';

export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ApiError('bad_request', 'The request is not valid', 0, validationDetails(result.error));
}
