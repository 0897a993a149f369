// Invitations: nobody is put into an organisation or a deal, and no organisation into a deal,
// without accepting. The kinds, their states and the shapes the API returns.
import { z } from 'zod';
import type { Lang } from '../taxonomy/index.ts';
import { RecordIdSchema } from './taxonomy-fields.ts';

/**
 * `org`: a person (by e-mail) joins an organisation; `deal`: a person (by e-mail) joins a deal;
 * `deal-org`: an organisation joins a deal, accepted by any one of its members.
 */
export const INVITATION_KINDS = ['org', 'deal', 'deal-org'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

/**
 * `pending` until the invitee accepts or declines, or the inviting side revokes it; `expired` is a
 * pending invitation whose e-mailed link ran out (shown, never stored: a resend makes it pending again).
 */
export const INVITATION_STATES = ['pending', 'accepted', 'declined', 'revoked', 'expired'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const InvitationIdSchema = RecordIdSchema;
/** The one-time token of an e-mailed invitation link (`#/invite/<token>`). */
export const InvitationLinkTokenSchema = z.string().regex(/^[\w-]{20,100}$/, 'Not an invitation link');

/** What an invitation is to: the organisation or the deal, by name or title. */
export interface InvitationTarget {
  kind: 'org' | 'deal';
  id: string;
  title: string;
}

/** An invitation as the invitee sees it (`GET /api/invitations`). */
export interface InvitationView {
  id: string;
  kind: InvitationKind;
  state: InvitationState;
  target: InvitationTarget;
  /** The role offered: an organisation role, or a deal role. */
  role: string;
  /** A deal party's organisation, or the organisation a `deal-org` invitation is for. */
  org: { id: string; name: string } | null;
  invitedBy: { id: string; name: string };
  invitedAt: string;
}

/** An invitation as the inviting side sees it: the e-mail it went to, never whether an account uses it. */
export interface SentInvitationView {
  id: string;
  kind: InvitationKind;
  state: InvitationState;
  /** Null for a `deal-org` invitation, which goes to every member of `orgId`. */
  email: string | null;
  role: string;
  orgId: string | null;
  invitedBy: string;
  invitedAt: string;
  answeredAt: string | null;
  /** The language its e-mail was written in (the invitee's account's, when one uses the address, wins at send time). */
  lang: Lang;
  /** When its e-mailed link stops working; null without a link (`deal-org`, or no mail). */
  expiresAt: string | null;
}

/** `202` answer of `POST /api/orgs/:id/members` and `POST /api/deals/:id/members` for someone not yet a member. */
export interface InvitationSent {
  status: 'invitation-sent';
  invitation: SentInvitationView;
}

/** `GET /api/invitations/link/:token`: what the landing page may show, and the address it was sent to. */
export interface InvitationLinkView {
  invitation: InvitationView;
  email: string;
}

/** `POST /api/invitations/:id/accept`: what the caller joined. */
export interface InvitationAccepted {
  invitation: InvitationView;
  joined: { kind: 'org' | 'deal'; id: string };
}
