// The marketplace of the app: organisations, listings and matches around one matching engine,
// and the organisations' activity trail.
import type { ApiRouter } from '../http/index.ts';
import { OrgTrail, SubjectTitles } from '../activity/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import { AdminDirectory } from '../dashboard/index.ts';
import { DEFAULT_LISTINGS_PER_DAY, ExpirySweeper, lazyEngine, ListingIndexer, ListingPresenter, ListingService, type IndexPeers, type MatchEnginePort } from '../listings/index.ts';
import type { InvitationService } from '../invitations/index.ts';
import type { Logger } from '../logger.ts';
import {
  CandidateScreen,
  DEFAULT_INTEREST_PER_WEEK,
  DEFAULT_INTEREST_TIMING,
  DEFAULT_SUGGESTION_POLICY,
  ExclusionService,
  exclusionRoutes,
  InterestSweep,
  InterestTracker,
  MatchAlerts,
  MatchNotifier,
  MatchPresenter,
  MatchService,
  MatchSuggester,
  DEFAULT_NEWCOMER_RULE,
  NewcomerFloor,
  outreachLimitRoutes,
  type NewcomerRule,
  type InterestTiming,
} from '../matches/index.ts';
import { MatchingEngine } from '../matching/index.ts';
import { ModerationService, moderationRoutes } from '../moderation/index.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { OrgInvitations, OrgService } from '../orgs/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { Repositories } from './repositories.ts';

const DEFAULT_LISTING_SWEEP_MS = 60_000;
const DEFAULT_INTEREST_SWEEP_MS = 60_000;

/** Outreach and listing limits and the timing of unanswered interest (README: INTEREST_*, LISTINGS_PER_DAY). */
export interface TrustOptions {
  interestPerWeek: number;
  /** Listings one organisation may publish per rolling day; 0 = no limit. */
  listingsPerDay: number;
  /** Who counts as a new organisation, and how strong its matches must be to notify others. */
  newcomers: NewcomerRule;
  timing: InterestTiming;
  /** How often unanswered interest is reminded or expired; 0 = never (the demo loader, whose clock jumps). */
  sweepMs: number;
}

export const DEFAULT_TRUST_OPTIONS: TrustOptions = {
  interestPerWeek: DEFAULT_INTEREST_PER_WEEK,
  listingsPerDay: DEFAULT_LISTINGS_PER_DAY,
  newcomers: DEFAULT_NEWCOMER_RULE,
  timing: DEFAULT_INTEREST_TIMING,
  sweepMs: DEFAULT_INTEREST_SWEEP_MS,
};

export interface MarketplaceDeps {
  repos: Repositories;
  io: AppSocketServer;
  notifications: NotificationPort;
  invitations: InvitationService;
  /** The other instances' matching indexes (scale-out); absent = a single instance. */
  indexPeers?: IndexPeers;
  logger: Logger;
  /** How often listings past their expiry are retired (default 60 s). */
  listingSweepMs?: number;
  /** When listings, suggestions and match workflow changes are dated (default: the system clock). */
  clock?: Clock;
  trust?: Partial<TrustOptions>;
  /** E-mails of instance admins (they set organisations' outreach limits). */
  adminEmails?: readonly string[];
}

export interface Marketplace {
  orgs: OrgService;
  listings: ListingService;
  matches: MatchService;
  sweeper: ExpirySweeper;
  interestSweep: InterestSweep;
  indexer: ListingIndexer;
  /** `/api/orgs/:id/exclusions`. */
  exclusionRoutes: ApiRouter;
  /** `PUT /api/matches/outreach/:orgId`. */
  outreachLimitRoutes: ApiRouter;
  /** `/api/moderation`: spam reports and suspensions. */
  moderationRoutes: ApiRouter;
  /** Subscribes to match suggestions and state changes. */
  observeMatchChanges: MatchNotifier['observe'];
}

/**
 * Organisations, listings and matches around one matching engine, loaded with every live listing
 * in the store before the app takes requests.
 */
export async function createMarketplace(deps: MarketplaceDeps): Promise<Marketplace> {
  const { io, notifications, indexPeers, invitations, clock } = deps;
  const { orgs: orgRepo, memberships, listings: listingRepo, matches: matchRepo, activity, users, exclusions: exclusionRepo, interestAsks: ledger, outreachLimits } = deps.repos;
  const trust = { ...DEFAULT_TRUST_OPTIONS, ...deps.trust };
  const now = clock ?? systemClock;
  const logger = deps.logger.child({ feature: 'matches' });
  const engine: MatchEnginePort = lazyEngine(() => new MatchingEngine());
  const indexer = new ListingIndexer(engine, listingRepo, orgRepo, indexPeers && { peers: indexPeers, logger });
  const matchPresenter = new MatchPresenter(listingRepo, orgRepo, engine, (matchIds) => deps.repos.deals.dealIdsForMatches(matchIds), (orgIds) => ledger.historiesOf(orgIds));
  const notifier = new MatchNotifier(io, memberships, matchPresenter, logger);
  const alerts = new MatchAlerts({ port: notifications, memberships, listings: listingRepo, logger });
  const screen = new CandidateScreen({ exclusions: exclusionRepo, matches: matchRepo, listings: listingRepo, ledger });
  const newcomers = new NewcomerFloor({ orgs: orgRepo, listings: listingRepo, rule: trust.newcomers, clock: now });
  const suggester = new MatchSuggester({ engine, listings: listingRepo, matches: matchRepo, notifier, alerts, newcomers, screen, policy: DEFAULT_SUGGESTION_POLICY, logger, clock });
  const exclusions = new ExclusionService({ exclusions: exclusionRepo, matches: matchRepo, listings: listingRepo, orgs: orgRepo, memberships, notifier, clock: now });
  const tracker = new InterestTracker({ ledger, limits: outreachLimits, defaultPerWeek: trust.interestPerWeek, clock: now });
  const listings = new ListingService({
    listings: listingRepo,
    orgs: orgRepo,
    memberships,
    indexer,
    presenter: new ListingPresenter(orgRepo, (hidden, orgIds) => matchRepo.revealedTo(hidden, orgIds)),
    engine,
    hooks: suggester,
    activity,
    listingsPerDay: trust.listingsPerDay,
    now: clock,
  });
  const orgInvitations = new OrgInvitations({ invitations, memberships, activity, orgs: orgRepo, users, io });
  const orgs = new OrgService({ orgs: orgRepo, memberships, users, io, activity, invitations: orgInvitations, onProfileChanged: (org) => indexer.reindexOrg(org, new Date()) });
  const matches = new MatchService({
    matches: matchRepo,
    listings: listingRepo,
    memberships,
    orgs: orgRepo,
    presenter: matchPresenter,
    notifier,
    alerts,
    activity,
    engine,
    screen,
    exclusions,
    tracker,
    clock,
  });
  const loaded = await indexer.loadAll(new Date());
  logger.info({ loaded }, 'live listings loaded into the matching engine');
  const sweeper = new ExpirySweeper(listings, deps.listingSweepMs ?? DEFAULT_LISTING_SWEEP_MS, logger);
  sweeper.start();
  const interestSweep = new InterestSweep({ ledger, matches: matchRepo, alerts, notifier, timing: trust.timing, clock: now }, trust.sweepMs, logger);
  if (trust.sweepMs > 0) interestSweep.start();
  const admins = new AdminDirectory(deps.adminEmails ?? []);
  return {
    orgs,
    listings,
    matches,
    sweeper,
    interestSweep,
    indexer,
    exclusionRoutes: exclusionRoutes(exclusions),
    outreachLimitRoutes: outreachLimitRoutes({ limits: outreachLimits, tracker, orgs: orgRepo, isAdmin: (user) => admins.isAdmin(user) }),
    moderationRoutes: moderationRoutes(
      new ModerationService({ reports: deps.repos.spamReports, orgs: orgRepo, memberships, listings: listingRepo, listingService: listings, isAdmin: (user) => admins.isAdmin(user), clock: now }),
    ),
    observeMatchChanges: notifier.observe,
  };
}

/** An organisation's activity trail, with the titles of what its entries are about. */
export function orgTrail({ activity, users, orgs, memberships, listings, deals, matches }: Repositories): OrgTrail {
  return new OrgTrail({
    log: activity,
    users,
    orgExists: async (orgId) => (await orgs.find(orgId)) !== null,
    isMember: async (orgId, userId) => (await memberships.find(orgId, userId)) !== null,
    titles: new SubjectTitles({ orgs, listings, deals, matches }),
  });
}
