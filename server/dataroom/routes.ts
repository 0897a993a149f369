// Data-room routes under /api/deals/:id: the listing, folders, uploads (raw bodies, streamed),
// file changes, viewing and downloading, and the audit.
import { ErrorCode } from '../../shared/protocol.ts';
import { PassThrough, type Readable } from 'node:stream';
import type { Request } from 'express';
import {
  CreateFolderBodySchema,
  FileIdSchema,
  FilesAuditQuerySchema,
  FilesQuerySchema,
  FileVersionQuerySchema,
  FolderIdSchema,
  UpdateFileBodySchema,
  UpdateFolderBodySchema,
  UploadIdSchema,
  UploadQuerySchema,
} from '../../shared/schemas/dataroom.ts';
import { DealIdSchema } from '../../shared/schemas/deals.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { BlobStore } from './blobs/blob-store.ts';
import type { DataRoomService } from './dataroom-service.ts';
import { deliver } from './delivery.ts';
import type { FileReads } from './file-reads.ts';
import type { UploadService } from './upload-service.ts';

export interface DataRoomRouteDeps {
  rooms: DataRoomService;
  uploads: UploadService;
  reads: FileReads;
  blobs: BlobStore;
}

const UPLOAD_PATH = /^\/api\/deals\/[^/]+\/files\/uploads\/[^/?]+(\?|$)/;

/** Uploads carry raw bytes of any type: the JSON body parser must leave them to the upload route. */
export function isRawUpload(req: Request): boolean {
  return req.method === 'PUT' && UPLOAD_PATH.test(req.originalUrl);
}

function declaredLength(req: Request): number | null {
  const header = req.headers['content-length'];
  return header === undefined ? null : Number(header);
}

/**
 * The request body as a stream the upload may fail on without tearing down the connection (so a
 * 413 still reaches the client); a request the client abandons fails the stream.
 */
function bodyOf(req: Request): Readable {
  const body = new PassThrough();
  req.pipe(body);
  req.on('close', () => {
    if (!req.complete) body.destroy(new Error('the upload was cut off'));
  });
  return body;
}

export function dataRoomRoutes({ rooms, uploads, reads, blobs }: DataRoomRouteDeps): ApiRouter {
  const router = new ApiRouter({ tag: 'dataroom' });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);

  router.get('/:id/files', { summary: "The data room: folders and files I may see, optionally searched", auth: 'session', params: { id: DealIdSchema }, query: FilesQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await rooms.list(user, dealIdOf(req.params), parseInput(FilesQuerySchema, req.query).q));
  });

  router.post('/:id/folders', { summary: "Create a folder", auth: 'session', params: { id: DealIdSchema }, body: CreateFolderBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await rooms.createFolder(user, dealIdOf(req.params), parseInput(CreateFolderBodySchema, req.body ?? {})));
  });

  router.patch('/:id/folders/:folderId', { summary: "Rename, move or restrict a folder", auth: 'session', params: { folderId: FolderIdSchema, id: DealIdSchema }, body: UpdateFolderBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const folderId = parseInput(FolderIdSchema, req.params.folderId);
    res.json(await rooms.updateFolder(user, dealIdOf(req.params), folderId, parseInput(UpdateFolderBodySchema, req.body ?? {})));
  });

  router.delete('/:id/folders/:folderId', { summary: "Delete an empty folder", auth: 'session', params: { folderId: FolderIdSchema, id: DealIdSchema }, statuses: [204], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    await rooms.deleteFolder(user, dealIdOf(req.params), parseInput(FolderIdSchema, req.params.folderId));
    res.status(204).end();
  });

  router.put('/:id/files/uploads/:uploadId', { summary: "Upload a file (raw body, streamed; the same upload id answers the stored file again)", auth: 'session', params: { uploadId: UploadIdSchema, id: DealIdSchema }, query: UploadQuerySchema, rawBody: 'application/octet-stream', statuses: [200, 201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict, ErrorCode.PayloadTooLarge, ErrorCode.UnsupportedMediaType] }, async (req, res) => {
    const { user } = requireAuth(res);
    // Whatever is refused here, the client may still be sending: close rather than read it all.
    res.set('Connection', 'close');
    const dealId = dealIdOf(req.params);
    const uploadId = parseInput(UploadIdSchema, req.params.uploadId);
    const query = parseInput(UploadQuerySchema, req.query);
    const { file, created } = await uploads.upload(user, dealId, uploadId, query, bodyOf(req), declaredLength(req));
    // A retry answered from what was stored did not read its body.
    if (created) res.removeHeader('Connection');
    res.status(created ? 201 : 200).json(file);
  });

  router.patch('/:id/files/:fileId', { summary: "Rename or move a file", auth: 'session', params: { fileId: FileIdSchema, id: DealIdSchema }, body: UpdateFileBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const fileId = parseInput(FileIdSchema, req.params.fileId);
    res.json(await rooms.updateFile(user, dealIdOf(req.params), fileId, parseInput(UpdateFileBodySchema, req.body ?? {})));
  });

  router.delete('/:id/files/:fileId', { summary: "Delete a file", auth: 'session', params: { fileId: FileIdSchema, id: DealIdSchema }, statuses: [204], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    await rooms.deleteFile(user, dealIdOf(req.params), parseInput(FileIdSchema, req.params.fileId));
    res.status(204).end();
  });

  for (const [path, kind, disposition] of [
    ['view', 'view', 'inline'],
    ['download', 'download', 'attachment'],
  ] as const) {
    router.get(`/:id/files/:fileId/${path}`, { summary: "View (inline) or download (attachment) a file's bytes; ranges supported", auth: 'session', params: { fileId: FileIdSchema, id: DealIdSchema }, query: FileVersionQuerySchema, produces: 'application/octet-stream', errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.ViewOnly, ErrorCode.UnsupportedMediaType] }, async (req, res) => {
      const { user } = requireAuth(res);
      const fileId = parseInput(FileIdSchema, req.params.fileId);
      const { version } = parseInput(FileVersionQuerySchema, req.query);
      await deliver(req, res, await reads.open(user, dealIdOf(req.params), fileId, version, kind), blobs, disposition);
    });
  }

  router.get('/:id/files/:fileId/audit', { summary: "Who viewed and downloaded a file (owners)", auth: 'session', params: { fileId: FileIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await reads.fileAudit(user, dealIdOf(req.params), parseInput(FileIdSchema, req.params.fileId)));
  });

  router.get('/:id/files-audit', { summary: "The data room's audit, optionally for one person (owners)", auth: 'session', params: { id: DealIdSchema }, query: FilesAuditQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await reads.dealAudit(user, dealIdOf(req.params), parseInput(FilesAuditQuerySchema, req.query).user));
  });

  return router;
}
