// The state an invitation is shown in: a pending one whose e-mailed link has run out reads
// `expired` (stored as pending, so a resend refreshes that same invitation with a fresh link).
import type { InvitationState } from '../../shared/schemas/invitations.ts';
import type { InvitationRecord } from './invitation-repository.ts';

export function stateAt(record: Pick<InvitationRecord, 'state' | 'linkExpiresAt'>, now: Date): InvitationState {
  if (record.state !== 'pending' || !record.linkExpiresAt) return record.state;
  return new Date(record.linkExpiresAt).getTime() > now.getTime() ? 'pending' : 'expired';
}
