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
import type { Logger } from '../logger.ts';
import type { MailPort } from '../mail/index.ts';
import {
  MeetingMailer,
  MeetingPresenter,
  MeetingPusher,
  MeetingService,
  meetingNotes,
  meetingNotesAccessResolver,
  meetingReminders,
  meetingRoutes,
  scopedMeetingRoutes,
  type MeetingScopes,
  type ScopeView,
} from '../meetings/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { ReminderSource } from '../reminders/index.ts';
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
  /** Where calendar invitations go. */
  mail: MailPort;
  logger: Logger;
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
  /** Meeting reminders for the reminder sweep. */
  reminders: ReminderSource;
}

/** Everyone a scope's meetings concern now: a deal's members past its NDA, or the members of both sides of a mutual match. */
async function participantsOf(repos: Repositories, scope: MeetingScope): Promise<string[]> {
  if (scope.kind === 'deal') return (await new DealReaders(repos.deals, repos.dealMembers).membersOf(scope.dealId)).map((entry) => entry.userId);
  const match = await repos.matches.find(scope.matchId);
  if (!match || !matchRevealsIdentities(match.state)) return [];
  const members = await repos.memberships.membersOfAny([match.needOrgId, match.offerOrgId]);
  return [...new Set(members.map((entry) => entry.userId))];
}

function meetingScopes(repos: Repositories, registry: DocRegistry): MeetingScopes {
  const guard = new DealGuard(repos.deals, repos.dealMembers);

  async function dealScope(user: PublicUser, dealId: string): Promise<ScopeView> {
    const { member } = await guard.member(user, dealId);
    return { participantIds: await participantsOf(repos, { kind: 'deal', dealId }), notes: docAccessFor(member, 'dossier') };
  }

  async function matchScope(user: PublicUser, matchId: string): Promise<ScopeView> {
    const [match, orgIds] = await Promise.all([repos.matches.find(matchId), repos.memberships.orgIdsOf(user.id)]);
    const onASide = match !== null && (orgIds.includes(match.needOrgId) || orgIds.includes(match.offerOrgId));
    // Before mutual interest the sides do not know each other: no meeting, and no hint there could be one.
    if (!match || !onASide || !matchRevealsIdentities(match.state)) throw new NotFoundError('Match');
    return { participantIds: await participantsOf(repos, { kind: 'match', matchId }), notes: 'write' };
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
    observer: new MeetingMailer(deps.mail, repos.users, deps.logger),
    clock: deps.clock,
  });
  deps.access.register('meeting', meetingNotesAccessResolver((user, meetingId) => service.notesAccess(user, meetingId)));
  const reminders = meetingReminders({ meetings: repos.meetings, users: repos.users, participantsNow: async (scope) => new Set(await participantsOf(repos, scope)) });
  return {
    service,
    reminders,
    routes: meetingRoutes(service),
    dealRoutes: scopedMeetingRoutes(service, (dealId): MeetingScope => ({ kind: 'deal', dealId })),
    matchRoutes: scopedMeetingRoutes(service, (matchId): MeetingScope => ({ kind: 'match', matchId })),
  };
}
