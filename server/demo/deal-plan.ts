// The demo programme's history as a seeded plan: for each deal, what happened when (days before
// the load), from both sides' interest through the introduction, the deal room, every stage move
// and the board's terms, to where it stands today; plus matches that got only as far as interest,
// mutual interest or an introduction. Pure: the loader plays it through the API on a set clock.
import { CLOSED_STAGES, OPEN_STAGES, type PipelineStage } from '../../shared/pipeline/index.ts';
import type { SeededRandom } from './random.ts';
import type { Term } from './types.ts';

/** Listings are posted over this many days before the load, the oldest first. */
export const HISTORY_DAYS = 150;
/** The newest listing is this many days old. */
export const NEWEST_LISTING_DAYS = 2;
/** No deal starts earlier than this, so the matches it comes from exist by then. */
const EARLIEST_DEAL_DAYS = 125;
const MAX_DEALS = 24;

/**
 * The board's terms in board order: the first `agreed` share of them agreed (and signed off by
 * both sides when `signed`), the next `proposed` share proposed, and `blocked` of the rest blocked.
 */
export interface BoardProgress {
  agreed: number;
  proposed: number;
  blocked: number;
  signed: boolean;
}

/** One thing that happened on a deal, `daysAgo` days before the load. */
export type DealEvent =
  | { kind: 'interest'; side: 'opener' | 'other'; daysAgo: number }
  | { kind: 'introduce'; daysAgo: number }
  | { kind: 'open'; daysAgo: number }
  | { kind: 'move'; to: PipelineStage; reason: Term | null; daysAgo: number }
  /** The owner publishes the deal type's NDA; the other members accept it, the adviser only when `adviserAccepts`. */
  | { kind: 'nda'; adviserAccepts: boolean; daysAgo: number }
  | ({ kind: 'terms'; daysAgo: number } & BoardProgress);

export interface DealScript {
  /** Where the deal stands after its events. */
  stage: PipelineStage;
  /** Open with no activity for longer than the dashboard's stalled threshold. */
  stalled: boolean;
  /** The law-firm adviser sits on the deal. */
  adviser: boolean;
  /** Oldest first; the first is the opener's interest. */
  events: DealEvent[];
}

/** A match taken only part of the way: one side interested, both, or introduced without a deal room yet. */
export interface FunnelStep {
  reached: 'interested' | 'mutual' | 'introduced';
  daysAgo: number;
}

export interface DealPlan {
  featured: DealScript;
  deals: DealScript[];
  funnel: FunnelStep[];
}

/** Where the generated deals end up, in the order they are opened: every prefix is a mixed pipeline. */
const OUTCOMES: [stage: PipelineStage, stalled: boolean][] = [
  ['negotiation', false], ['closed-won', false], ['agreed', false], ['due-diligence', true], ['closed-lost', false], ['nda', false],
  ['introduced', false], ['negotiation', true], ['closed-won', false], ['due-diligence', false], ['agreed', false], ['closed-lost', false],
  ['nda', true], ['negotiation', false], ['closed-won', false], ['introduced', false], ['due-diligence', false], ['closed-lost', false],
  ['agreed', false], ['nda', false], ['negotiation', false], ['closed-won', false], ['due-diligence', false], ['closed-lost', false],
];

/** How long deals stay in each open stage before moving on, in days. */
const STINT_DAYS: Record<string, [number, number]> = {
  introduced: [4, 12],
  nda: [6, 18],
  'due-diligence': [12, 32],
  negotiation: [9, 26],
  agreed: [4, 14],
};

const WON_REASONS: Term[] = [
  ['Contract signed by both parties', '雙方已簽署合同', '双方已签署合同'],
  ['Distribution agreement signed; first order placed', '已簽署分銷協議並落實首張訂單', '已签署分销协议并落实首张订单'],
  ['Term sheet signed and closing completed', '投資條款書已簽署，交割完成', '投资条款书已签署，交割完成'],
];

const LOST_REASONS: Term[] = [
  ['The buyer chose a supplier already certified in its market', '買方選擇了已在當地取得認證的供應商', '买方选择了已在当地取得认证的供应商'],
  ['Price expectations stayed too far apart after due diligence', '盡職審查後雙方價格預期仍然差距過大', '尽职调查后双方价格预期仍然差距过大'],
  ['The export licence was not granted in time', '出口許可未能及時獲批', '出口许可未能及时获批'],
  ['The investor paused new commitments this quarter', '投資方本季暫停新投資', '投资方本季暂停新投资'],
];

/** A duration in days with a random time of day, so no two events share a moment. */
function days(random: SeededRandom, [min, max]: [number, number]): number {
  return random.int(min, max) + random.int(1, 23) / 24;
}

/** The open stages a deal passes through to reach `stage` (closed deals: up to where they closed from). */
function pathTo(random: SeededRandom, stage: PipelineStage): PipelineStage[] {
  const lastOpen = stage === 'closed-won' ? 'agreed' : stage === 'closed-lost' ? random.pick(OPEN_STAGES.slice(1, 4)) : stage;
  return OPEN_STAGES.slice(0, OPEN_STAGES.indexOf(lastOpen as (typeof OPEN_STAGES)[number]) + 1);
}

/** Board progress while a deal is in `stage`, as shares of its terms. */
function termsIn(stage: PipelineStage, stalled: boolean): BoardProgress | null {
  if (stage === 'negotiation') return { agreed: 0.3, proposed: 0.4, blocked: stalled ? 1 : 0, signed: false };
  if (stage === 'due-diligence') return { agreed: 0, proposed: 0.3, blocked: 0, signed: false };
  return null;
}

/**
 * One deal's events, worked backwards from today: the time in its current stage (long and quiet
 * when stalled), each earlier stint, the opening, the introduction and both sides' interest.
 */
function scriptFor(random: SeededRandom, stage: PipelineStage, stalled: boolean, adviser: boolean): DealScript {
  const path = pathTo(random, stage);
  const closed = (CLOSED_STAGES as readonly string[]).includes(stage);
  const current = stalled ? days(random, [17, 40]) : closed ? days(random, [2, 35]) : days(random, [1, 11]);
  const stints = path.slice(0, closed ? path.length : -1).map((open) => days(random, STINT_DAYS[open]));
  const opened = current + stints.reduce((sum, stint) => sum + stint, 0);
  // A long history is squeezed into the programme's window rather than starting before the listings.
  const scale = opened > EARLIEST_DEAL_DAYS - 8 ? (EARLIEST_DEAL_DAYS - 8) / opened : 1;
  const events: DealEvent[] = [];
  let at = opened * scale;
  const introduced = at + random.int(4, 40) / 24;
  const otherInterest = introduced + days(random, [0, 3]);
  events.push({ kind: 'interest', side: 'opener', daysAgo: otherInterest + days(random, [0, 5]) });
  events.push({ kind: 'interest', side: 'other', daysAgo: otherInterest });
  events.push({ kind: 'introduce', daysAgo: introduced });
  events.push({ kind: 'open', daysAgo: at });
  const moves: PipelineStage[] = [...path.slice(1), ...(closed ? [stage] : [])];
  moves.forEach((to, index) => {
    const stint = stints[index] * scale;
    const board = termsIn(path[index], false);
    // Halfway through a stint the board moves on; every term is agreed and signed just before `agreed`.
    if (board) events.push({ kind: 'terms', ...board, daysAgo: at - stint / 2 });
    at -= stint;
    if (to === 'agreed') events.push({ kind: 'terms', agreed: 1, proposed: 0, blocked: 0, signed: true, daysAgo: at + 0.2 });
    const reason = to === 'closed-won' ? random.pick(WON_REASONS) : to === 'closed-lost' ? random.pick(LOST_REASONS) : null;
    events.push({ kind: 'move', to, reason, daysAgo: at });
  });
  // An open deal shows recent board work (or, stalled, the last it had), unless it has just moved.
  const board = closed ? null : termsIn(stage, stalled);
  if (board && at > 3) events.push({ kind: 'terms', ...board, daysAgo: stalled ? at - 0.5 : random.int(1, Math.max(1, Math.min(6, Math.floor(at) - 1))) + 0.3 });
  return { stage, stalled, adviser, events: events.sort((a, b) => b.daysAgo - a.daysAgo) };
}

/** The NDA is published a little after the deal moves to the NDA stage. */
const NDA_AFTER_MOVE_DAYS = 0.05;

/** The script with its NDA published on the move to the NDA stage (unchanged when it never got there). */
function withNda(script: DealScript, adviserAccepts: boolean): DealScript {
  const move = script.events.find((event) => event.kind === 'move' && event.to === 'nda');
  if (!move) return script;
  const events = [...script.events, { kind: 'nda' as const, adviserAccepts, daysAgo: move.daysAgo - NDA_AFTER_MOVE_DAYS }];
  return { ...script, events: events.sort((a, b) => b.daysAgo - a.daysAgo) };
}

/**
 * The featured deal's NDA everyone has accepted, so the demo people walk straight in; and one open
 * deal (one the adviser sits on if any, else the adviser joins it) whose NDA the adviser has yet
 * to accept, to show the NDA screen.
 */
function withNdas(featured: DealScript, deals: DealScript[]): { featured: DealScript; deals: DealScript[] } {
  const open = (script: DealScript) => !(CLOSED_STAGES as readonly string[]).includes(script.stage) && script.events.some((event) => event.kind === 'move' && event.to === 'nda');
  const withAdviser = deals.findIndex((script) => script.adviser && open(script));
  const waiting = withAdviser >= 0 ? withAdviser : deals.findIndex(open);
  return { featured: withNda(featured, true), deals: deals.map((script, index) => (index === waiting ? withNda({ ...script, adviser: true }, false) : script)) };
}

/** The featured drone-supply deal: introduced about a month ago, at the NDA stage for nine days. */
function featuredScript(): DealScript {
  return {
    stage: 'nda',
    stalled: false,
    adviser: true,
    events: [
      { kind: 'interest', side: 'opener', daysAgo: 31.4 },
      { kind: 'interest', side: 'other', daysAgo: 29.7 },
      { kind: 'introduce', daysAgo: 29.2 },
      { kind: 'open', daysAgo: 28.9 },
      { kind: 'move', to: 'nda', reason: null, daysAgo: 9.3 },
    ],
  };
}

/** How many days before the load the listing at `index` of `count` is posted: evenly, oldest first. */
export function listingAgeDays(index: number, count: number): number {
  return count <= 1 ? HISTORY_DAYS : HISTORY_DAYS - ((HISTORY_DAYS - NEWEST_LISTING_DAYS) * index) / (count - 1);
}

/** How many deals a data set of `orgs` organisations carries: one per ten or so, at most MAX_DEALS. */
export function dealCount(orgs: number): number {
  return Math.max(0, Math.min(MAX_DEALS, Math.floor(orgs / 10)));
}

/**
 * Matches that stopped on the way, about five per deal: most got one side's interest, some both,
 * a few an introduction whose deal room is not open yet.
 */
function funnelSteps(random: SeededRandom, deals: number): FunnelStep[] {
  const reached: FunnelStep['reached'][] = [];
  for (let i = 0; i < deals; i++) reached.push('interested', 'interested', 'interested', i % 2 === 0 ? 'mutual' : 'interested', ...(i % 4 === 1 ? (['introduced'] as const) : []));
  return reached.map((step) => ({ reached: step, daysAgo: days(random, [1, EARLIEST_DEAL_DAYS - 10]) }));
}

/** The whole history for `orgs` organisations from the seeded generator. */
export function planDeals(random: SeededRandom, orgs: number): DealPlan {
  const count = dealCount(orgs);
  const deals = OUTCOMES.slice(0, count).map(([stage, stalled], index) => scriptFor(random, stage, stalled, index % 6 === 2));
  return { ...withNdas(featuredScript(), deals), funnel: funnelSteps(random, count) };
}
