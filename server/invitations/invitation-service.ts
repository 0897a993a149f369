// The invitation lifecycle shared by organisations and deals: the inviting side sends (answered
// only with "invitation sent", whether or not an account uses the e-mail), lists and revokes; the
// invitee lists, accepts or declines. What accepting does belongs to the feature of the target,
// registered here as a joiner for its kind.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { InvitationKind, InvitationLinkView, InvitationView, SentInvitationView } from '../../shared/schemas/invitations.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { NotificationType } from '../../shared/schemas/notifications.ts';
import { ConflictError, NotFoundError } from '../http/index.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { notifyQuietly } from '../notifications/index.ts';
import type { Logger } from '../logger.ts';
import type { MailPort } from '../mail/index.ts';
import { ForbiddenError } from '../http/index.ts';
import { INVITATION_LINK_TTL_MS, invitationOfLink, newLinkToken } from './invitation-link.ts';
import type { InvitationRecord, InvitationRepository, InvitationRequest } from './invitation-repository.ts';
import { stateAt } from './invitation-state.ts';
import { toInviteeViews, toSentView, type InvitationNames } from './invitation-views.ts';

/** What a target's feature does when one of its invitations is answered. */
export interface InvitationJoiner {
  /**
   * Checks the caller may join as invited, then calls `claim` (which throws a conflict when the
   * invitation was answered or revoked meanwhile), then joins them. Throws to refuse; nothing
   * may be joined before `claim` returns.
   */
  accept(invitation: InvitationRecord, user: PublicUser, claim: () => Promise<void>): Promise<void>;
  /** After a decline or a revoke: undo what waited for the answer (a deal's pending organisation). */
  closed?(invitation: InvitationRecord, by: PublicUser): Promise<void>;
}

/** Who the invitation is addressed to, as people. */
export interface InviteeDirectory {
  /** The account using this e-mail, if any, and the language it reads (null: never said). */
  accountByEmail(email: string): Promise<{ id: string; lang: Lang | null } | null>;
  memberIdsOf(orgId: string): Promise<string[]>;
  isMember(orgId: string, userId: string): Promise<boolean>;
  orgIdsOf(userId: string): Promise<string[]>;
}

export interface InvitationServiceDeps {
  invitations: InvitationRepository;
  invitees: InviteeDirectory;
  names: InvitationNames;
  notifications?: NotificationPort;
  /** Sends the invitation e-mail with its one-time link (absent: in-app only). */
  mail?: MailPort;
  logger: Logger;
  /** When invitations are dated and links expire (default: the system clock). */
  clock?: Clock;
}

const ANSWERED = 'This invitation was already answered or taken back';
const NOTIFICATION_OF: Record<InvitationKind, NotificationType> = { org: 'org.invitation', deal: 'deal.invitation', 'deal-org': 'deal.invitation' };

export class InvitationService {
  private readonly joiners = new Map<InvitationKind, InvitationJoiner>();

  private readonly now: Clock;

  constructor(private readonly deps: InvitationServiceDeps) {
    this.now = deps.clock ?? systemClock;
  }

  /** Called once per kind by the feature that owns its target. */
  register(kind: InvitationKind, joiner: InvitationJoiner): void {
    this.joiners.set(kind, joiner);
  }

  /**
   * Stores (or refreshes) a pending invitation and tells the invitees in the app; `title` names the
   * target. Without a chosen language the e-mail is in the inviter's own.
   */
  async send(inviter: PublicUser, request: Omit<InvitationRequest, 'invitedBy' | 'lang'> & { lang?: Lang }, title: string): Promise<SentInvitationView> {
    const lang = request.lang ?? (await this.deps.invitees.accountByEmail(inviter.email))?.lang ?? 'en';
    const record = await this.deps.invitations.putPending({ ...request, lang, invitedBy: inviter.id }, this.now());
    const recipientIds = await this.inviteeIdsOf(record);
    const orgName = record.orgId ? ((await this.deps.names.orgNames([record.orgId])).get(record.orgId) ?? null) : null;
    await notifyQuietly(
      this.deps.notifications,
      {
        type: NOTIFICATION_OF[record.kind],
        recipientIds,
        subject: { kind: 'invitation', id: record._id, title },
        actor: { id: inviter.id, name: inviter.name },
        data: { role: record.role, invitationKind: record.kind, orgName },
      },
      this.deps.logger,
    );
    const mailed = await this.mailLink(record, inviter, title);
    return toSentView(mailed, this.now());
  }

  /**
   * E-mails the invitee a fresh one-time link (each send replaces the previous link: that is the
   * resend). An account using the address reads it in its own language; the inviting side's choice
   * is what stays on the invitation, so its view never tells whether such an account exists.
   */
  private async mailLink(record: InvitationRecord, inviter: PublicUser, title: string): Promise<InvitationRecord> {
    if (!this.deps.mail || !record.email) return record;
    const { token, hash } = newLinkToken();
    const expiresAt = new Date(this.now().getTime() + INVITATION_LINK_TTL_MS);
    await this.deps.invitations.setLink(record._id, hash, expiresAt);
    const account = await this.deps.invitees.accountByEmail(record.email);
    await this.deps.mail.send({
      key: `invitation:${record._id}:${hash.slice(0, 16)}`,
      kind: 'invitation',
      to: record.email,
      lang: account?.lang ?? record.lang ?? 'en',
      data: { inviterName: inviter.name, targetKind: record.kind === 'org' ? 'org' : 'deal', targetTitle: title, role: record.role, expiresAt: expiresAt.toISOString() },
      secret: token,
    });
    return { ...record, linkHash: hash, linkExpiresAt: expiresAt };
  }

  /** What an e-mailed link invites to, for its landing page (no session needed); 400 `link_invalid` otherwise. */
  async linkView(token: string): Promise<InvitationLinkView> {
    const now = this.now();
    const record = await invitationOfLink(this.deps.invitations, token, now);
    return { invitation: (await toInviteeViews([record], this.deps.names, now))[0], email: record.email ?? '' };
  }

  /** Accepts by the e-mailed link, signed in with the invited address; the link then stops working. */
  async acceptByLink(user: PublicUser, token: string): Promise<{ invitation: InvitationView; record: InvitationRecord }> {
    const record = await invitationOfLink(this.deps.invitations, token, this.now());
    if (record.email !== user.email.toLowerCase()) throw new ForbiddenError('This invitation is for another e-mail address: sign in with that one');
    return this.accept(user, record._id);
  }

  /** Invitations sent for a target, for the inviting side (the feature checks who may ask). */
  async sentFor(kinds: readonly InvitationKind[], targetId: string): Promise<SentInvitationView[]> {
    const now = this.now();
    return (await this.deps.invitations.sentFor(kinds, targetId)).map((record) => toSentView(record, now));
  }

  /** The inviting side takes a pending invitation back; 404 unless it belongs to the target. */
  async revoke(user: PublicUser, kinds: readonly InvitationKind[], targetId: string, id: string): Promise<SentInvitationView> {
    const record = await this.deps.invitations.find(id);
    if (!record || record.targetId !== targetId || !kinds.includes(record.kind)) throw new NotFoundError('Invitation');
    return toSentView(await this.close(record, 'revoked', user), this.now());
  }

  /** The caller's pending invitations (expired ones left out): to their e-mail, and to their organisations (`deal-org`). */
  async mine(user: PublicUser): Promise<InvitationView[]> {
    const now = this.now();
    const orgIds = await this.deps.invitees.orgIdsOf(user.id);
    const open = (await this.deps.invitations.pendingFor(user.email.toLowerCase(), orgIds)).filter((record) => stateAt(record, now) === 'pending');
    return toInviteeViews(open, this.deps.names, now);
  }

  async accept(user: PublicUser, id: string): Promise<{ invitation: InvitationView; record: InvitationRecord }> {
    const record = await this.addressedTo(user, id);
    const joiner = this.joinerOf(record.kind);
    let claimed = false;
    const claim = async () => {
      if (!(await this.deps.invitations.answer(record._id, 'accepted', user.id, this.now()))) throw new ConflictError(ANSWERED);
      claimed = true;
    };
    try {
      await joiner.accept(record, user, claim);
    } catch (error) {
      // Joining failed after the claim (a store error): the invitation stays open to try again.
      if (claimed) await this.deps.invitations.reopen(record);
      throw error;
    }
    if (!claimed) throw new Error(`the ${record.kind} joiner accepted without claiming the invitation`);
    const answered: InvitationRecord = { ...record, state: 'accepted', answeredBy: user.id, answeredAt: this.now() };
    return { invitation: (await toInviteeViews([answered], this.deps.names, this.now()))[0], record: answered };
  }

  async decline(user: PublicUser, id: string): Promise<InvitationView> {
    const record = await this.close(await this.addressedTo(user, id), 'declined', user);
    return (await toInviteeViews([record], this.deps.names, this.now()))[0];
  }

  private async close(record: InvitationRecord, state: 'declined' | 'revoked', user: PublicUser): Promise<InvitationRecord> {
    const at = this.now();
    if (!(await this.deps.invitations.answer(record._id, state, user.id, at))) throw new ConflictError(ANSWERED);
    const closed: InvitationRecord = { ...record, state, answeredBy: user.id, answeredAt: at };
    await this.joinerOf(record.kind).closed?.(closed, user);
    return closed;
  }

  /** The pending invitation if the caller is its invitee; 404 otherwise, so ids reveal nothing. */
  private async addressedTo(user: PublicUser, id: string): Promise<InvitationRecord> {
    const record = await this.deps.invitations.find(id);
    if (!record || !(await this.isInvitee(record, user))) throw new NotFoundError('Invitation');
    const state = stateAt(record, this.now());
    if (state === 'expired') throw new ConflictError('This invitation has expired: ask for a new one');
    if (state !== 'pending') throw new ConflictError(`This invitation was already ${state}`);
    return record;
  }

  private async isInvitee(record: InvitationRecord, user: PublicUser): Promise<boolean> {
    if (record.kind === 'deal-org') return record.orgId !== null && this.deps.invitees.isMember(record.orgId, user.id);
    return record.email === user.email.toLowerCase();
  }

  private async inviteeIdsOf(record: InvitationRecord): Promise<string[]> {
    if (record.kind === 'deal-org') return record.orgId ? this.deps.invitees.memberIdsOf(record.orgId) : [];
    const account = record.email ? await this.deps.invitees.accountByEmail(record.email) : null;
    return account ? [account.id] : [];
  }

  /** Who may see an invitation's notification: its invitees while it is pending. */
  async audienceOf(id: string): Promise<Set<string>> {
    const record = await this.deps.invitations.find(id);
    return new Set(record?.state === 'pending' ? await this.inviteeIdsOf(record) : []);
  }

  private joinerOf(kind: InvitationKind): InvitationJoiner {
    const joiner = this.joiners.get(kind);
    if (!joiner) throw new Error(`no joiner registered for ${kind} invitations`);
    return joiner;
  }
}
