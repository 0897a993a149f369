// Data-room feature: per-deal folders with per-folder access, files with versions, streamed
// uploads and downloads over a content-addressed blob store (files under DATA_DIR or GridFS), and
// the audit of views and downloads. server/wiring/dataroom.ts builds it beside the deal rooms.
export { FILE_AUDIT_INDEXES, FileAuditRepository } from './audit-repository.ts';
export { type BlobStore, type StagedBlob } from './blobs/blob-store.ts';
export { FsBlobStore } from './blobs/fs-blob-store.ts';
export { openBlobStore } from './blobs/open-blob-store.ts';
export { DataRoomEvents } from './dataroom-events.ts';
export { DataRoomPresenter } from './dataroom-presenter.ts';
export { DATAROOM_INDEXES, DataRoomRepository } from './dataroom-repository.ts';
export { DataRoomService } from './dataroom-service.ts';
export { FileReads } from './file-reads.ts';
export { RoomContexts } from './room-context.ts';
export { dataRoomRoutes, isRawUpload } from './routes.ts';
export { trailRestriction } from './trail-restriction.ts';
export { UploadService, type FileLimits } from './upload-service.ts';
