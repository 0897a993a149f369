// Abuse limits on sign-in and sign-up that slow an attacker without shutting the owner out:
// a per-account delay (LoginDelay) that never refuses, a per-address cap on failed logins across
// all e-mails (429), which an address the account already signed in from does not count against,
// and a per-address cap on sign-ups (429). Answers never tell an unknown e-mail from a wrong
// password. Counters live in this instance's memory: behind several instances each keeps its own.
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, type ErrorBody } from '../../shared/protocol.ts';
import { EmailSchema } from '../../shared/schemas/auth.ts';
import type { Limits } from '../config.ts';
import { LoginDelay } from './login-delay.ts';

/** How long a successful sign-in exempts its address from that account's address cap. */
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;
const MAX_TRACKED = 100_000;

function tooManyAttempts(_req: Request, res: Response): void {
  const body: ErrorBody = { error: ErrorCode.RateLimited, message: 'Too many attempts from your network; try again later' };
  res.status(429).json(body);
}

function addressOf(req: Request): string {
  return ipKeyGenerator(req.ip ?? '');
}

/** The e-mail as the handlers will read it (trimmed, lower-cased), or '' when it is not one. */
function emailOf(req: Request): string {
  const body: unknown = req.body;
  const email = typeof body === 'object' && body !== null && 'email' in body ? body.email : undefined;
  return EmailSchema.safeParse(email).data ?? '';
}

/** Address and account pairs that signed in successfully lately, bounded, oldest dropped first. */
class KnownSignIns {
  private readonly until = new Map<string, number>();

  remember(address: string, email: string): void {
    const key = `${address} ${email}`;
    this.until.delete(key);
    this.until.set(key, Date.now() + KNOWN_ADDRESS_MS);
    const oldest = this.until.keys().next().value;
    if (this.until.size > MAX_TRACKED && oldest !== undefined) this.until.delete(oldest);
  }

  has(address: string, email: string): boolean {
    return (this.until.get(`${address} ${email}`) ?? 0) > Date.now();
  }
}

/** The outcome of a paced attempt: the verified user, null for wrong credentials, or 'left'. */
export type PacedOutcome<T> = T | null | 'left';

export class LoginGuard {
  /** Failed logins per address across e-mails; an address the account signed in from is exempt. */
  readonly failedLoginsPerAddress: RequestHandler;
  /** Sign-up attempts per address. */
  readonly signupsPerAddress: RequestHandler;
  private readonly delay: LoginDelay;
  private readonly known = new KnownSignIns();

  constructor(limits: Limits) {
    this.delay = new LoginDelay({
      freeFailures: limits.loginFreeFailures,
      baseDelayMs: limits.loginDelayMs,
      maxDelayMs: limits.loginMaxDelayMs,
      forgiveAfterMs: limits.loginForgiveAfterMs,
      maxTracked: MAX_TRACKED,
    });
    this.failedLoginsPerAddress = rateLimit({
      windowMs: limits.loginWindowMs,
      limit: limits.loginFailuresPerAddress,
      skip: (req) => limits.loginFailuresPerAddress === 0 || this.known.has(addressOf(req), emailOf(req)),
      // Counted when it starts, taken back unless it ended as wrong credentials (or was abandoned),
      // so a burst of parallel guesses is held to the limit too.
      skipSuccessfulRequests: true,
      requestWasSuccessful: (_req, res) => res.statusCode !== 401,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: addressOf,
      handler: tooManyAttempts,
    });
    this.signupsPerAddress = rateLimit({
      windowMs: limits.signupWindowMs,
      limit: limits.signupsPerAddress,
      skip: () => limits.signupsPerAddress === 0,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: addressOf,
      handler: tooManyAttempts,
    });
  }

  /**
   * Waits the account's delay, then runs `verify` (null = wrong e-mail or password). Resolves
   * 'left' without verifying when the caller hung up while waiting, so abandoned guesses cost no hashing.
   */
  async paced<T>(req: Request, res: Response, email: string, verify: () => Promise<T | null>): Promise<PacedOutcome<T>> {
    const attempt = this.delay.begin(email);
    try {
      if (attempt.delayMs > 0 && !(await waitUnlessGone(res, attempt.delayMs))) {
        attempt.end('abandoned');
        return 'left';
      }
      const user = await verify();
      attempt.end(user ? 'succeeded' : 'failed');
      if (user) this.known.remember(addressOf(req), email);
      return user;
    } finally {
      attempt.end('abandoned');
    }
  }

  /** Records a sign-up as a sign-in from its address. */
  signedUp(req: Request, email: string): void {
    this.known.remember(addressOf(req), email);
  }
}

/** Sleeps `ms`; false when the response's connection closed meanwhile. */
async function waitUnlessGone(res: Response, ms: number): Promise<boolean> {
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once('close', onClose);
  try {
    await sleep(ms, undefined, { signal: gone.signal });
    return true;
  } catch {
    // Aborted: the caller is gone and nobody is waiting for the answer.
    return false;
  } finally {
    res.off('close', onClose);
  }
}
