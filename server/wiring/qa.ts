// The Q&A feature wired to the deal room: the deal guard (so the NDA gate applies), the members,
// documents for anchors, the notification center, and the data room (folder access included) for
// the files questions point at and answers cite.
import type { Clock } from '../clock.ts';
import type { DocRegistry } from '../collab/index.ts';
import { RoomContexts } from '../dataroom/index.ts';
import type { DealGuard } from '../deals/index.ts';
import { ApiRouter, NotFoundError } from '../http/index.ts';
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
  clock?: Clock;
  /** A deal's questions changed: its dashboard row (open and overdue counts) may have too. */
  onQuestionsChanged?: (dealId: string) => void;
}

/** The cited ids that name no file of the deal in a folder the user may view. */
function dataRoomFiles(contexts: RoomContexts): QaFilePort {
  return {
    async unknownFileIds(user, dealId, fileIds) {
      if (fileIds.length === 0) return [];
      const context = await contexts.load(user, dealId);
      const unknown: string[] = [];
      for (const fileId of fileIds) {
        try {
          await contexts.viewableFile(context, fileId);
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
          unknown.push(fileId);
        }
      }
      return unknown;
    },
  };
}

export function createQa(deps: QaWiring): { service: QaService; routes: ApiRouter } {
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
    files: dataRoomFiles(new RoomContexts(deps.guard, repos.dataRoom)),
    clock: deps.clock,
    onChanged: deps.onQuestionsChanged,
  });
  return { service, routes: qaRoutes(service, new QaExporter(service)) };
}
