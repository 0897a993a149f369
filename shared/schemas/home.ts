// The signed-in home (`GET /api/home`): where a new person is in the first run, and what needs a
// returning one (mutual interest, open questions, terms to sign off, deals with activity), plus
// the pipeline in brief for managers. Everything in it is what the caller may see.
import { z } from 'zod';
import type { TermStatus } from '../deal-docs.ts';
import type { MatchViewState } from './matches.ts';
import { LangSchema } from './taxonomy-fields.ts';

/** The first-run steps, in order: belong to an organisation, post a listing, look at the matches. */
export const FIRST_RUN_STEPS = ['org', 'listing', 'matches'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

export const HomeQuerySchema = z.object({ lang: LangSchema.optional() });

/** `POST /api/home/progress`: a step the server cannot see from the data (having looked at the matches). */
export const HomeProgressBodySchema = z.strictObject({ step: z.literal('matches') });
export type HomeProgressBody = z.infer<typeof HomeProgressBodySchema>;

/** Each first-run step, done or not; `next` is the first one not done (null once all are). */
export interface FirstRunView {
  done: Record<FirstRunStep, boolean>;
  next: FirstRunStep | null;
  /** The caller's first organisation, for "post a listing for it"; null without one. */
  orgId: string | null;
  /** Matches in the caller's inbox now. */
  matches: number;
}

/** A match where the other side is interested (or both are): it waits for the caller. */
export interface HomeMatchItem {
  matchId: string;
  state: MatchViewState;
  score: number;
  /** The caller's own listing and the other side's, as the anonymity rule lets the caller see it. */
  mine: { id: string; title: string };
  theirs: { id: string; title: string };
  myInterest: boolean;
  updatedAt: string;
}

/** An open comment thread that names the caller, or that the caller is in and someone else spoke last. */
export interface HomeQuestionItem {
  dealId: string;
  dealTitle: string;
  threadId: string;
  doc: 'dossier' | 'board';
  termId: string | null;
  reason: 'mentioned' | 'awaiting-reply';
  /** The latest comment: who, when, and its opening words. */
  author: string;
  excerpt: string;
  at: string;
}

/** A proposed or agreed term the caller's organisation has not signed off. */
export interface HomeSignoffItem {
  dealId: string;
  dealTitle: string;
  termId: string;
  termTitle: string;
  status: TermStatus;
}

/** An open deal of the caller's, most recent activity first. */
export interface HomeDealItem {
  dealId: string;
  title: string;
  stage: string;
  lastActivityAt: string;
}

/** The pipeline in brief, for someone with the managers' dashboard. */
export interface HomePipelineView {
  scope: 'admin' | 'manager';
  deals: number;
  stalled: number;
  byStage: Record<string, number>;
}

/** A list of what needs the caller, capped, with how many there are in all. */
export interface HomeList<T> {
  items: T[];
  total: number;
}

export interface HomeView {
  firstRun: FirstRunView;
  interest: HomeList<HomeMatchItem>;
  questions: HomeList<HomeQuestionItem>;
  signoffs: HomeList<HomeSignoffItem>;
  deals: HomeList<HomeDealItem>;
  pipeline: HomePipelineView | null;
}
