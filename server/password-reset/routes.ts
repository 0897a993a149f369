// Password-reset routes (no session): ask for a link (202, the same answer for every address),
// check a link, and set the new password with it. Asking is limited per network address and per
// e-mail, whether or not the e-mail has an account, so the limit tells nobody anything either.
import type { Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ErrorCode, type ErrorBody } from '../../shared/protocol.ts';
import { EmailSchema } from '../../shared/schemas/auth.ts';
import {
  PasswordResetAcceptedSchema,
  PasswordResetBodySchema,
  PasswordResetDoneSchema,
  PasswordResetRequestSchema,
  ResetLinkValidSchema,
  ResetTokenParamsSchema,
  type PasswordResetAccepted,
} from '../../shared/schemas/password-reset.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { PasswordResetService } from './reset-service.ts';

export interface ResetLimits {
  /** Requests per network address in the window (0 = no limit). */
  perAddress: number;
  /** Requests per e-mail address in the window (0 = no limit). */
  perEmail: number;
  windowMs: number;
}

function tooManyRequests(_req: Request, res: Response): void {
  const body: ErrorBody = { error: ErrorCode.RateLimited, message: 'Too many password reset requests; try again later' };
  res.status(429).json(body);
}

function limiter(limit: number, windowMs: number, key: (req: Request) => string) {
  return rateLimit({ windowMs, limit, skip: () => limit === 0, standardHeaders: 'draft-8', legacyHeaders: false, keyGenerator: key, handler: tooManyRequests });
}

/** The e-mail as the handler will read it; a body without one is refused by validation after. */
function emailKey(req: Request): string {
  const body: unknown = req.body;
  const email = typeof body === 'object' && body !== null && 'email' in body ? body.email : undefined;
  return `email:${EmailSchema.safeParse(email).data ?? ''}`;
}

const LINK_ERRORS = [ErrorCode.ResetLinkInvalid, ErrorCode.ResetLinkExpired, ErrorCode.ResetLinkUsed];

export function passwordResetRoutes(service: PasswordResetService, limits: ResetLimits): ApiRouter {
  const router = new ApiRouter({ tag: 'password-reset' });
  const perAddress = limiter(limits.perAddress, limits.windowMs, (req) => ipKeyGenerator(req.ip ?? ''));
  const perEmail = limiter(limits.perEmail, limits.windowMs, emailKey);

  router.post('/password-reset', { summary: 'E-mail a password reset link to this address if it has an account (the same answer either way)', auth: 'none', body: PasswordResetRequestSchema, response: PasswordResetAcceptedSchema, statuses: [202] }, perAddress, perEmail, (req, res) => {
    service.request(parseInput(PasswordResetRequestSchema, req.body));
    res.status(202).json({ accepted: true } satisfies PasswordResetAccepted);
  });

  router.get('/password-reset/:token', { summary: 'Whether a password reset link may still set a password', auth: 'none', params: ResetTokenParamsSchema.shape, response: ResetLinkValidSchema, errors: LINK_ERRORS }, async (req, res) => {
    await service.check(parseInput(ResetTokenParamsSchema, req.params).token);
    res.json({ valid: true });
  });

  router.post('/password-reset/:token', { summary: 'Set a new password with a reset link: every session of the account ends; sign in afresh', auth: 'none', params: ResetTokenParamsSchema.shape, body: PasswordResetBodySchema, response: PasswordResetDoneSchema, errors: [...LINK_ERRORS, ErrorCode.WeakPassword] }, perAddress, async (req, res) => {
    const { token } = parseInput(ResetTokenParamsSchema, req.params);
    const { password } = parseInput(PasswordResetBodySchema, req.body);
    res.json(await service.complete(token, password));
  });

  return router;
}
