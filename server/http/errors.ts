// Named application errors with a code from the shared closed set, and their HTTP status.
import { ErrorCode } from '../../shared/protocol.ts';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.EmailTaken]: 409,
  [ErrorCode.WeakPassword]: 400,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.WrongPassword]: 400,
  [ErrorCode.CsrfFailed]: 403,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.OutreachLimited]: 429,
  [ErrorCode.ListingTooThin]: 400,
  [ErrorCode.ListingLimit]: 429,
  [ErrorCode.OrgSuspended]: 403,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.ViewOnly]: 403,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.Internal]: 500,
  [ErrorCode.ProtocolMismatch]: 426,
  [ErrorCode.NdaRequired]: 403,
  [ErrorCode.LinkInvalid]: 400,
  [ErrorCode.ResetLinkInvalid]: 400,
  [ErrorCode.ResetLinkExpired]: 410,
  [ErrorCode.ResetLinkUsed]: 410,
};

/** The HTTP status an error code is answered with. */
export function errorStatus(code: ErrorCode): number {
  return STATUS[code];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus(this.code);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NotFound, `${what} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have access to this') {
    super(ErrorCode.Forbidden, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.Conflict, message);
  }
}
