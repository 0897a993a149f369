// HTTP plumbing every feature's routes share: the documented router, the error classes and their one middleware, input
// validation, CSV, security headers, request limits and the built client.
export { answerClientErrorsAsJson } from './client-errors.ts';
export { csvCell, csvTable } from './csv.ts';
export { errorMiddleware } from './error-middleware.ts';
export { ApiRouter, type ApiRouterOptions, type DocumentedRoute, type RouteAuth, type RouteDoc, type RouteMethod } from './api-router.ts';
export { AppError, ConflictError, errorStatus, ForbiddenError, NotFoundError, UnauthenticatedError } from './errors.ts';
export { boundedQueryParser } from './query-limit.ts';
export { securityHeaders } from './security-headers.ts';
export { staticClient } from './static-client.ts';
export { parseInput } from './validate.ts';
