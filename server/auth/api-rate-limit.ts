// A general request-rate limit on the REST API, per signed-in user (else per address): generous
// enough for people, the demo loader and benchmarks, and a ceiling for scripts hammering the API.
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ErrorCode, type ErrorBody } from '../../shared/protocol.ts';
import type { AuthContext } from './authenticator.ts';

export interface ApiRateLimitOptions {
  /** Requests per key in the window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

/** The 429 answer, in the shared error body shape. */
function tooManyRequests(_req: Request, res: Response): void {
  const body: ErrorBody = { error: ErrorCode.RateLimited, message: 'Too many requests; try again later' };
  res.status(429).json(body);
}

/** Mount after attachAuth, so signed-in callers are counted by account rather than by address. */
export function apiRateLimit(options: ApiRateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skip: () => options.limit === 0,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const auth = res.locals.auth as AuthContext | null | undefined;
      return auth ? `user:${auth.user.id}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: tooManyRequests,
  });
}
