// The marketplace of the app: organisations, listings and matches around one matching engine,
// and the organisations' activity trail.
import { OrgTrail, SubjectTitles } from '../activity/index.ts';
import type { Clock } from '../clock.ts';
import { ExpirySweeper, ListingIndexer, ListingPresenter, ListingService, type IndexPeers, type MatchEnginePort } from '../listings/index.ts';
import type { InvitationService } from '../invitations/index.ts';
import type { Logger } from '../logger.ts';
import {
  DEFAULT_SUGGESTION_POLICY,
  MatchAlerts,
  MatchNotifier,
  MatchPresenter,
  MatchService,
  MatchSuggester,
} from '../matches/index.ts';
import { MatchingEngine } from '../matching/index.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { OrgInvitations, OrgService } from '../orgs/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { Repositories } from './repositories.ts';

const DEFAULT_LISTING_SWEEP_MS = 60_000;

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
}

export interface Marketplace {
  orgs: OrgService;
  listings: ListingService;
  matches: MatchService;
  sweeper: ExpirySweeper;
  indexer: ListingIndexer;
  /** Subscribes to match suggestions and state changes. */
  observeMatchChanges: MatchNotifier['observe'];
}

/**
 * Organisations, listings and matches around one matching engine, loaded with every live listing
 * in the store before the app takes requests.
 */
export async function createMarketplace(deps: MarketplaceDeps): Promise<Marketplace> {
  const { io, notifications, indexPeers, invitations, clock } = deps;
  const { orgs: orgRepo, memberships, listings: listingRepo, matches: matchRepo, activity, users } = deps.repos;
  const logger = deps.logger.child({ feature: 'matches' });
  const engine: MatchEnginePort = new MatchingEngine();
  const indexer = new ListingIndexer(engine, listingRepo, orgRepo, indexPeers && { peers: indexPeers, logger });
  const matchPresenter = new MatchPresenter(listingRepo, orgRepo, engine, (matchIds) => deps.repos.deals.dealIdsForMatches(matchIds));
  const notifier = new MatchNotifier(io, memberships, matchPresenter, logger);
  const alerts = new MatchAlerts({ port: notifications, memberships, listings: listingRepo, logger });
  const suggester = new MatchSuggester({ engine, listings: listingRepo, matches: matchRepo, notifier, alerts, policy: DEFAULT_SUGGESTION_POLICY, logger, clock });
  const listings = new ListingService({
    listings: listingRepo,
    orgs: orgRepo,
    memberships,
    indexer,
    presenter: new ListingPresenter(orgRepo, (hidden, orgIds) => matchRepo.revealedTo(hidden, orgIds)),
    engine,
    hooks: suggester,
    activity,
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
    clock,
  });
  const loaded = await indexer.loadAll(new Date());
  logger.info({ loaded }, 'live listings loaded into the matching engine');
  const sweeper = new ExpirySweeper(listings, deps.listingSweepMs ?? DEFAULT_LISTING_SWEEP_MS, logger);
  sweeper.start();
  return { orgs, listings, matches, sweeper, indexer, observeMatchChanges: notifier.observe };
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
