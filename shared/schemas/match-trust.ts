// What makes matching trustworthy around the ranking: why a match was declined, the organisations
// and sectors an organisation never wants to be matched with, its weekly outreach allowance, and
// how quickly it answers interest. Request schemas and the shapes returned.
import { z } from 'zod';
import type { OrgBrief } from './orgs.ts';
import { RecordIdSchema, SectorCodeSchema } from './taxonomy-fields.ts';

/**
 * Why one side said "no thanks". `not_now` snoozes the match (NOT_NOW_DAYS) instead of ending it;
 * `competitor` also excludes the other organisation from all of the decliner's listings;
 * `not_relevant` lowers the rank of similar suggestions later.
 */
export const DECLINE_REASONS = ['not_relevant', 'competitor', 'in_contact', 'not_now'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const NOT_NOW_DAYS = 90;

/** `POST /api/matches/:id/decline`; a body without a reason (older clients) declines as unspecified. */
export const DeclineMatchBodySchema = z.strictObject({
  orgId: RecordIdSchema.optional(),
  reason: z.enum(DECLINE_REASONS, { message: `The reason is one of ${DECLINE_REASONS.join(', ')}` }).optional(),
});
export type DeclineMatchBody = z.infer<typeof DeclineMatchBodySchema>;

/**
 * `POST /api/orgs/:id/exclusions`: exactly one of a named organisation, "this listing's
 * organisation" (an anonymous listing's organisation stays unnamed) or a taxonomy sector.
 */
export const AddExclusionBodySchema = z.union(
  [
    z.strictObject({ orgId: RecordIdSchema }),
    z.strictObject({ listingId: RecordIdSchema }),
    z.strictObject({ sector: SectorCodeSchema }),
  ],
  { message: 'Exclude one of: orgId, listingId or sector' },
);
export type AddExclusionBody = z.infer<typeof AddExclusionBodySchema>;

/** One entry of an organisation's exclusion list, as its own members see it. */
export interface ExclusionView {
  id: string;
  kind: 'org' | 'sector';
  /** The organisation, named only when it could already be named to the excluder. */
  org: OrgBrief | null;
  /** The listing an unnamed organisation was excluded through ("this listing's organisation"). */
  listing: { id: string; title: string } | null;
  sector: string | null;
  /** `competitor`: added by declining a match as "a competitor". */
  source: 'manual' | 'competitor';
  createdAt: string;
}

/** What one organisation may still send this rolling week (`GET /api/matches/outreach`). */
export interface OutreachAllowance {
  orgId: string;
  /** Interest expressions allowed in any 7 days; 0 = no limit. */
  limit: number;
  used: number;
  left: number;
  /** When the oldest counted expression leaves the week (null when nothing is counted). */
  freesAt: string | null;
}

/** `PUT /api/matches/outreach/:orgId` (instance admins): the organisation's own weekly limit; null = the default. */
export const OutreachLimitBodySchema = z.strictObject({
  perWeek: z.number().int().min(0).max(10_000).nullable(),
});

/** How quickly an organisation answers interest, once it has answered enough to say. */
export interface ResponsivenessView {
  /** Median hours from interest to an answer (interest back or a decline); coarse for a masked organisation. */
  medianHours: number;
  answered: number;
  /** Share of interest it let expire, in [0, 1]. */
  expiredShare: number;
}
