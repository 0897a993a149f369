// Matches between a need and an offer: workflow states, request schemas, and the shapes returned.
import { z } from 'zod';
import type { ActivityActionOf } from '../activity-actions.ts';
import type { ListingView } from './listings.ts';
import type { DeclineReason, ResponsivenessView } from './match-trust.ts';
import { LangSchema, RecordIdSchema, RegionCodeSchema, SectorCodeSchema } from './taxonomy-fields.ts';

/** Stored states of a need↔offer pair, in workflow order; `declined` ends it. */
export const MATCH_STATES = ['suggested', 'interested', 'mutual', 'introduced', 'declined'] as const;
export type MatchState = (typeof MATCH_STATES)[number];
/** What one side sees: the stored state, or `snoozed` while that side's snooze lasts. */
export const MATCH_VIEW_STATES = [...MATCH_STATES, 'snoozed'] as const;
export type MatchViewState = (typeof MATCH_VIEW_STATES)[number];
export type MatchSide = 'need' | 'offer';

export const MATCH_SNOOZE_MAX_DAYS = 365;

export const ListingMatchesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  minScore: z.coerce.number().min(0).max(1).optional(),
  lang: LangSchema.optional(),
});

/** The inbox's tabs: what needs me or is under way, what I snoozed, what either side declined. */
export const MATCH_INBOX_TABS = ['active', 'snoozed', 'declined'] as const;
export type MatchInboxTab = (typeof MATCH_INBOX_TABS)[number];
/** Best fit first, newest suggestion first, or most recently changed first (the default, as before). */
export const MATCH_INBOX_SORTS = ['fit', 'newest', 'updated'] as const;
export type MatchInboxSort = (typeof MATCH_INBOX_SORTS)[number];

export const MATCH_SEARCH_MAX = 200;
/** Score thresholds people pick from (whole per cent): the inbox filter and the notification minimum. */
export const MATCH_SCORE_STEPS = [0, 50, 60, 70, 80, 90] as const;

/**
 * `GET /api/matches`. Filters narrow what the caller may already see, never widen it: `listing`
 * is one of my own listings, `sector` / `region` / `minScore` apply to the other side's listing as
 * I see it, `q` searches only the text on my cards (any of the three languages, either Chinese script).
 */
export const MatchInboxQuerySchema = z.object({
  state: z.enum(MATCH_VIEW_STATES).optional(),
  lang: LangSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  tab: z.enum(MATCH_INBOX_TABS).optional(),
  sort: z.enum(MATCH_INBOX_SORTS).default('updated'),
  /** `listing`: cards of one of my listings stay together (listings by title), sorted within. */
  group: z.enum(['listing']).optional(),
  listing: RecordIdSchema.optional(),
  sector: SectorCodeSchema.optional(),
  region: RegionCodeSchema.optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  q: z.string().trim().max(MATCH_SEARCH_MAX, `The search is at most ${MATCH_SEARCH_MAX} characters`).optional(),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type MatchInboxQuery = z.infer<typeof MatchInboxQuerySchema>;

export const MatchLangQuerySchema = z.object({ lang: LangSchema.optional() });

/** `orgId` picks the side to act for, needed only by someone who belongs to both organisations. */
export const MatchActionBodySchema = z.strictObject({ orgId: RecordIdSchema.optional() });
export type MatchActionBody = z.infer<typeof MatchActionBodySchema>;

export const SnoozeMatchBodySchema = z.strictObject({
  days: z.number().int().min(1).max(MATCH_SNOOZE_MAX_DAYS),
  orgId: RecordIdSchema.optional(),
});
export type SnoozeMatchBody = z.infer<typeof SnoozeMatchBodySchema>;

/** One reason for a match, rendered in the viewer's language. */
export interface MatchReasonView {
  code: string;
  text: string;
}

/** A match as one side sees it: their own listing, the other side's (a teaser until mutual). */
export interface MatchView {
  matchId: string;
  state: MatchViewState;
  score: number;
  reasons: MatchReasonView[];
  side: MatchSide;
  mine: ListingView;
  listing: ListingView;
  myInterest: boolean;
  theirInterest: boolean;
  snoozedUntil: string | null;
  /** Why my side declined, when it did and said why (the other side is never told). */
  declineReason: DeclineReason | null;
  /** How quickly the other side's organisation answers interest, once it has enough history. */
  theirResponsiveness: ResponsivenessView | null;
  introducedAt: string | null;
  /** The deal room opened from this match, when there is one: the card opens it instead of offering an introduction. */
  dealId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One of my listings with matches in my inbox, for grouping and the listing filter. */
export interface MatchInboxListing {
  id: string;
  title: string;
  kind: ListingView['kind'];
  count: number;
}

/** What the filters can offer, over every card I may see (not only this page). */
export interface MatchInboxFacets {
  /** Cards per tab under the current filters (other than the tab itself). */
  tabs: Record<MatchInboxTab, number>;
  listings: MatchInboxListing[];
}

/** `GET /api/matches`: one page of cards; `matches` as before, the rest added for paging and filters. */
export interface MatchInboxPage {
  matches: MatchView[];
  /** Cards that pass the filters, over all pages. */
  total: number;
  offset: number;
  /** Where the next page starts; null on the last page. */
  nextOffset: number | null;
  facets: MatchInboxFacets;
}

/** One ranked candidate for a listing (`GET /api/listings/:id/matches`). */
export interface ListingMatch {
  matchId?: string;
  listing: ListingView;
  score: number;
  reasons: MatchReasonView[];
  state: MatchViewState;
  theirResponsiveness: ResponsivenessView | null;
}

/**
 * One entry of a match's trail (`GET /api/matches/:id/activity`), oldest first. `actorId` and
 * `actingOrgId` are null while the anonymity rule masks the side that acted (shared/anonymity.ts).
 */
export interface MatchActivityView {
  id: string;
  action: ActivityActionOf<'match'>;
  at: string;
  /** The side the entry was made for, when it was made for one. */
  side: MatchSide | null;
  actorId: string | null;
  actingOrgId: string | null;
  before: MatchWorkflowData;
  after: MatchWorkflowData;
}

/** A match's workflow as its trail records it before and after each change; `Time` is Date in the store, ISO text on the wire. */
export interface MatchWorkflowData<Time = string> {
  state: MatchState;
  interest: Record<MatchSide, boolean>;
  snoozedUntil: Record<MatchSide, Time | null>;
  declinedBy: MatchSide | null;
  introducedAt: Time | null;
  introducedBy: string | null;
}
