// Spam moderation: members report an organisation (directly, or through one of its listings so an
// anonymous listing's organisation is never revealed to the reporter); instance admins see the
// reported organisations with their counts and suspend or reinstate one. Suspension takes the
// organisation's listings out of matching, the marketplace and others' inboxes; lifting it brings
// them back with their matches.
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ReportedOrgList, ReportedOrgView, SpamReportBody, SpamReportReceipt, SuspensionView } from '../../shared/schemas/moderation.ts';
import type { Clock } from '../clock.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { isLive, type ListingRepository, type ListingService } from '../listings/index.ts';
import type { MembershipRepository, OrgRepository } from '../orgs/index.ts';
import { DuplicateKeyError } from '../store/index.ts';
import type { SpamReportRecord, SpamReportRepository } from './report-repository.ts';

export interface ModerationDeps {
  reports: SpamReportRepository;
  orgs: OrgRepository;
  memberships: Pick<MembershipRepository, 'orgIdsOf'>;
  listings: Pick<ListingRepository, 'find' | 'findMany'>;
  /** Retires and restores an organisation's listings. */
  listingService: Pick<ListingService, 'retireOrg' | 'restoreOrg'>;
  isAdmin: (user: PublicUser) => boolean;
  clock: Clock;
}

export class ModerationService {
  constructor(private readonly deps: ModerationDeps) {}

  async report(user: PublicUser, body: SpamReportBody): Promise<SpamReportReceipt> {
    const ownOrgIds = await this.deps.memberships.orgIdsOf(user.id);
    if (ownOrgIds.length === 0) throw new ForbiddenError('Only members of an organisation can report spam');
    const { orgId, listingId } = await this.target(body);
    if (ownOrgIds.includes(orgId)) throw new AppError(ErrorCode.BadRequest, 'You cannot report your own organisation');
    const report: SpamReportRecord = { _id: randomUUID(), key: `${orgId}:${user.id}`, orgId, reporterId: user.id, listingId, reason: body.reason, createdAt: this.deps.clock() };
    try {
      await this.deps.reports.insert(report);
    } catch (error) {
      // Worded alike for both ways of reporting, so a listing's report never tells whose it is.
      if (error instanceof DuplicateKeyError) throw new ConflictError('You have already reported this');
      throw error;
    }
    return { id: report._id, createdAt: report.createdAt.toISOString() };
  }

  /** Reported organisations, most reported first (instance admins). */
  async reported(user: PublicUser): Promise<ReportedOrgList> {
    this.requireAdmin(user);
    const reports = await this.deps.reports.all();
    const byOrg = new Map<string, SpamReportRecord[]>();
    for (const report of reports) byOrg.set(report.orgId, [...(byOrg.get(report.orgId) ?? []), report]);
    const [orgs, listings] = await Promise.all([this.deps.orgs.findMany([...byOrg.keys()]), this.deps.listings.findMany(reports.flatMap((report) => report.listingId ?? []))]);
    const views: ReportedOrgView[] = [...byOrg].flatMap(([orgId, own]) => {
      const org = orgs.get(orgId);
      if (!org) return [];
      return [{
        org: { id: org._id, name: org.name },
        reports: own.length,
        suspended: org.suspended === true,
        lastReportedAt: own[0].createdAt.toISOString(),
        reasons: own.map((report) => ({ reason: report.reason, createdAt: report.createdAt.toISOString(), listingTitle: (report.listingId && listings.get(report.listingId)?.title) || null })),
      }];
    });
    return { orgs: views.sort((a, b) => b.reports - a.reports || b.lastReportedAt.localeCompare(a.lastReportedAt)) };
  }

  /** Suspends or reinstates an organisation (instance admins); doing it twice changes nothing. */
  async setSuspended(user: PublicUser, orgId: string, suspended: boolean): Promise<SuspensionView> {
    this.requireAdmin(user);
    const org = await this.deps.orgs.find(orgId);
    if (!org) throw new NotFoundError('Organisation');
    if ((org.suspended === true) !== suspended) {
      await this.deps.orgs.setSuspended(orgId, suspended);
      if (suspended) await this.deps.listingService.retireOrg(orgId);
      else await this.deps.listingService.restoreOrg(orgId);
    }
    return { orgId, suspended };
  }

  /** The organisation a report is about; a listing must be live to be reported. */
  private async target(body: SpamReportBody): Promise<{ orgId: string; listingId: string | null }> {
    if ('orgId' in body) {
      if (!(await this.deps.orgs.find(body.orgId))) throw new NotFoundError('Organisation');
      return { orgId: body.orgId, listingId: null };
    }
    const listing = await this.deps.listings.find(body.listingId);
    if (!listing || !isLive(listing, this.deps.clock())) throw new NotFoundError('Listing');
    return { orgId: listing.orgId, listingId: listing._id };
  }

  private requireAdmin(user: PublicUser): void {
    if (!this.deps.isAdmin(user)) throw new ForbiddenError('Only instance admins moderate organisations');
  }
}
