// Builds dashboard rows for many deals with a handful of batched reads: members, advisers' names,
// organisations, listings, progress figures, stage history and Q&A counts.
import type { DashboardRow, QuestionCounts, StageStint } from '../../shared/schemas/dashboard.ts';
import type { UserRepository } from '../auth/index.ts';
import type { DealMemberRecord, DealMemberRepository, DealRecord, DealRepository } from '../deals/index.ts';
import type { ListingRecord, ListingRepository } from '../listings/index.ts';
import type { OrgRecord, OrgRepository } from '../orgs/index.ts';
import { progressView, type ProgressRecord, type ProgressRepository, stageState, type StageEventRecord, type StageRepository } from '../pipeline/index.ts';

const DAY_MS = 86_400_000;
/**
 * Past this many deals, reading every record and keeping the wanted ones beats an `$in` query:
 * the embedded engine checks each candidate against the whole `$in` list (quadratic).
 */
const IN_QUERY_LIMIT = 200;

export interface RowSources {
  deals: DealRepository;
  members: DealMemberRepository;
  users: UserRepository;
  orgs: OrgRepository;
  listings: ListingRepository;
  progress: ProgressRepository;
  stages: StageRepository;
  /** Questions waiting for an answer per deal (every deal when null), overdue by the deal rooms' clock. */
  questionCounts: (dealIds: readonly string[] | null) => Promise<Map<string, QuestionCounts>>;
}

const NO_QUESTIONS: QuestionCounts = { open: 0, overdue: 0 };

interface Batch {
  members: Map<string, DealMemberRecord[]>;
  names: Map<string, string>;
  orgs: Map<string, OrgRecord>;
  listings: Map<string, ListingRecord>;
  progress: Map<string, ProgressRecord>;
  history: Map<string, StageEventRecord[]>;
  questions: Map<string, QuestionCounts>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

/** Finished stints: from creation (or the previous move) to each move. */
function stintsOf(deal: DealRecord, history: readonly StageEventRecord[]): StageStint[] {
  let since = new Date(deal.createdAt).getTime();
  return history.map((event) => {
    const at = new Date(event.at).getTime();
    const stint = { stage: event.from ?? deal.stage, days: Math.round(((at - since) / DAY_MS) * 10) / 10 };
    since = at;
    return stint;
  });
}

/**
 * Origin is the first organisation's region; destination the second's when it differs, or else the
 * first region a listing targets that differs from the origin. Null without both: two firms of one
 * city are no corridor ("Guangzhou → Guangzhou").
 */
function corridorOf(orgs: OrgRecord[], listings: ListingRecord[]): DashboardRow['corridor'] {
  const origin = orgs[0]?.region;
  const elsewhere = (region: string | undefined) => region !== undefined && region !== origin;
  const destination = [orgs[1]?.region, ...listings.flatMap((listing) => listing.regions)].find(elsewhere);
  return origin && destination ? { origin, destination } : null;
}

function rowOf(deal: DealRecord, batch: Batch, now: number): DashboardRow {
  const orgs = deal.orgIds.flatMap((id) => batch.orgs.get(id) ?? []);
  const listings = deal.listingIds.flatMap((id) => batch.listings.get(id) ?? []);
  const sectorSource = listings.length > 0 ? listings.flatMap((listing) => listing.sectors) : orgs.flatMap((org) => org.sectors);
  const history = batch.history.get(deal._id) ?? [];
  const advisers = (batch.members.get(deal._id) ?? []).filter((member) => member.role === 'adviser');
  return {
    id: deal._id,
    title: deal.title,
    type: deal.type,
    stage: deal.stage,
    stageSince: stageState(deal, history).since.toISOString(),
    orgs: orgs.map((org) => ({ id: org._id, name: org.name })),
    sectors: [...new Set(sectorSource)],
    corridor: corridorOf(orgs, listings),
    advisers: advisers.map((member) => ({ id: member.userId, name: batch.names.get(member.userId) ?? 'Former user' })),
    progress: progressView(batch.progress.get(deal._id) ?? null, deal.updatedAt, now),
    stints: stintsOf(deal, history),
    questions: batch.questions.get(deal._id) ?? NO_QUESTIONS,
    updatedAt: new Date(deal.updatedAt).toISOString(),
  };
}

export class DashboardRows {
  constructor(private readonly sources: RowSources) {}

  /** Rows of the given deals (every deal when `dealIds` is null), most recently changed first. */
  async rows(dealIds: readonly string[] | null, now = Date.now()): Promise<DashboardRow[]> {
    const { sources } = this;
    const ids = dealIds && dealIds.length <= IN_QUERY_LIMIT ? dealIds : null;
    const wanted = dealIds && !ids ? new Set(dealIds) : null;
    const keep = <T>(records: T[], dealIdOf: (record: T) => string) => (wanted ? records.filter((record) => wanted.has(dealIdOf(record))) : records);
    const deals = keep(ids ? await sources.deals.findMany(ids) : await sources.deals.all(), (deal) => deal._id);
    const [members, progress, history, orgs, listings, questions] = await Promise.all([
      sources.members.membersOfMany(ids).then((found) => keep(found, (member) => member.dealId)),
      sources.progress.findMany(ids).then((found) => keep(found, (record) => record._id)),
      sources.stages.historyOfMany(ids).then((found) => keep(found, (event) => event.dealId)),
      sources.orgs.findMany([...new Set(deals.flatMap((deal) => deal.orgIds))]),
      sources.listings.findMany([...new Set(deals.flatMap((deal) => deal.listingIds))]),
      sources.questionCounts(ids),
    ]);
    const adviserIds = [...new Set(members.filter((member) => member.role === 'adviser').map((member) => member.userId))];
    const users = adviserIds.length > 0 ? await sources.users.findByIds(adviserIds) : [];
    const batch: Batch = {
      members: groupBy(members, (member) => member.dealId),
      names: new Map(users.map((user) => [user._id, user.name])),
      orgs,
      listings,
      progress: new Map(progress.map((record) => [record._id, record])),
      history: groupBy(history, (event) => event.dealId),
      questions,
    };
    return deals.map((deal) => rowOf(deal, batch, now));
  }

  async row(dealId: string): Promise<DashboardRow | null> {
    return (await this.rows([dealId]))[0] ?? null;
  }
}
