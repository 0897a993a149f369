// The data room wired beside the deal rooms: its repositories and blob store, the deals feature's
// guard (membership and NDA) and trail, and the restriction that keeps file entries from members
// who may not view their folders.
import path from 'node:path';
import type { Router } from 'express';
import type { Clock } from '../clock.ts';
import {
  DataRoomEvents,
  DataRoomPresenter,
  DataRoomService,
  FileReads,
  FsBlobStore,
  GridFsBlobStore,
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
import { EmbeddedStore, MongoStore, type Store } from '../store/index.ts';
import type { Repositories } from './repositories.ts';

/** GridFS beside MongoDB; files under DATA_DIR/files beside the embedded store. Sweeps what a crash left staged. */
export async function openBlobStore(store: Store, logger: Logger): Promise<BlobStore> {
  let blobs: BlobStore;
  if (store instanceof MongoStore) blobs = new GridFsBlobStore(store.db);
  else if (store instanceof EmbeddedStore) blobs = await FsBlobStore.open(path.join(store.dataDir, 'files'));
  else throw new Error('No blob store for this kind of store: pass one');
  const swept = await blobs.sweepStaging();
  if (swept > 0) logger.info({ swept }, 'dropped uploads a previous run left unfinished');
  return blobs;
}

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

export function createDataRoom(deps: DataRoomDeps): Router {
  const { repos, blobs, guard, activity, io, logger, limits, clock } = deps;
  const repo = repos.dataRoom;
  const contexts = new RoomContexts(guard, repo);
  const presenter = new DataRoomPresenter(repos.users);
  const events = new DataRoomEvents({ io, members: repos.dealMembers, repo, activity, logger });
  const rooms = new DataRoomService({ repo, contexts, presenter, events, blobs, clock });
  const uploads = new UploadService({ repo, contexts, rooms, blobs, limits, clock });
  const reads = new FileReads({ repo, audit: repos.fileAudit, contexts, presenter, clock });
  activity.restrict(trailRestriction(repo));
  return dataRoomRoutes({ rooms, uploads, reads, blobs });
}
