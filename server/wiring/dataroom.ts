// The data room wired beside the deal rooms: its repositories and blob store, the deals feature's
// guard (membership and NDA) and trail, and the restriction that keeps file entries from members
// who may not view their folders.
import type { ApiRouter } from '../http/index.ts';
import type { Clock } from '../clock.ts';
import {
  DataRoomEvents,
  DataRoomPresenter,
  DataRoomService,
  FileReads,
  RoomContexts,
  UploadService,
  dataRoomRoutes,
  trailRestriction,
  type BlobStore,
  type FileLimits,
} from '../dataroom/index.ts';
import type { DealActivity, DealGuard } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { Repositories } from './repositories.ts';

export interface DataRoomDeps {
  repos: Repositories;
  blobs: BlobStore;
  guard: DealGuard;
  activity: DealActivity;
  io: AppSocketServer;
  logger: Logger;
  limits: FileLimits;
  clock?: Clock;
}

export interface DataRoom {
  routes: ApiRouter;
  /** The listing as a member sees it (for the deal export). */
  rooms: DataRoomService;
}

export function createDataRoom(deps: DataRoomDeps): DataRoom {
  const { repos, blobs, guard, activity, io, logger, limits, clock } = deps;
  const repo = repos.dataRoom;
  const contexts = new RoomContexts(guard, repo);
  const presenter = new DataRoomPresenter(repos.users);
  const events = new DataRoomEvents({ io, members: repos.dealMembers, repo, activity, logger });
  const rooms = new DataRoomService({ repo, contexts, presenter, events, blobs, clock });
  const uploads = new UploadService({ repo, contexts, rooms, blobs, limits, clock });
  const reads = new FileReads({ repo, audit: repos.fileAudit, contexts, presenter, clock });
  activity.restrict(trailRestriction(repo));
  return { routes: dataRoomRoutes({ rooms, uploads, reads, blobs }), rooms };
}
