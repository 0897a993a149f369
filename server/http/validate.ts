// Validation at the edge: parse untrusted input with a shared zod schema or fail with 400.
import type { z } from 'zod';
import { ErrorCode } from '../../shared/protocol.ts';
import { AppError } from './errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new AppError(ErrorCode.BadRequest, 'The request is not valid', details);
  }
  return result.data;
}
