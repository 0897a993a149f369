// Match reads and workflow commands. A person acts for their own side only (the organisation
// they belong to); every change is version-checked, stored, written to the activity trail and
// pushed to both sides.
import type { ActivityActionOf } from '../../shared/activity-actions.ts';
import { mayNameParty } from '../../shared/anonymity.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ListingMatch, MatchActivityView, MatchInboxPage, MatchSide, MatchState, MatchView, MatchViewState } from '../../shared/schemas/matches.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { isLive, type ListingRecord, type ListingRepository, type MatchEnginePort } from '../listings/index.ts';
import type { MembershipRepository, OrgRepository } from '../orgs/index.ts';
import type { ActivityLog } from '../activity/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import { NOT_NOW_DAYS, type DeclineReason, type OutreachAllowance } from '../../shared/schemas/match-trust.ts';
import type { CandidateScreen } from './candidate-screen.ts';
import type { ExclusionService } from './exclusion-service.ts';
import { inboxPage, type InboxFilters, type InboxWindow } from './inbox-query.ts';
import type { InterestTracker } from './interest-tracker.ts';
import type { MatchAlerts } from './match-alerts.ts';
import type { MatchNotifier } from './match-notifier.ts';
import { sideOf, type MatchPresenter } from './match-presenter.ts';
import type { MatchRecord, MatchRepository, WorkflowFields } from './match-repository.ts';
import { matchTrailFor } from './match-trail.ts';
import { applyCommand, type MatchCommand } from './match-workflow.ts';

type MatchAction = ActivityActionOf<'match'>;

const MAX_ATTEMPTS = 5;
const INBOX_SCAN = 1000;
const DAY_MS = 24 * 60 * 60_000;

/** Stored states a viewer state can come from (`snoozed` is a suggested or interested match). */
const STORED_STATES: Record<MatchViewState, MatchState[]> = {
  suggested: ['suggested'],
  interested: ['interested'],
  mutual: ['mutual'],
  introduced: ['introduced'],
  declined: ['declined'],
  snoozed: ['suggested', 'interested'],
};

export interface MatchServiceDeps {
  matches: MatchRepository;
  listings: ListingRepository;
  memberships: MembershipRepository;
  orgs: OrgRepository;
  presenter: MatchPresenter;
  notifier: MatchNotifier;
  /** Stores interest and mutual-match notifications for the people concerned. */
  alerts: MatchAlerts;
  activity: ActivityLog;
  engine: Pick<MatchEnginePort, 'matchesFor'>;
  /** Keeps excluded and declined pairs out of rankings and re-ranks the rest. */
  screen: CandidateScreen;
  exclusions: ExclusionService;
  /** Outreach allowance and the asks it counts. */
  tracker: InterestTracker;
  /** When workflow changes are dated (default: the system clock). */
  clock?: Clock;
}

function workflowSnapshot(match: MatchRecord): WorkflowFields {
  const { state, interest, snoozedUntil, declinedBy, introducedAt, introducedBy } = match;
  return { state, interest, snoozedUntil, declinedBy, introducedAt, introducedBy };
}

export class MatchService {
  private readonly now: Clock;

  constructor(private readonly deps: MatchServiceDeps) {
    this.now = deps.clock ?? systemClock;
  }

  /** One page of the caller's inbox across all their organisations, filtered, ordered and searched. */
  async inbox(user: PublicUser, query: InboxFilters & InboxWindow & { lang: Lang }): Promise<MatchInboxPage> {
    const orgIds = await this.deps.memberships.orgIdsOf(user.id);
    // A tab is filtered after reading, so the facets can count every tab; a state narrows the read.
    const matches = await this.deps.matches.inboxOf(orgIds, query.state ? STORED_STATES[query.state] : null, INBOX_SCAN);
    const context = await this.deps.presenter.load(matches);
    const now = this.now();
    // A listing past its expiry leaves inboxes at once, before the sweep stores that it expired.
    const open = (match: MatchRecord) =>
      match.state === 'introduced' ||
      [match.needListingId, match.offerListingId].every((listingId) => {
        const listing = context.listings.get(listingId);
        return listing !== undefined && isLive(listing, now);
      });
    const views = matches.flatMap((match) => {
      if (!open(match)) return [];
      const side = sideOf(match, orgIds);
      const view = side ? this.deps.presenter.view(match, side, context, orgIds, query.lang, now) : null;
      return view ? [view] : [];
    });
    return inboxPage(views, query, query);
  }

  async get(user: PublicUser, id: string, lang: Lang): Promise<MatchView> {
    const { match, orgIds, side } = await this.visibleMatch(user, id);
    return this.viewFor(match, side, orgIds, lang);
  }

  /** The match's trail, masked for the caller by the shared anonymity rule. */
  async activity(user: PublicUser, id: string): Promise<MatchActivityView[]> {
    const { match, orgIds } = await this.visibleMatch(user, id);
    const [records, listings] = await Promise.all([
      this.deps.activity.forSubject(id),
      this.deps.listings.findMany([match.needListingId, match.offerListingId]),
    ]);
    return matchTrailFor(match, records, listings, orgIds);
  }

  /** Ranked complements of a listing, live from the engine, with the viewer's stored matches. */
  async forListing(user: PublicUser, listingId: string, options: { limit: number; minScore?: number; lang: Lang }): Promise<ListingMatch[]> {
    const listing = await this.deps.listings.find(listingId);
    if (!listing) throw new NotFoundError('Listing');
    const now = this.now();
    if (!isLive(listing, now)) return [];
    const orgIds = await this.deps.memberships.orgIdsOf(user.id);
    if (!(await this.mayName(listing, orgIds))) return [];
    const found = this.deps.engine.matchesFor(listingId, { limit: options.limit + 10, minScore: options.minScore });
    const others = await this.deps.listings.findMany(found.map((candidate) => candidate.listingId));
    const complements = found.flatMap(({ listingId, score, reasons }) => {
      const other = others.get(listingId);
      return other && isLive(other, now) && other.orgId !== listing.orgId && other.kind !== listing.kind ? [{ other, score, reasons }] : [];
    });
    const screened = await this.deps.screen.screen(listing, complements);
    const [orgs, histories] = await Promise.all([
      this.deps.orgs.findMany(screened.map(({ other }) => other.orgId)),
      this.deps.presenter.histories(screened.map(({ other }) => other.orgId)),
    ]);
    // Stored matches (ids, states) belong to the listing's own organisation only.
    const stored = orgIds.includes(listing.orgId) ? await this.deps.matches.forListing(listingId) : [];
    const storedByOther = new Map(
      stored.filter((match) => !match.hidden).map((match) => [match.needListingId === listingId ? match.offerListingId : match.needListingId, match]),
    );
    const side = listing.kind;
    const minScore = options.minScore ?? 0;
    return screened
      .filter((candidate) => candidate.score >= minScore)
      .slice(0, options.limit)
      .map((candidate) => {
        const match = storedByOther.get(candidate.other._id);
        return this.deps.presenter.candidate(candidate.other, orgs.get(candidate.other.orgId), candidate, match ? { match, side } : null, { orgIds, histories }, options.lang, now);
      });
  }

  /** Each of the caller's organisations' outreach allowance this rolling week. */
  async outreach(user: PublicUser): Promise<OutreachAllowance[]> {
    const orgIds = await this.deps.memberships.orgIdsOf(user.id);
    return Promise.all(orgIds.map((orgId) => this.deps.tracker.allowance(orgId)));
  }

  interest(user: PublicUser, id: string, orgId: string | undefined, lang: Lang): Promise<MatchView> {
    return this.act(user, id, orgId, lang, 'match.interested', () => ({ type: 'interest' }), (match, side) => this.deps.tracker.checkAllowed(match, side));
  }

  /** "No thanks", with why: `not_now` snoozes instead; `competitor` also excludes the other organisation. */
  async decline(user: PublicUser, id: string, orgId: string | undefined, reason: DeclineReason | undefined, lang: Lang): Promise<MatchView> {
    if (reason === 'not_now') return this.snooze(user, id, NOT_NOW_DAYS, orgId, lang);
    const view = await this.act(user, id, orgId, lang, 'match.declined', () => ({ type: 'decline', reason: reason ?? null }));
    if (reason === 'competitor') {
      const { match, side } = await this.visibleMatch(user, id, orgId);
      const other = await this.deps.listings.find(side === 'need' ? match.offerListingId : match.needListingId);
      if (other) await this.deps.exclusions.addCompetitor(user, side === 'need' ? match.needOrgId : match.offerOrgId, other);
    }
    return view;
  }

  snooze(user: PublicUser, id: string, days: number, orgId: string | undefined, lang: Lang): Promise<MatchView> {
    return this.act(user, id, orgId, lang, 'match.snoozed', () => ({ type: 'snooze', until: new Date(this.now().getTime() + days * DAY_MS) }));
  }

  introduce(user: PublicUser, id: string, orgId: string | undefined, lang: Lang): Promise<MatchView> {
    return this.act(user, id, orgId, lang, 'match.introduced', () => ({ type: 'introduce', by: user.id, at: this.now() }));
  }

  private async act(
    user: PublicUser,
    id: string,
    orgId: string | undefined,
    lang: Lang,
    action: MatchAction,
    command: () => MatchCommand,
    guard?: (match: MatchRecord, side: MatchSide) => Promise<void>,
  ): Promise<MatchView> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const { match, orgIds, side } = await this.visibleMatch(user, id, orgId);
      if (match.hidden) throw new AppError(ErrorCode.Conflict, 'One of the listings of this match is no longer active');
      const change = applyCommand(match, side, command());
      if (!change) return this.viewFor(match, side, orgIds, lang);
      await guard?.(match, side);
      const now = this.now();
      if (!(await this.deps.matches.changeWorkflow(id, match.version, change, now))) continue;
      const updated: MatchRecord = { ...match, ...change, version: match.version + 1, updatedAt: now };
      await this.record(user, action, side === 'need' ? match.needOrgId : match.offerOrgId, match, updated);
      await this.deps.tracker.changed(match, updated, side);
      await this.deps.notifier.push('match:updated', [updated]);
      await this.deps.alerts.changed(match, updated, user, side);
      return this.viewFor(updated, side, orgIds, lang);
    }
    throw new AppError(ErrorCode.Conflict, 'This match is changing too often; try again');
  }

  private async record(user: PublicUser, action: MatchAction, actingOrgId: string, before: MatchRecord, after: MatchRecord): Promise<void> {
    await this.deps.activity.append({
      actorId: user.id,
      actingOrgId,
      at: after.updatedAt,
      action,
      subject: {
        type: 'match',
        id: after._id,
        listingIds: [after.needListingId, after.offerListingId],
        orgIds: [after.needOrgId, after.offerOrgId],
      },
      before: workflowSnapshot(before),
      after: workflowSnapshot(after),
    });
  }

  // A ranking leaves out the listing's own organisation, so for an anonymous listing it would hint
  // at who is behind it: only those the anonymity rule lets name the listing get its candidates.
  private async mayName(listing: ListingRecord, orgIds: readonly string[]): Promise<boolean> {
    const member = orgIds.includes(listing.orgId);
    const revealedByMatch = listing.anonymous && !member && orgIds.length > 0 && (await this.deps.matches.revealedTo([listing], orgIds)).has(listing._id);
    return mayNameParty(listing, { member, revealedByMatch });
  }

  /** The match and the caller's side; 404 for people on neither side, 403 for a side they cannot act for. */
  private async visibleMatch(user: PublicUser, id: string, orgId?: string) {
    const match = await this.deps.matches.find(id);
    const orgIds = await this.deps.memberships.orgIdsOf(user.id);
    const anySide = match ? sideOf(match, orgIds) : null;
    if (!match || !anySide) throw new NotFoundError('Match');
    const side = orgId === undefined ? anySide : sideOf(match, orgIds, orgId);
    if (!side) throw new ForbiddenError('You can act only for an organisation of this match that you belong to');
    return { match, orgIds, side };
  }

  private async viewFor(match: MatchRecord, side: 'need' | 'offer', orgIds: string[], lang: Lang): Promise<MatchView> {
    const context = await this.deps.presenter.load([match]);
    const view = this.deps.presenter.view(match, side, context, orgIds, lang, this.now());
    if (!view) throw new NotFoundError('Match');
    return view;
  }
}
