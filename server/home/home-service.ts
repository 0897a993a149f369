// The signed-in home, gathered from the features that own each part and limited to what the
// caller may see: their organisations, their inbox (masked by the anonymity rule), the deals they
// are a member of, and the dashboard they have access to.
import { isClosedStage } from '../../shared/pipeline/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { HomeDealItem, HomeList, HomeMatchItem, HomePipelineView, HomeView } from '../../shared/schemas/home.ts';
import type { MatchView } from '../../shared/schemas/matches.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { ndaPending, type DealMemberRecord, type DealMemberRepository, type DealRecord, type DealRepository } from '../deals/index.ts';
import type { ListingRepository } from '../listings/index.ts';
import type { MatchService } from '../matches/index.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import type { ProgressRepository } from '../pipeline/index.ts';
import { firstRun } from './first-run.ts';
import type { HomeProgressRepository } from './home-progress-repository.ts';
import { openQuestions, type QuestionPorts } from './open-questions.ts';
import { pendingSignoffs, type SignoffPorts } from './pending-signoffs.ts';

/** Items shown per list; the total says how many more there are. */
export const HOME_LIST_SIZE = 5;
const INBOX_LIMIT = 200;

export interface HomeServiceDeps {
  progress: HomeProgressRepository;
  memberships: Pick<MembershipRepository, 'orgIdsOf'>;
  listings: Pick<ListingRepository, 'count'>;
  matches: Pick<MatchService, 'inbox'>;
  deals: Pick<DealRepository, 'findMany'>;
  dealMembers: Pick<DealMemberRepository, 'dealIdsOf' | 'membersOfMany'>;
  dealProgress: Pick<ProgressRepository, 'findMany'>;
  questions: QuestionPorts;
  signoffs: SignoffPorts;
  /** The pipeline in brief when the caller has the managers' dashboard, else null. */
  pipeline: (user: PublicUser) => Promise<HomePipelineView | null>;
}

function capped<T>(items: readonly T[]): HomeList<T> {
  return { items: items.slice(0, HOME_LIST_SIZE), total: items.length };
}

/** Matches where the other side said it is interested, or both did: they wait for the caller. */
function awaitingMe(inbox: readonly MatchView[]): HomeMatchItem[] {
  return inbox
    .filter((match) => match.state === 'mutual' || (match.state === 'interested' && match.theirInterest && !match.myInterest))
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    .map((match) => ({
      matchId: match.matchId,
      state: match.state,
      score: match.score,
      mine: { id: match.mine.id, title: match.mine.title },
      theirs: { id: match.listing.id, title: match.listing.title },
      myInterest: match.myInterest,
      updatedAt: match.updatedAt,
    }));
}

export class HomeService {
  constructor(private readonly deps: HomeServiceDeps) {}

  async view(user: PublicUser, lang: Lang): Promise<HomeView> {
    const orgIds = await this.deps.memberships.orgIdsOf(user.id);
    const [listings, matchesSeen, page, deals, pipeline] = await Promise.all([
      orgIds.length > 0 ? this.deps.listings.count({ orgId: { $in: orgIds } }) : 0,
      this.deps.progress.matchesSeen(user.id),
      this.deps.matches.inbox(user, { lang, limit: INBOX_LIMIT, offset: 0, sort: 'updated' }),
      this.openDeals(user),
      this.deps.pipeline(user),
    ]);
    const inbox = page.matches;
    const mine = await this.myMemberships(user, deals);
    // A deal whose NDA waits for the caller shows under its title only, none of its content.
    const readable = deals.filter((deal) => mine.some((member) => member.dealId === deal._id && !ndaPending(deal, member)));
    const [questions, signoffs, recent] = await Promise.all([
      openQuestions(this.deps.questions, readable, user.id),
      pendingSignoffs(this.deps.signoffs, readable, mine),
      this.recentDeals(deals),
    ]);
    return {
      firstRun: firstRun({ orgIds, listings, matchesSeen, inbox, matches: page.total }),
      interest: capped(awaitingMe(inbox)),
      questions: capped(questions),
      signoffs: capped(signoffs),
      deals: capped(recent),
      pipeline,
    };
  }

  async markMatchesSeen(user: PublicUser): Promise<void> {
    await this.deps.progress.markMatchesSeen(user.id, new Date());
  }

  private async openDeals(user: PublicUser): Promise<DealRecord[]> {
    const deals = await this.deps.deals.findMany(await this.deps.dealMembers.dealIdsOf(user.id));
    return deals.filter((deal) => !isClosedStage(deal.stage));
  }

  private async myMemberships(user: PublicUser, deals: readonly DealRecord[]): Promise<DealMemberRecord[]> {
    const members = await this.deps.dealMembers.membersOfMany(deals.map((deal) => deal._id));
    return members.filter((member) => member.userId === user.id);
  }

  /** Open deals, latest activity (documents or record) first. */
  private async recentDeals(deals: readonly DealRecord[]): Promise<HomeDealItem[]> {
    const progress = await this.deps.dealProgress.findMany(deals.map((deal) => deal._id));
    const lastActivity = new Map(progress.map((record) => [record._id, new Date(record.lastActivityAt)]));
    return deals
      .map((deal) => {
        const at = lastActivity.get(deal._id) ?? new Date(deal.updatedAt);
        const updated = new Date(deal.updatedAt);
        return { dealId: deal._id, title: deal.title, stage: deal.stage, lastActivityAt: (updated > at ? updated : at).toISOString() };
      })
      .sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt));
  }
}
