// Uploads: a new file or a new version, streamed into the blob store with the limits checked from
// Content-Length up front and again while the bytes flow, the type checked from the content, and
// the metadata written only once the blob is durable. The client's upload id names the version,
// so a retry of an upload that was stored answers what it stored instead of storing it again.
import type { Readable } from 'node:stream';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { FileView, UploadQuery } from '../../shared/schemas/dataroom.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { systemClock, type Clock } from '../clock.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { DuplicateKeyError } from '../store/index.ts';
import type { BlobStore, StagedBlob } from './blobs/blob-store.ts';
import { judgeContentType } from './content-type.ts';
import type { DataRoomService } from './dataroom-service.ts';
import { fileIdFor, versionIdOf, type DataRoomRepository, type FileRecord, type VersionRecord } from './dataroom-repository.ts';
import type { RoomContext, RoomContexts } from './room-context.ts';

export interface FileLimits {
  /** Largest single file (FILE_MAX_BYTES). */
  fileMaxBytes: number;
  /** Most bytes all versions of all files of one deal may hold together (DEAL_FILES_MAX_BYTES). */
  dealMaxBytes: number;
}

export interface UploadServiceDeps {
  repo: DataRoomRepository;
  contexts: RoomContexts;
  rooms: DataRoomService;
  blobs: BlobStore;
  limits: FileLimits;
  clock?: Clock;
}

export interface UploadResult {
  file: FileView;
  /** False when this upload id had already been stored (a retry). */
  created: boolean;
}

interface Target {
  /** The file receiving a version, or null for a new file. */
  file: FileRecord | null;
  folderId: string;
  name: string;
}

function tooLarge(message: string, max: number): AppError {
  return new AppError(ErrorCode.PayloadTooLarge, message, { max, unit: 'bytes' });
}

const MIB = 1024 * 1024;
function mib(bytes: number): string {
  return `${Math.floor(bytes / MIB).toLocaleString('en')} MiB`;
}

export class UploadService {
  private readonly clock: Clock;

  constructor(private readonly deps: UploadServiceDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  /** Everything that can be refused before a byte is read: access, a retry, the declared size. */
  async prepare(user: PublicUser, dealId: string, uploadId: string, query: UploadQuery, declaredBytes: number | null) {
    const context = await this.deps.contexts.load(user, dealId);
    const target = await this.targetOf(context, query);
    if (!context.rightsIn(target.folderId).upload) throw new ForbiddenError('You may not upload to this folder');
    const stored = await this.deps.repo.findVersion(versionIdOf(dealId, uploadId));
    if (stored) return { context, target, stored: await this.storedAnswer(context, stored, user) };
    if (declaredBytes === 0) throw new AppError(ErrorCode.BadRequest, 'The file is empty');
    const room = await this.roomLeft(dealId);
    this.checkSize(declaredBytes ?? 0, room);
    return { context, target, stored: null, maxBytes: Math.min(this.deps.limits.fileMaxBytes, room) };
  }

  async upload(user: PublicUser, dealId: string, uploadId: string, query: UploadQuery, body: Readable, declaredBytes: number | null): Promise<UploadResult> {
    const prepared = await this.prepare(user, dealId, uploadId, query, declaredBytes);
    if (prepared.stored) return { file: prepared.stored, created: false };
    const { context, target } = prepared;
    const room = prepared.maxBytes ?? 0;
    const staged = await this.deps.blobs.stage(body, { maxBytes: room, tooLarge: () => this.sizeError(room) });
    const mime = await this.checkStaged(staged, target.name);
    await staged.commit();
    return this.record(context, user, uploadId, target, staged, mime);
  }

  private async targetOf(context: RoomContext, query: UploadQuery): Promise<Target> {
    if ('fileId' in query) {
      const file = await this.deps.contexts.viewableFile(context, query.fileId);
      return { file, folderId: file.folderId, name: file.name };
    }
    context.viewableFolder(query.folderId);
    return { file: null, folderId: query.folderId, name: query.name };
  }

  /** A retry of a stored upload by the same person answers the file; someone else's upload id is a conflict. */
  private async storedAnswer(context: RoomContext, stored: VersionRecord, user: PublicUser): Promise<FileView> {
    if (stored.uploadedBy !== user.id) throw new ConflictError('That upload id is taken; choose another');
    const file = await this.deps.repo.findFile(context.deal._id, stored.fileId);
    if (!file) throw new NotFoundError('File');
    return this.deps.rooms.fileView(context, file);
  }

  /** Bytes the deal may still take. */
  private async roomLeft(dealId: string): Promise<number> {
    const used = (await this.deps.repo.versionsOfDeal(dealId)).reduce((sum, version) => sum + version.size, 0);
    return Math.max(0, this.deps.limits.dealMaxBytes - used);
  }

  private checkSize(bytes: number, room: number): void {
    if (bytes > this.deps.limits.fileMaxBytes || bytes > room) throw this.sizeError(room);
  }

  private sizeError(room: number): AppError {
    const { fileMaxBytes, dealMaxBytes } = this.deps.limits;
    if (room < fileMaxBytes) return tooLarge(`The deal's files may hold ${mib(dealMaxBytes)} in all; ${mib(room)} are left`, room);
    return tooLarge(`A file may be at most ${mib(fileMaxBytes)}`, fileMaxBytes);
  }

  /** Refuses (and drops) an empty upload or one whose content is not what its name says. */
  private async checkStaged(staged: StagedBlob, name: string): Promise<string> {
    if (staged.size === 0) {
      await staged.discard();
      throw new AppError(ErrorCode.BadRequest, 'The file is empty');
    }
    const verdict = await judgeContentType(staged.head, name);
    if (verdict.ok) return verdict.mime;
    await staged.discard();
    throw new AppError(
      ErrorCode.UnsupportedMediaType,
      verdict.reason === 'executable' ? 'Programs cannot be uploaded to a data room' : `The content of “${name}” is not what its name says`,
    );
  }

  /** The metadata, written after the blob is durable; safe to redo after a crash between its two writes. */
  private async record(context: RoomContext, user: PublicUser, uploadId: string, target: Target, staged: StagedBlob, mime: string): Promise<UploadResult> {
    const dealId = context.deal._id;
    const now = this.clock();
    const file: FileRecord = target.file ?? { _id: fileIdFor(dealId, uploadId), dealId, folderId: target.folderId, name: target.name, createdBy: user.id, createdAt: now };
    if (!target.file) await this.deps.repo.insertFile(file).catch(ignoreDuplicate);
    const version: VersionRecord = { _id: versionIdOf(dealId, uploadId), dealId, fileId: file._id, sha256: staged.sha256, size: staged.size, mime, uploadedBy: user.id, uploadedAt: now };
    try {
      await this.deps.repo.insertVersion(version);
    } catch (error) {
      // The same upload id, retried at the same moment: the other request stored it.
      if (!(error instanceof DuplicateKeyError)) throw error;
      return { file: await this.deps.rooms.fileView(context, file), created: false };
    }
    const view = await this.deps.rooms.fileView(context, file);
    const data = { fileId: file._id, name: file.name, folderId: file.folderId, version: view.current.version, size: staged.size, mime };
    await this.deps.rooms.announce(context, user, target.file ? { action: 'file.version-added', before: null, after: data } : { action: 'file.uploaded', before: null, after: data }, [file.folderId]);
    return { file: view, created: true };
  }
}

function ignoreDuplicate(error: unknown): void {
  if (!(error instanceof DuplicateKeyError)) throw error;
}
