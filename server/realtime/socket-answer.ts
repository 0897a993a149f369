// The one wrapper for Socket.IO command handlers: run the command, acknowledge its data or its
// error with a code from the shared closed set, and log what was not an application error.
import { ErrorCode, type ErrorBody, type Result } from '../../shared/protocol.ts';
import { AppError } from '../http/index.ts';
import type { Logger } from '../logger.ts';

function errorBody(error: unknown, logger: Logger, failure: string): ErrorBody {
  if (error instanceof AppError) return { error: error.code, message: error.message };
  logger.error({ err: error }, failure);
  return { error: ErrorCode.Internal, message: 'Something went wrong on our side' };
}

/**
 * Runs `command` and acknowledges `{data}` or `{error, message}`; a missing ack callback is
 * tolerated (the command still runs). `failure` is the log line for an unexpected error.
 */
export async function answer<T>(ack: unknown, logger: Logger, failure: string, command: () => Promise<T>): Promise<void> {
  let result: Result<T>;
  try {
    result = { data: await command() };
  } catch (error) {
    result = errorBody(error, logger, failure);
  }
  if (typeof ack === 'function') (ack as (result: Result<T>) => void)(result);
}
