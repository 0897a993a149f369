// Invitation records: one per invitation sent, answered at most once. While pending, `openKey`
// (kind, target, invitee) is unique, so inviting the same person twice refreshes one invitation.
import { randomUUID } from 'node:crypto';
import type { InvitationKind, InvitationState } from '../../shared/schemas/invitations.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { DuplicateKeyError, type Filter, type IndexSpec, type Store } from '../store/index.ts';

export interface InvitationRecord {
  _id: string;
  kind: InvitationKind;
  /** The organisation (`org`) or the deal (`deal`, `deal-org`). */
  targetId: string;
  /** Who is invited by e-mail (`org`, `deal`); null for `deal-org`. */
  email: string | null;
  /** A deal party's organisation (`deal`), or the organisation invited (`deal-org`). */
  orgId: string | null;
  role: string;
  /** A deal invitation that makes the invitee an owner of the deal. */
  owner: boolean;
  state: InvitationState;
  /** `<kind>:<target>:<invitee>` while pending; `answered:<id>` afterwards (kept unique either way). */
  openKey: string;
  invitedBy: string;
  invitedAt: Date;
  answeredBy: string | null;
  answeredAt: Date | null;
  /** SHA-256 of the one-time token the e-mailed link carries (never the token); absent before e-mail links. */
  linkHash?: string | null;
  /** When the e-mailed link stops working. */
  linkExpiresAt?: Date | null;
  /** The language the inviting side chose for the e-mail; absent on older invitations (English). */
  lang?: Lang;
}

export type InvitationRequest = Pick<InvitationRecord, 'kind' | 'targetId' | 'email' | 'orgId' | 'role' | 'owner' | 'invitedBy' | 'lang'>;

export const INVITATION_INDEXES: IndexSpec[] = [
  { collection: 'invitations', fields: ['openKey'], unique: true },
  { collection: 'invitations', fields: ['email'] },
  { collection: 'invitations', fields: ['orgId'] },
  { collection: 'invitations', fields: ['targetId'] },
  { collection: 'invitations', fields: ['linkHash'] },
];

function openKeyOf(request: Pick<InvitationRecord, 'kind' | 'targetId' | 'email' | 'orgId'>): string {
  return `${request.kind}:${request.targetId}:${request.kind === 'deal-org' ? request.orgId : request.email}`;
}

export class InvitationRepository {
  constructor(private readonly store: Store) {}

  private get invitations() {
    return this.store.collection<InvitationRecord>('invitations');
  }

  find(id: string): Promise<InvitationRecord | null> {
    return this.invitations.findOne({ _id: id });
  }

  /** Stores a new pending invitation, or refreshes the terms of the one already pending for this invitee. */
  async putPending(request: InvitationRequest, at: Date): Promise<InvitationRecord> {
    const openKey = openKeyOf(request);
    const record: InvitationRecord = { ...request, _id: randomUUID(), state: 'pending', openKey, invitedAt: at, answeredBy: null, answeredAt: null };
    try {
      await this.invitations.insertOne(record);
      return record;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
    const terms = { role: request.role, orgId: request.orgId, owner: request.owner, invitedBy: request.invitedBy, invitedAt: at, lang: request.lang };
    await this.invitations.updateOne({ openKey }, { $set: terms });
    const current = await this.invitations.findOne({ openKey });
    // Answered between the failed insert and this read: the next attempt inserts a fresh one.
    return current ?? this.putPending(request, at);
  }

  /** Moves a pending invitation to `state`; false when it was no longer pending (answered or revoked first). */
  async answer(id: string, state: Exclude<InvitationState, 'pending'>, by: string, at: Date): Promise<boolean> {
    const matched = await this.invitations.updateOne({ _id: id, state: 'pending' }, { $set: { state, openKey: `answered:${id}`, answeredBy: by, answeredAt: at } });
    return matched > 0;
  }

  /** Puts an accepted invitation back to pending when joining failed after it was claimed. */
  async reopen(record: InvitationRecord): Promise<void> {
    await this.invitations.updateOne({ _id: record._id }, { $set: { state: 'pending', openKey: record.openKey, answeredBy: null, answeredAt: null } });
  }

  /** Gives the invitation a fresh e-mail link; the previous link stops working. */
  async setLink(id: string, linkHash: string, expiresAt: Date): Promise<void> {
    await this.invitations.updateOne({ _id: id }, { $set: { linkHash, linkExpiresAt: expiresAt } });
  }

  findByLinkHash(linkHash: string): Promise<InvitationRecord | null> {
    return this.invitations.findOne({ linkHash });
  }

  /** Pending invitations addressed to this e-mail or to any of these organisations (`deal-org`), newest first. */
  pendingFor(email: string, orgIds: readonly string[]): Promise<InvitationRecord[]> {
    const to: Filter[] = [{ email }];
    if (orgIds.length > 0) to.push({ kind: 'deal-org', orgId: { $in: [...orgIds] } });
    return this.invitations.find({ state: 'pending', $or: to }, { sort: { invitedAt: -1, _id: 1 } });
  }

  /** Invitations sent for a target (kinds given), newest first. */
  sentFor(kinds: readonly InvitationKind[], targetId: string): Promise<InvitationRecord[]> {
    return this.invitations.find({ targetId, kind: { $in: [...kinds] } }, { sort: { invitedAt: -1, _id: 1 } });
  }
}
