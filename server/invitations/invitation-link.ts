// The e-mailed invitation link: a random one-time token whose SHA-256 alone is stored, valid until
// it expires and only while the invitation is pending (accepting, declining or revoking ends it;
// a resend replaces it). A forged, used, revoked or expired link all read alike.
import { createHash, randomBytes } from 'node:crypto';
import { ErrorCode } from '../../shared/protocol.ts';
import { AppError } from '../http/index.ts';
import type { InvitationRecord, InvitationRepository } from './invitation-repository.ts';
import { stateAt } from './invitation-state.ts';

export const INVITATION_LINK_TTL_MS = 7 * 24 * 60 * 60_000;

export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The pending invitation this link opens, else 400 `link_invalid`. */
export async function invitationOfLink(invitations: InvitationRepository, token: string, now: Date): Promise<InvitationRecord> {
  const record = await invitations.findByLinkHash(hashLinkToken(token));
  if (!record || !record.linkExpiresAt || stateAt(record, now) !== 'pending') throw new AppError(ErrorCode.LinkInvalid, 'This invitation link is not valid any more');
  return record;
}
