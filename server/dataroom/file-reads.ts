// Opening a file's bytes (to view inline or to download) and the audit of who did: a view needs
// view rights and a type the browser can show; a download needs download rights (`view_only`
// otherwise). Owners and managers read the audit, only of files they may view themselves.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { isViewableMime, type FileAuditKind, type FileAuditView } from '../../shared/schemas/dataroom.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { systemClock, type Clock } from '../clock.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import type { FileAuditRecord, FileAuditRepository } from './audit-repository.ts';
import type { DataRoomPresenter } from './dataroom-presenter.ts';
import type { DataRoomRepository, FileRecord, VersionRecord } from './dataroom-repository.ts';
import type { RoomContext, RoomContexts } from './room-context.ts';

export interface OpenedFile {
  file: FileRecord;
  version: VersionRecord;
  number: number;
  /** Records the view or download; called once the bytes are about to be served. */
  record(): Promise<void>;
}

export interface FileReadDeps {
  repo: DataRoomRepository;
  audit: FileAuditRepository;
  contexts: RoomContexts;
  presenter: DataRoomPresenter;
  clock?: Clock;
}

export class FileReads {
  private readonly clock: Clock;

  constructor(private readonly deps: FileReadDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  async open(user: PublicUser, dealId: string, fileId: string, versionNumber: number | undefined, kind: FileAuditKind): Promise<OpenedFile> {
    const context = await this.deps.contexts.load(user, dealId);
    const file = await this.deps.contexts.viewableFile(context, fileId);
    const versions = await this.deps.repo.versionsOf(fileId);
    const number = versionNumber ?? versions.length;
    const version = versions[number - 1];
    if (!version) throw new NotFoundError('Version');
    if (kind === 'download' && !context.rightsIn(file.folderId).download) {
      throw new AppError(ErrorCode.ViewOnly, 'This file can be viewed but not downloaded');
    }
    if (kind === 'view' && !isViewableMime(version.mime)) {
      throw new AppError(ErrorCode.UnsupportedMediaType, 'Only PDFs and images can be viewed in the browser; download it instead');
    }
    const record = () =>
      this.deps.audit.append({ dealId, fileId, fileName: file.name, version: number, kind, userId: user.id, orgId: context.member.orgId, at: this.clock() });
    return { file, version, number, record };
  }

  async fileAudit(user: PublicUser, dealId: string, fileId: string): Promise<FileAuditView> {
    const context = await this.auditor(user, dealId);
    await this.deps.contexts.viewableFile(context, fileId);
    return this.view(await this.deps.audit.find(dealId, { fileId }));
  }

  /** The deal's views and downloads, of one person when `userId` is given; entries of files the reader may not view are left out. */
  async dealAudit(user: PublicUser, dealId: string, userId?: string): Promise<FileAuditView> {
    const context = await this.auditor(user, dealId);
    const entries = await this.deps.audit.find(dealId, { userId });
    if (context.member.owner) return this.view(entries);
    const files = new Map((await this.deps.repo.filesOf(dealId)).map((file) => [file._id, file]));
    const visible = entries.filter((entry) => {
      const file = files.get(entry.fileId);
      return file !== undefined && context.rightsIn(file.folderId).view;
    });
    return this.view(visible);
  }

  private async auditor(user: PublicUser, dealId: string): Promise<RoomContext> {
    const context = await this.deps.contexts.load(user, dealId);
    if (!context.member.owner && context.member.role !== 'manager') throw new ForbiddenError('Only owners and managers see who opened files');
    return context;
  }

  private async view(entries: FileAuditRecord[]): Promise<FileAuditView> {
    const names = await this.deps.presenter.namesOf(entries.map((entry) => entry.userId));
    return {
      entries: entries.map((entry) => ({
        fileId: entry.fileId,
        fileName: entry.fileName,
        version: entry.version,
        kind: entry.kind,
        user: { id: entry.userId, name: names.get(entry.userId) ?? '' },
        orgId: entry.orgId,
        at: entry.at.toISOString(),
      })),
    };
  }
}
