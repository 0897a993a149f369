// An organisation's activity trail, for its members only: entries about the organisation and
// its listings, and the entries of matches and deals made on its behalf (acting for it) — never
// what the other side of a match or deal did, which the organisation may not be entitled to see.
import { ACTIVITY_KINDS, type ActivityKind, type ActivityQuery, type OrgActivityPage } from '../../shared/schemas/activity.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { ForbiddenError, NotFoundError } from '../http/index.ts';
import type { Filter } from '../store/index.ts';
import type { ActivityLog } from './activity-log.ts';
import { actorNames, toActivityView, type NameSource } from './activity-view.ts';
import { titleKey, type SubjectTitles } from './subject-titles.ts';

export interface OrgTrailDeps {
  log: ActivityLog;
  users: NameSource;
  orgExists(orgId: string): Promise<boolean>;
  isMember(orgId: string, userId: string): Promise<boolean>;
  titles: SubjectTitles;
}

function scopeOf(orgId: string): Filter {
  return {
    $or: [
      { 'subject.type': { $in: ['org', 'listing'] }, 'subject.orgIds': orgId },
      { 'subject.type': { $in: ['match', 'deal'] }, actingOrgId: orgId },
    ],
  };
}

function kindOf(type: string): ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(type) ? (type as ActivityKind) : 'org';
}

export class OrgTrail {
  constructor(private readonly deps: OrgTrailDeps) {}

  /** Newest first, a page at a time, narrowed by the query's filters; 404 / 403 for unknown orgs and non-members. */
  async page(user: PublicUser, orgId: string, query: ActivityQuery): Promise<OrgActivityPage> {
    if (!(await this.deps.orgExists(orgId))) throw new NotFoundError('Organisation');
    if (!(await this.deps.isMember(orgId, user.id))) throw new ForbiddenError('Only members of the organisation see its activity');
    const { page, pageSize, ...filters } = query;
    const { records, total } = await this.deps.log.pageOf(scopeOf(orgId), { page, pageSize }, filters);
    const subjects = records.map((record) => ({ kind: kindOf(record.subject.type), id: record.subject.id }));
    const [names, titles] = await Promise.all([actorNames(this.deps.users, records), this.deps.titles.of(subjects, orgId)]);
    const activity = records.map((record, index) => ({
      ...toActivityView(record, names),
      subject: { ...subjects[index], title: titles.get(titleKey(subjects[index])) ?? null },
    }));
    return { activity, page, pageSize, total };
  }
}
