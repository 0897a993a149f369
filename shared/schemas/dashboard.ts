// Managers' dashboard: the filter query (also for the CSV export), the row of one deal, the KPIs
// and the Socket.IO payloads that keep a dashboard live.
import { z } from 'zod';
import { DEAL_TYPE_CODES, type DealType } from './deals.ts';
import type { DealProgress, PersonRef } from './pipeline.ts';
import { REGION_CODES, SECTOR_CODES } from '../taxonomy/index.ts';

/** Default "no activity for N days" before an open deal counts as stalled. */
export const DEFAULT_STALLED_DAYS = 14;

const CorridorSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const [origin, destination, ...rest] = value.split(/→|->|>/).map((part) => part.trim());
    const ok = rest.length === 0 && REGION_CODES.includes(origin) && destination !== undefined && REGION_CODES.includes(destination);
    if (!ok) ctx.addIssue({ code: 'custom', message: 'The corridor is <origin region>→<destination region>, e.g. shenzhen→asean' });
    return { origin, destination: destination ?? '' };
  });

/** `GET /api/dashboard` and `/api/dashboard.csv` filters; all optional. */
export const DashboardQuerySchema = z.strictObject({
  sector: z.enum(SECTOR_CODES as [string, ...string[]], { message: 'Unknown sector' }).optional(),
  corridor: CorridorSchema.optional(),
  type: z.enum(DEAL_TYPE_CODES, { message: 'Unknown deal type' }).optional(),
  /** User id of an adviser on the deal. */
  adviser: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid user id').optional(),
  /** Only open deals with no activity for at least this many days. */
  stalledDays: z.coerce.number().int().min(1).max(3650).optional(),
});
export type DashboardQuery = z.output<typeof DashboardQuerySchema>;

export interface Corridor {
  origin: string;
  destination: string;
}

/** A finished stint of a deal in one stage. */
export interface StageStint {
  stage: string;
  days: number;
}

/** One deal as the dashboard shows it; the same for every viewer who may see it. */
export interface DashboardRow {
  id: string;
  title: string;
  type: DealType;
  stage: string;
  stageSince: string;
  orgs: { id: string; name: string }[];
  sectors: string[];
  corridor: Corridor | null;
  advisers: PersonRef[];
  progress: DealProgress;
  /** Finished stints, from the stage history (for median time in stage). */
  stints: StageStint[];
  /** Q&A questions waiting for an answer, and how many of them are past their due date. */
  questions: QuestionCounts;
  updatedAt: string;
}

export interface QuestionCounts {
  open: number;
  overdue: number;
}

/** Matches → mutual interest → introductions (from the match store) → deals → closed won (from the rows). */
export interface Funnel {
  matches: number;
  /** Matches both sides said yes to (introduced ones included). */
  mutual: number;
  introductions: number;
  deals: number;
  closedWon: number;
}

/** The match side of the funnel. */
export type MatchCounts = Pick<Funnel, 'matches' | 'mutual' | 'introductions'>;

export interface DashboardKpis {
  funnel: Funnel;
  /** Median days of finished stints per stage; null where there are none. */
  medianDaysInStage: Record<string, number | null>;
  stalled: number;
  byStage: Record<string, number>;
  bySector: Record<string, number>;
  /** Keyed `origin→destination`. */
  byCorridor: Record<string, number>;
}

export interface DashboardView {
  scope: 'admin' | 'manager';
  rows: DashboardRow[];
  /** The match side of the funnel, which rows cannot give. */
  matchCounts: MatchCounts;
  kpis: DashboardKpis;
  stalledDays: number;
  generatedAt: string;
}

/** `GET /api/dashboard/access`: whether to offer the dashboard at all. */
export interface DashboardAccess {
  admin: boolean;
  /** Deals the caller is a manager on. */
  managed: number;
}

/** `dashboard:match-counts-updated`: the match side of the funnel changed; applies to dashboards of that scope. */
export interface DashboardMatchCountsEvent {
  scope: DashboardView['scope'];
  counts: DashboardView['matchCounts'];
}

/** `dashboard:deal-updated`: a deal's row changed (stage, progress, membership…). */
export interface DashboardDealEvent {
  row: DashboardRow;
}
