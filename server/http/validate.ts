// Validation at the edge: parse untrusted input with a shared zod schema or fail with 400.
import type { z } from 'zod';
import { ErrorCode } from '../../shared/protocol.ts';
import { validationDetails } from '../../shared/schemas/validation-details.ts';
import { AppError } from './errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = validationDetails(result.error);
    // The first problem in the message too, for clients that show only `message`.
    const first = details[0];
    const problem = first ? ` (${first.path ? `${first.path}: ` : ''}${first.message})` : '';
    throw new AppError(ErrorCode.BadRequest, `The request is not valid${problem}`, details);
  }
  return result.data;
}
