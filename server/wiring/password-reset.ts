// The password-reset feature of the app: its link store, the service over the accounts, sessions
// and mail queue, and its routes under /api/auth.
import type { SessionEnder, SessionRepository, UserRepository } from '../auth/index.ts';
import type { Clock } from '../clock.ts';
import type { Limits } from '../config.ts';
import type { Logger } from '../logger.ts';
import { passwordResetRoutes, PasswordResetService, ResetLinkRepository, type ResetMail } from '../password-reset/index.ts';
import type { Store } from '../store/index.ts';

export interface PasswordResetWiring {
  store: Store;
  users: UserRepository;
  sessions: SessionRepository;
  sessionEnds: SessionEnder;
  mail: ResetMail;
  limits: Limits;
  clock: Clock;
  logger: Logger;
}

export function createPasswordReset(deps: PasswordResetWiring) {
  const { limits } = deps;
  const service = new PasswordResetService({ ...deps, links: new ResetLinkRepository(deps.store) });
  return {
    routes: passwordResetRoutes(service, { perAddress: limits.resetsPerAddress, perEmail: limits.resetsPerEmail, windowMs: limits.resetWindowMs }),
    /** Resolves once the requests taken so far were handled (before the mail queue closes). */
    settle: () => service.settle(),
  };
}
