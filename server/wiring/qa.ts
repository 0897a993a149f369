// The Q&A feature wired to the deal room: the deal guard (so the NDA gate applies), the members,
// documents for anchors, the notification center, and the data room behind a small port for the
// files questions point at and answers cite.
import type { Router } from 'express';
import type { Clock } from '../clock.ts';
import type { DocRegistry } from '../collab/index.ts';
import type { DealGuard } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { QaExporter, QaNotifier, QaService, QuestionPresenter, QuestionPusher, qaRoutes, type QaFilePort } from '../qa/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { Repositories } from './repositories.ts';

export interface QaWiring {
  repos: Repositories;
  guard: DealGuard;
  registry: DocRegistry;
  io: AppSocketServer;
  notifications: NotificationPort;
  logger: Logger;
  /** The data room's files; until it is wired, no file id is known. */
  files?: QaFilePort;
  clock?: Clock;
}

const NO_DATA_ROOM: QaFilePort = { unknownFileIds: async (_user, _dealId, fileIds) => [...fileIds] };

export function createQa(deps: QaWiring): { service: QaService; routes: Router } {
  const { repos, io } = deps;
  const presenter = new QuestionPresenter(repos.users);
  const service = new QaService({
    questions: repos.questions,
    guard: deps.guard,
    members: repos.dealMembers,
    presenter,
    pusher: new QuestionPusher(io, repos.dealMembers, repos.questions, presenter),
    notifier: new QaNotifier(repos.dealMembers, deps.notifications, deps.logger),
    registry: deps.registry,
    files: deps.files ?? NO_DATA_ROOM,
    clock: deps.clock,
  });
  return { service, routes: qaRoutes(service, new QaExporter(service)) };
}
