// How invitations are shown: to the invitee with what they are invited to and by whom, to the
// inviting side with the e-mail they typed and the state (never whether an account uses it).
import type { InvitationView, SentInvitationView } from '../../shared/schemas/invitations.ts';
import type { InvitationRecord } from './invitation-repository.ts';
import { stateAt } from './invitation-state.ts';

/** Looks up the names the invitee's view shows. */
export interface InvitationNames {
  orgNames(ids: readonly string[]): Promise<Map<string, string>>;
  dealTitles(ids: readonly string[]): Promise<Map<string, string>>;
  userNames(ids: readonly string[]): Promise<Map<string, string>>;
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function toSentView(record: InvitationRecord, now: Date): SentInvitationView {
  return {
    id: record._id,
    kind: record.kind,
    state: stateAt(record, now),
    email: record.email,
    role: record.role,
    orgId: record.orgId,
    invitedBy: record.invitedBy,
    invitedAt: new Date(record.invitedAt).toISOString(),
    answeredAt: iso(record.answeredAt),
    lang: record.lang ?? 'en',
    expiresAt: iso(record.linkExpiresAt ?? null),
  };
}

/** The invitee's views of these records, names read in three batches. */
export async function toInviteeViews(records: readonly InvitationRecord[], names: InvitationNames, now: Date): Promise<InvitationView[]> {
  const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
  const [orgs, deals, users] = await Promise.all([
    names.orgNames(unique(records.flatMap((record) => [record.kind === 'org' ? record.targetId : null, record.orgId]))),
    names.dealTitles(unique(records.map((record) => (record.kind === 'org' ? null : record.targetId)))),
    names.userNames(unique(records.map((record) => record.invitedBy))),
  ]);
  return records.map((record) => {
    const targetKind = record.kind === 'org' ? 'org' : 'deal';
    const title = (targetKind === 'org' ? orgs : deals).get(record.targetId) ?? '';
    return {
      id: record._id,
      kind: record.kind,
      state: stateAt(record, now),
      target: { kind: targetKind, id: record.targetId, title },
      role: record.role,
      org: record.orgId ? { id: record.orgId, name: orgs.get(record.orgId) ?? '' } : null,
      invitedBy: { id: record.invitedBy, name: users.get(record.invitedBy) ?? 'Former user' },
      invitedAt: new Date(record.invitedAt).toISOString(),
    };
  });
}
