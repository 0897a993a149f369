// Password reset by e-mail. Asking for a link answers at once and does the work after, in order,
// so the answer and its timing are the same whether or not the address has an account. A link is
// one-time, valid an hour, and only while it is the account's newest; using it sets the password,
// ends every session of the account (REST, Socket.IO, collaboration) and tells the owner by e-mail.
import type { MailKind } from '../../shared/schemas/mail.ts';
import { RESET_LINK_TTL_MS, type PasswordResetDone, type PasswordResetRequest } from '../../shared/schemas/password-reset.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { hashPassword, passwordWeakness, type SessionEnder, type SessionRepository, type UserRecord, type UserRepository } from '../auth/index.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/index.ts';
import type { Logger } from '../logger.ts';
import { hashOneTimeToken, newOneTimeToken } from '../one-time-token.ts';
import type { ResetLinkRecord, ResetLinkRepository } from './reset-repository.ts';

/** The mail queue as this feature uses it (the mail feature's MailPort). */
export interface ResetMail {
  send(mail: { key: string; kind: MailKind; to: string; lang: Lang; data: Record<string, unknown>; secret?: string }): Promise<void>;
}

export interface PasswordResetDeps {
  users: UserRepository;
  sessions: SessionRepository;
  sessionEnds: SessionEnder;
  links: ResetLinkRepository;
  mail: ResetMail;
  clock: Clock;
  logger: Logger;
}

/** The language an account's e-mail is written in: its own when it has one, else the asking page's. */
function langOf(user: UserRecord, asked: Lang | undefined): Lang {
  return user.lang ?? asked ?? 'en';
}

export class PasswordResetService {
  private work: Promise<void> = Promise.resolve();

  constructor(private readonly deps: PasswordResetDeps) {}

  /** Queues the request; whoever asks learns nothing from it about the address. */
  request(body: PasswordResetRequest): void {
    this.work = this.work.then(() => this.issue(body)).catch((error: unknown) => this.deps.logger.error({ err: error }, 'password reset request failed'));
  }

  /** Resolves once the requests queued so far were handled (tests). */
  settle(): Promise<void> {
    return this.work;
  }

  private async issue({ email, lang }: PasswordResetRequest): Promise<void> {
    // Made for every request, account or not, so both take the same path as long as possible.
    const { token, hash } = newOneTimeToken();
    const user = await this.deps.users.findByEmail(email);
    if (!user) return;
    const now = this.deps.clock();
    const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
    const mailLang = langOf(user, lang);
    await this.deps.links.issue({ _id: hash, userId: user._id, lang: mailLang, createdAt: now, expiresAt });
    await this.deps.mail.send({
      key: `password-reset:${hash.slice(0, 24)}`,
      kind: 'password-reset',
      to: user.email,
      lang: mailLang,
      data: { name: user.name, expiresAt: expiresAt.toISOString() },
      secret: token,
    });
  }

  /** The live link of this token and its account, else the error saying why it is not. */
  async check(token: string): Promise<{ link: ResetLinkRecord; user: UserRecord }> {
    const link = await this.deps.links.find(hashOneTimeToken(token));
    const user = link && (await this.deps.users.findById(link.userId));
    if (!link || !user) throw new AppError(ErrorCode.ResetLinkInvalid, 'This password reset link is not valid');
    if (link.usedAt) throw new AppError(ErrorCode.ResetLinkUsed, 'This password reset link was already used');
    if (!(await this.deps.links.isLatest(link))) throw new AppError(ErrorCode.ResetLinkExpired, 'A newer password reset link was sent; use the latest e-mail or ask again');
    if (new Date(link.expiresAt).getTime() <= this.deps.clock().getTime()) throw new AppError(ErrorCode.ResetLinkExpired, 'This password reset link has expired; ask for a new one');
    return { link, user };
  }

  /** Sets the password by a live link; a weak password or a dead link changes nothing. */
  async complete(token: string, password: string): Promise<PasswordResetDone> {
    const { link, user } = await this.check(token);
    const weakness = passwordWeakness(password, user.email);
    if (weakness) throw new AppError(ErrorCode.WeakPassword, weakness);
    const passwordHash = await hashPassword(password);
    const now = this.deps.clock();
    // Claimed after the slow hashing: of two requests racing with one link, one sets a password.
    if (!(await this.deps.links.use(link._id, now))) throw new AppError(ErrorCode.ResetLinkUsed, 'This password reset link was already used');
    await this.deps.users.setPasswordHash(user._id, passwordHash);
    // Whoever held a session (maybe whoever learnt the old password) is out, everywhere, at once.
    await this.deps.sessions.revokeAllOf(user._id);
    await this.deps.sessionEnds.end({ kind: 'user', userId: user._id });
    await this.deps.mail.send({
      key: `password-changed:${link._id.slice(0, 24)}`,
      kind: 'password-changed',
      to: user.email,
      lang: link.lang,
      data: { name: user.name, changedAt: now.toISOString() },
    });
    return { email: user.email };
  }
}
