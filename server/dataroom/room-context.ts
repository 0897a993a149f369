// What every data-room command starts from: the caller's membership (via the deals feature's
// guard, which also enforces the NDA), the deal's folders and the caller's rights in each. A
// folder or file the caller may not view is reported missing, so its existence is not revealed.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DealGuard, DealMemberRecord, DealRecord } from '../deals/index.ts';
import { NotFoundError } from '../http/index.ts';
import type { DataRoomRepository, FileRecord, FolderRecord } from './dataroom-repository.ts';
import { rightsByFolder, type FolderRights } from './folder-access.ts';

export class RoomContext {
  constructor(
    readonly deal: DealRecord,
    readonly member: DealMemberRecord,
    /** Every folder, deleted ones included (trail entries still name them). */
    readonly allFolders: FolderRecord[],
    private readonly rights: Map<string, FolderRights>,
  ) {}

  get folders(): FolderRecord[] {
    return this.allFolders.filter((folder) => !folder.deleted);
  }

  rightsIn(folderId: string): FolderRights {
    return this.rights.get(folderId) ?? { view: false, download: false, upload: false };
  }

  /** A live folder the caller may view, else 404. */
  viewableFolder(folderId: string): FolderRecord {
    const folder = this.folders.find((candidate) => candidate._id === folderId);
    if (!folder || !this.rightsIn(folderId).view) throw new NotFoundError('Folder');
    return folder;
  }
}

export class RoomContexts {
  constructor(
    private readonly guard: DealGuard,
    private readonly repo: DataRoomRepository,
  ) {}

  async load(user: PublicUser, dealId: string): Promise<RoomContext> {
    const { deal, member } = await this.guard.member(user, dealId);
    return this.forMember(deal, member);
  }

  async forMember(deal: DealRecord, member: DealMemberRecord): Promise<RoomContext> {
    const folders = await this.repo.foldersOf(deal._id);
    return new RoomContext(deal, member, folders, rightsByFolder(member, folders));
  }

  /** A file in a folder the caller may view, else 404. */
  async viewableFile(context: RoomContext, fileId: string): Promise<FileRecord> {
    const file = await this.repo.findFile(context.deal._id, fileId);
    if (!file || !context.rightsIn(file.folderId).view) throw new NotFoundError('File');
    return file;
  }
}
