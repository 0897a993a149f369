// The marketplace of createApp: organisations, listings and matches around one matching engine,
// and the organisations' activity trail.
import type { UserRepository } from './auth/index.ts';
import { ActivityLog, OrgTrail, SubjectTitles } from './activity/index.ts';
import { DealRepository } from './deals/index.ts';
import {
  ExpirySweeper,
  ListingIndexer,
  ListingPresenter,
  ListingRepository,
  ListingService,
  type IndexPeers,
  type MatchEnginePort,
} from './listings/index.ts';
import type { InvitationService } from './invitations/index.ts';
import type { Logger } from './logger.ts';
import {
  DEFAULT_SUGGESTION_POLICY,
  MatchAlerts,
  MatchNotifier,
  MatchPresenter,
  MatchRepository,
  MatchService,
  MatchSuggester,
} from './matches/index.ts';
import { MatchingEngine } from './matching/index.ts';
import type { NotificationPort } from './notifications/index.ts';
import { MembershipRepository, OrgInvitations, OrgRepository, OrgService } from './orgs/index.ts';
import type { AppSocketServer } from './realtime/index.ts';
import type { Store } from './store/index.ts';

const DEFAULT_LISTING_SWEEP_MS = 60_000;

export interface MarketplaceDeps {
  store: Store;
  logger: Logger;
  /** How often listings past their expiry are retired (default 60 s). */
  listingSweepMs?: number;
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
export async function createMarketplace(
  deps: MarketplaceDeps,
  users: UserRepository,
  io: AppSocketServer,
  notifications: NotificationPort,
  indexPeers: IndexPeers | undefined,
  invitations: InvitationService,
): Promise<Marketplace> {
  const { store } = deps;
  const logger = deps.logger.child({ feature: 'matches' });
  const orgRepo = new OrgRepository(store);
  const memberships = new MembershipRepository(store);
  const listingRepo = new ListingRepository(store);
  const matchRepo = new MatchRepository(store);
  const engine: MatchEnginePort = new MatchingEngine();
  const indexer = new ListingIndexer(engine, listingRepo, orgRepo, indexPeers && { peers: indexPeers, logger });
  const matchPresenter = new MatchPresenter(listingRepo, orgRepo, engine);
  const notifier = new MatchNotifier(io, memberships, matchPresenter, logger);
  const alerts = new MatchAlerts({ port: notifications, memberships, listings: listingRepo, logger });
  const activity = new ActivityLog(store);
  const suggester = new MatchSuggester({ engine, listings: listingRepo, matches: matchRepo, notifier, alerts, policy: DEFAULT_SUGGESTION_POLICY, logger });
  const listings = new ListingService({
    listings: listingRepo,
    orgs: orgRepo,
    memberships,
    indexer,
    presenter: new ListingPresenter(orgRepo, (hidden, orgIds) => matchRepo.revealedTo(hidden, orgIds)),
    engine,
    hooks: suggester,
    activity,
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
    store,
  });
  const loaded = await indexer.loadAll(new Date());
  logger.info({ loaded }, 'live listings loaded into the matching engine');
  const sweeper = new ExpirySweeper(listings, deps.listingSweepMs ?? DEFAULT_LISTING_SWEEP_MS, logger);
  sweeper.start();
  return { orgs, listings, matches, sweeper, indexer, observeMatchChanges: notifier.observe };
}

/** An organisation's activity trail, with the titles of what its entries are about. */
export function orgTrail(store: Store, users: UserRepository): OrgTrail {
  const orgs = new OrgRepository(store);
  const memberships = new MembershipRepository(store);
  return new OrgTrail({
    log: new ActivityLog(store),
    users,
    orgExists: async (orgId) => (await orgs.find(orgId)) !== null,
    isMember: async (orgId, userId) => (await memberships.find(orgId, userId)) !== null,
    titles: new SubjectTitles({ orgs, listings: new ListingRepository(store), deals: new DealRepository(store), matches: new MatchRepository(store) }),
  });
}
