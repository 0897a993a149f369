// The indexes every feature's collections need, created at start on either store.
import { ACTIVITY_INDEXES } from '../activity/index.ts';
import { SESSION_INDEXES, USER_INDEXES } from '../auth/index.ts';
import { AUTHORSHIP_INDEXES, UPDATE_LOG_INDEXES } from '../collab/index.ts';
import { CHECKLIST_INDEXES } from '../checklist/index.ts';
import { COMMENT_INDEXES } from '../comments/index.ts';
import { DATAROOM_INDEXES, FILE_AUDIT_INDEXES } from '../dataroom/index.ts';
import { DEAL_INDEXES, DEAL_MEMBER_INDEXES, NDA_INDEXES, SIGNOFF_INDEXES } from '../deals/index.ts';
import { VERSION_INDEXES } from '../history/index.ts';
import { INVITATION_INDEXES } from '../invitations/index.ts';
import { LISTING_INDEXES } from '../listings/index.ts';
import { EXCLUSION_INDEXES, INTEREST_ASK_INDEXES, MATCH_INDEXES } from '../matches/index.ts';
import { MEETING_INDEXES } from '../meetings/index.ts';
import { SPAM_REPORT_INDEXES } from '../moderation/index.ts';
import { NOTE_INDEXES } from '../notes/index.ts';
import { NOTIFICATION_INDEXES } from '../notifications/index.ts';
import { MEMBERSHIP_INDEXES } from '../orgs/index.ts';
import { OUTBOX_INDEXES } from '../mail/index.ts';
import { DIGEST_STATE_INDEXES } from '../digest/index.ts';
import { RESET_INDEXES } from '../password-reset/index.ts';
import { STAGE_INDEXES } from '../pipeline/index.ts';
import { QA_INDEXES } from '../qa/index.ts';
import type { IndexSpec } from '../store/index.ts';

export const APP_INDEXES: readonly IndexSpec[] = [
  ...USER_INDEXES,
  ...SESSION_INDEXES,
  ...RESET_INDEXES,
  ...UPDATE_LOG_INDEXES,
  ...AUTHORSHIP_INDEXES,
  ...NOTE_INDEXES,
  ...MEMBERSHIP_INDEXES,
  ...LISTING_INDEXES,
  ...MATCH_INDEXES,
  ...EXCLUSION_INDEXES,
  ...INTEREST_ASK_INDEXES,
  ...SPAM_REPORT_INDEXES,
  ...ACTIVITY_INDEXES,
  ...NOTIFICATION_INDEXES,
  ...INVITATION_INDEXES,
  ...DEAL_INDEXES,
  ...DEAL_MEMBER_INDEXES,
  ...NDA_INDEXES,
  ...SIGNOFF_INDEXES,
  ...COMMENT_INDEXES,
  ...CHECKLIST_INDEXES,
  ...QA_INDEXES,
  ...MEETING_INDEXES,
  ...VERSION_INDEXES,
  ...STAGE_INDEXES,
  ...DATAROOM_INDEXES,
  ...FILE_AUDIT_INDEXES,
  ...OUTBOX_INDEXES,
  ...DIGEST_STATE_INDEXES,
];
