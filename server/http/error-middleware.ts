// The one Express error handler: known errors become their code and status, the rest a 500.
import type { ErrorRequestHandler } from 'express';
import { ErrorCode, type ErrorBody } from '../../shared/protocol.ts';
import type { Logger } from '../logger.ts';
import { AppError } from './errors.ts';

interface BodyParserError {
  type?: string;
  status?: number;
}

function fromBodyParser(error: BodyParserError): AppError | null {
  if (error.type === 'entity.too.large') return new AppError(ErrorCode.PayloadTooLarge, 'The request body is too large');
  if (error.type === 'entity.parse.failed') return new AppError(ErrorCode.BadRequest, 'The request body is not valid JSON');
  if (error.type && error.status && error.status < 500) return new AppError(ErrorCode.BadRequest, 'The request body could not be read');
  // Express's router throws a URIError with status 400 for a path parameter with broken %-encoding.
  if (error instanceof URIError && error.status === 400) return new AppError(ErrorCode.BadRequest, 'The request path could not be decoded');
  return null;
}

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = error instanceof AppError ? error : fromBodyParser(error as BodyParserError);
    if (known) {
      const body: ErrorBody = { error: known.code, message: known.message };
      if (known.details !== undefined) body.details = known.details;
      res.status(known.status).json(body);
      return;
    }
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled request error');
    res.status(500).json({ error: ErrorCode.Internal, message: 'Something went wrong on our side' } satisfies ErrorBody);
  };
}
