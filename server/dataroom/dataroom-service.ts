// The data room's listing and its folder and file commands: who may list, create, rename, move
// and delete what (owners manage folders; a file moves with upload rights on both folders), each
// change recorded in the deal's trail and announced to the room.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { CreateFolderBody, DataRoomView, FileView, FolderAccess, FolderView, UpdateFileBody, UpdateFolderBody } from '../../shared/schemas/dataroom.ts';
import type { StoredActivityDataOf } from '../activity/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { normalise } from '../matching/index.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { BlobStore } from './blobs/blob-store.ts';
import type { DataRoomEvents } from './dataroom-events.ts';
import { DataRoomPresenter, folderView } from './dataroom-presenter.ts';
import { inUploadOrder, type DataRoomRepository, type FileRecord, type FolderRecord, type VersionRecord } from './dataroom-repository.ts';
import { defaultAccess, isWithin } from './folder-access.ts';
import type { RoomContext, RoomContexts } from './room-context.ts';

export interface DataRoomServiceDeps {
  repo: DataRoomRepository;
  contexts: RoomContexts;
  presenter: DataRoomPresenter;
  events: DataRoomEvents;
  blobs: BlobStore;
  clock?: Clock;
}

function byFile(versions: VersionRecord[]): Map<string, VersionRecord[]> {
  const grouped = new Map<string, VersionRecord[]>();
  for (const version of versions) grouped.set(version.fileId, [...(grouped.get(version.fileId) ?? []), version]);
  for (const [fileId, list] of grouped) grouped.set(fileId, inUploadOrder(list));
  return grouped;
}

/** Access lists may name only organisations taking part in the deal. */
function checkAudiences(access: FolderAccess, orgIds: readonly string[]): void {
  const named = [...access.view, ...access.download, ...access.upload];
  const stranger = named.find((audience) => audience.kind === 'org' && !orgIds.includes(audience.orgId));
  if (stranger) throw new AppError(ErrorCode.BadRequest, 'A folder can be opened only to organisations taking part in the deal');
}

function requireOwner(context: RoomContext, what: string): void {
  if (!context.member.owner) throw new ForbiddenError(`Only the deal's owners ${what}`);
}

export class DataRoomService {
  private readonly clock: Clock;

  constructor(private readonly deps: DataRoomServiceDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  /** The folders and files the caller may view; `q` narrows files (and folders) by name, in any script. */
  async list(user: PublicUser, dealId: string, q?: string): Promise<DataRoomView> {
    const context = await this.deps.contexts.load(user, dealId);
    const needle = q ? normalise(q) : '';
    const matches = (name: string) => needle === '' || normalise(name).includes(needle);
    const folders = context.folders.filter((folder) => context.rightsIn(folder._id).view);
    const [files, versions] = await Promise.all([this.deps.repo.filesOf(dealId), this.deps.repo.versionsOfDeal(dealId)]);
    const visible = files.filter((file) => context.rightsIn(file.folderId).view && matches(file.name));
    const grouped = byFile(versions);
    const names = await this.deps.presenter.uploaderNames(visible.flatMap((file) => grouped.get(file._id) ?? []));
    const views = visible
      .map((file) => this.deps.presenter.fileView(file, grouped.get(file._id) ?? [], names, context.rightsIn(file.folderId).download))
      .filter((view) => view !== null);
    return {
      folders: folders.map((folder) => folderView(folder, context.rightsIn(folder._id))),
      files: views,
      canManage: context.member.owner,
    };
  }

  /** One file as the caller sees it (after an upload or a change). */
  async fileView(context: RoomContext, file: FileRecord): Promise<FileView> {
    const versions = await this.deps.repo.versionsOf(file._id);
    const view = this.deps.presenter.fileView(file, versions, await this.deps.presenter.uploaderNames(versions), context.rightsIn(file.folderId).download);
    if (!view) throw new NotFoundError('File');
    return view;
  }

  async createFolder(user: PublicUser, dealId: string, body: CreateFolderBody): Promise<FolderView> {
    const context = await this.deps.contexts.load(user, dealId);
    requireOwner(context, 'create folders');
    if (body.parentId !== null) context.viewableFolder(body.parentId);
    const access = body.access ?? defaultAccess(context.deal.orgIds);
    checkAudiences(access, context.deal.orgIds);
    const folder: FolderRecord = { _id: randomUUID(), dealId, parentId: body.parentId, name: body.name, access, createdBy: user.id, createdAt: this.clock(), deleted: false };
    await this.deps.repo.insertFolder(folder);
    await this.announce(context, user, { action: 'file.folder-created', before: null, after: { folderId: folder._id, name: folder.name, parentId: folder.parentId } }, [folder._id]);
    return folderView(folder, { view: true, download: true, upload: true });
  }

  async updateFolder(user: PublicUser, dealId: string, folderId: string, body: UpdateFolderBody): Promise<FolderView> {
    const context = await this.deps.contexts.load(user, dealId);
    requireOwner(context, 'change folders');
    const folder = context.viewableFolder(folderId);
    const parentId = body.parentId === undefined ? folder.parentId : body.parentId;
    if (parentId !== null) {
      context.viewableFolder(parentId);
      if (isWithin(context.folders, parentId, folderId)) throw new AppError(ErrorCode.BadRequest, 'A folder cannot move into itself or one of its subfolders');
    }
    if (body.access) checkAudiences(body.access, context.deal.orgIds);
    const changes = { name: body.name ?? folder.name, parentId, access: body.access ?? folder.access };
    await this.deps.repo.updateFolder(folderId, changes);
    const before = { folderId, name: folder.name, parentId: folder.parentId };
    await this.announce(context, user, { action: 'file.folder-changed', before, after: { folderId, name: changes.name, parentId, accessChanged: body.access !== undefined } }, [folderId]);
    return folderView({ ...folder, ...changes }, { view: true, download: true, upload: true });
  }

  async deleteFolder(user: PublicUser, dealId: string, folderId: string): Promise<void> {
    const context = await this.deps.contexts.load(user, dealId);
    requireOwner(context, 'delete folders');
    const folder = context.viewableFolder(folderId);
    const hasChildren = context.folders.some((candidate) => candidate.parentId === folderId);
    if (hasChildren || (await this.deps.repo.countFilesIn(folderId)) > 0) throw new ConflictError('Only an empty folder can be deleted');
    await this.deps.repo.updateFolder(folderId, { deleted: true });
    await this.announce(context, user, { action: 'file.folder-deleted', before: { folderId, name: folder.name, parentId: folder.parentId }, after: null }, [folderId]);
  }

  /** Rename and/or move: owners, or members who may upload both where the file is and where it goes. */
  async updateFile(user: PublicUser, dealId: string, fileId: string, body: UpdateFileBody): Promise<FileView> {
    const context = await this.deps.contexts.load(user, dealId);
    const file = await this.deps.contexts.viewableFile(context, fileId);
    const folderId = body.folderId ?? file.folderId;
    context.viewableFolder(folderId);
    if (!context.rightsIn(file.folderId).upload || !context.rightsIn(folderId).upload) throw new ForbiddenError('Moving or renaming a file needs upload rights where it is and where it goes');
    const changed: FileRecord = { ...file, name: body.name ?? file.name, folderId };
    await this.deps.repo.updateFile(fileId, { name: changed.name, folderId });
    const before = { fileId, name: file.name, folderId: file.folderId };
    const after = { fileId, name: changed.name, folderId };
    if (folderId !== file.folderId) await this.announce(context, user, { action: 'file.moved', before, after }, [file.folderId, folderId]);
    if (changed.name !== file.name) await this.announce(context, user, { action: 'file.renamed', before: { ...before, folderId }, after }, [folderId]);
    return this.fileView(context, changed);
  }

  async deleteFile(user: PublicUser, dealId: string, fileId: string): Promise<void> {
    const context = await this.deps.contexts.load(user, dealId);
    const file = await this.deps.contexts.viewableFile(context, fileId);
    requireOwner(context, 'delete files');
    const hashes = await this.deps.repo.deleteFile(fileId);
    // A blob stays while any other version (of any file, any deal) holds the same content.
    for (const sha256 of hashes) if (!(await this.deps.repo.isBlobUsed(sha256))) await this.deps.blobs.remove(sha256);
    await this.announce(context, user, { action: 'file.deleted', before: { fileId, name: file.name, folderId: file.folderId }, after: null }, [file.folderId]);
  }

  /** Trail entry (to those who may see it) and the room's refetch signal. */
  async announce(context: RoomContext, user: PublicUser, data: StoredActivityDataOf<'file'>, folderIds: string[]): Promise<void> {
    // No acting organisation: an organisation's trail has no per-folder check, so file entries stay in the deal's trail.
    await this.deps.events.trail({ actor: user, deal: context.deal, actingOrgId: null, ...data }, folderIds);
    this.deps.events.changed(context.deal._id);
  }
}
