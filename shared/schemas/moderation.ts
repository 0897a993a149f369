// Moderation: members report an organisation for spam (by organisation, or by listing so an
// anonymous listing's organisation stays masked); instance admins see the reports and suspend.
import { z } from 'zod';
import { RecordIdSchema } from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

export const SPAM_REASON_MAX = 1000;

const ReasonSchema = visibleText(z.string().trim().min(3, 'Say why in a few words').max(SPAM_REASON_MAX, `The reason is at most ${SPAM_REASON_MAX} characters`), 'The reason');

/** `POST /api/moderation/reports`: one of `orgId` or `listingId`, and why. */
export const SpamReportBodySchema = z.union([
  z.strictObject({ orgId: RecordIdSchema, reason: ReasonSchema }),
  z.strictObject({ listingId: RecordIdSchema, reason: ReasonSchema }),
]);
export type SpamReportBody = z.infer<typeof SpamReportBodySchema>;

/** What the reporter learns: that the report is stored, never which organisation a listing belongs to. */
export interface SpamReportReceipt {
  id: string;
  createdAt: string;
}

/** `PUT /api/moderation/orgs/:orgId/suspension`. */
export const SuspensionBodySchema = z.strictObject({ suspended: z.boolean() });

/** One reported organisation as instance admins see it (`GET /api/moderation/reports`). */
export interface ReportedOrgView {
  org: { id: string; name: string };
  reports: number;
  suspended: boolean;
  lastReportedAt: string;
  /** Newest first. */
  reasons: { reason: string; createdAt: string; listingTitle: string | null }[];
}

export interface ReportedOrgList {
  orgs: ReportedOrgView[];
}

export interface SuspensionView {
  orgId: string;
  suspended: boolean;
}
