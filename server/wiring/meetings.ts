// Meetings wired to their scopes: a deal meeting follows the deal guard (members who accepted the
// NDA; notes with the dossier's rights) and takes its agenda from the board's open terms and the
// open Q&A questions; a match meeting belongs to the members of both organisations once interest is
// mutual. Only here do meetings, deals, matches, Q&A and the collaboration documents meet.
import { matchRevealsIdentities } from '../../shared/anonymity.ts';
import { readTerms } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { AgendaItem, MeetingScope } from '../../shared/schemas/meetings.ts';
import type { Clock } from '../clock.ts';
import type { DocAccessPolicy, DocRegistry } from '../collab/index.ts';
import { DealGuard, DealReaders, docAccessFor } from '../deals/index.ts';
import { ApiRouter, NotFoundError } from '../http/index.ts';
import {
  MeetingPresenter,
  MeetingPusher,
  MeetingService,
  meetingNotes,
  meetingNotesAccessResolver,
  meetingRoutes,
  scopedMeetingRoutes,
  type MeetingScopes,
  type ScopeView,
} from '../meetings/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { Repositories } from './repositories.ts';

const OPEN_TERM_STATUSES = new Set(['open', 'proposed', 'blocked']);
const OPEN_QUESTION_STATUSES = new Set(['open', 'drafted']);
/** An agenda longer than this is a backlog, not a meeting's plan. */
const AGENDA_MAX = 20;

export interface MeetingWiring {
  repos: Repositories;
  registry: DocRegistry;
  access: DocAccessPolicy;
  io: AppSocketServer;
  clock?: Clock;
}

export interface Meetings {
  /** /api/meetings. */
  routes: ApiRouter;
  /** /api/deals/:id/meetings. */
  dealRoutes: ApiRouter;
  /** /api/matches/:id/meetings. */
  matchRoutes: ApiRouter;
  service: MeetingService;
}

function meetingScopes(repos: Repositories, registry: DocRegistry): MeetingScopes {
  const guard = new DealGuard(repos.deals, repos.dealMembers);
  const readers = new DealReaders(repos.deals, repos.dealMembers);

  async function dealScope(user: PublicUser, dealId: string): Promise<ScopeView> {
    const { member } = await guard.member(user, dealId);
    const members = await readers.membersOf(dealId);
    return { participantIds: members.map((entry) => entry.userId), notes: docAccessFor(member, 'dossier') };
  }

  async function matchScope(user: PublicUser, matchId: string): Promise<ScopeView> {
    const [match, orgIds] = await Promise.all([repos.matches.find(matchId), repos.memberships.orgIdsOf(user.id)]);
    const onASide = match !== null && (orgIds.includes(match.needOrgId) || orgIds.includes(match.offerOrgId));
    // Before mutual interest the sides do not know each other: no meeting, and no hint there could be one.
    if (!match || !onASide || !matchRevealsIdentities(match.state)) throw new NotFoundError('Match');
    const members = await repos.memberships.membersOfAny([match.needOrgId, match.offerOrgId]);
    return { participantIds: [...new Set(members.map((entry) => entry.userId))], notes: 'write' };
  }

  async function dealAgenda(dealId: string): Promise<AgendaItem[]> {
    const terms = await registry.read(formatDocName('board', dealId), (shared) => readTerms(shared.doc));
    const questions = await repos.questions.questionsOf(dealId);
    return [
      ...terms.filter((term) => OPEN_TERM_STATUSES.has(term.status) && term.title.trim()).map((term): AgendaItem => ({ kind: 'term', id: term.id, title: term.title.trim() })),
      ...questions.filter((question) => OPEN_QUESTION_STATUSES.has(question.status)).map((question): AgendaItem => ({ kind: 'question', id: question._id, number: question.number, title: question.title })),
    ].slice(0, AGENDA_MAX);
  }

  return {
    open: (user, scope) => (scope.kind === 'deal' ? dealScope(user, scope.dealId) : matchScope(user, scope.matchId)),
    agenda: async (scope) => (scope.kind === 'deal' ? dealAgenda(scope.dealId) : []),
  };
}

export function createMeetings(deps: MeetingWiring): Meetings {
  const { repos, registry, io } = deps;
  const presenter = new MeetingPresenter(repos.users);
  const service = new MeetingService({
    meetings: repos.meetings,
    scopes: meetingScopes(repos, registry),
    users: repos.users,
    presenter,
    pusher: new MeetingPusher(io, presenter),
    notes: meetingNotes(registry),
    clock: deps.clock,
  });
  deps.access.register('meeting', meetingNotesAccessResolver((user, meetingId) => service.notesAccess(user, meetingId)));
  return {
    service,
    routes: meetingRoutes(service),
    dealRoutes: scopedMeetingRoutes(service, (dealId): MeetingScope => ({ kind: 'deal', dealId })),
    matchRoutes: scopedMeetingRoutes(service, (matchId): MeetingScope => ({ kind: 'match', matchId })),
  };
}
