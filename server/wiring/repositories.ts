// Every repository of the app, built once over the store; the wiring hands each feature the ones
// it uses, so no feature opens a collection of its own.
import { ActivityLog } from '../activity/index.ts';
import { SessionRepository, UserRepository } from '../auth/index.ts';
import { AuthorshipLog, UpdateLog } from '../collab/index.ts';
import { ChecklistRepository } from '../checklist/index.ts';
import { CommentRepository } from '../comments/index.ts';
import { DataRoomRepository, FileAuditRepository } from '../dataroom/index.ts';
import { DealMemberRepository, DealRepository, NdaRepository, SignoffRepository } from '../deals/index.ts';
import { VersionRepository } from '../history/index.ts';
import { HomeProgressRepository } from '../home/index.ts';
import { InvitationRepository } from '../invitations/index.ts';
import { ListingRepository } from '../listings/index.ts';
import { ExclusionRepository, InterestLedger, MatchRepository, OutreachLimits } from '../matches/index.ts';
import { MeetingRepository } from '../meetings/index.ts';
import { SpamReportRepository } from '../moderation/index.ts';
import { NoteRepository } from '../notes/index.ts';
import { NotificationRepository, PreferenceRepository } from '../notifications/index.ts';
import { MembershipRepository, OrgRepository } from '../orgs/index.ts';
import { ProgressRepository, StageRepository } from '../pipeline/index.ts';
import { QuestionRepository } from '../qa/index.ts';
import type { Store } from '../store/index.ts';

export interface RepositoryOptions {
  /** How long a session lives from sign-in (default 30 days). */
  sessionTtlMs?: number;
}

export function createRepositories(store: Store, options: RepositoryOptions = {}) {
  const updateLog = new UpdateLog(store);
  return {
    users: new UserRepository(store),
    sessions: new SessionRepository(store, { ttlMs: options.sessionTtlMs }),
    updateLog,
    authorship: new AuthorshipLog(store, updateLog),
    notes: new NoteRepository(store),
    orgs: new OrgRepository(store),
    memberships: new MembershipRepository(store),
    listings: new ListingRepository(store),
    matches: new MatchRepository(store),
    exclusions: new ExclusionRepository(store),
    interestAsks: new InterestLedger(store),
    outreachLimits: new OutreachLimits(store),
    spamReports: new SpamReportRepository(store),
    activity: new ActivityLog(store),
    notifications: new NotificationRepository(store),
    preferences: new PreferenceRepository(store),
    invitations: new InvitationRepository(store),
    deals: new DealRepository(store),
    dealMembers: new DealMemberRepository(store),
    ndas: new NdaRepository(store),
    signoffs: new SignoffRepository(store),
    comments: new CommentRepository(store),
    checklists: new ChecklistRepository(store),
    questions: new QuestionRepository(store),
    meetings: new MeetingRepository(store),
    versions: new VersionRepository(store),
    stages: new StageRepository(store),
    progress: new ProgressRepository(store),
    homeProgress: new HomeProgressRepository(store),
    dataRoom: new DataRoomRepository(store),
    fileAudit: new FileAuditRepository(store),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
