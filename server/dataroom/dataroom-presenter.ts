// Records into the views the API returns: folders with the viewer's rights, files with their
// versions numbered in upload order and named uploaders.
import { isViewableMime, type FileView, type FolderView, type VersionView } from '../../shared/schemas/dataroom.ts';
import type { NameSource } from '../activity/index.ts';
import type { FileRecord, FolderRecord, VersionRecord } from './dataroom-repository.ts';
import type { FolderRights } from './folder-access.ts';

export function folderView(folder: FolderRecord, mine: FolderRights): FolderView {
  return { id: folder._id, parentId: folder.parentId, name: folder.name, access: folder.access, mine };
}

export class DataRoomPresenter {
  constructor(private readonly users: NameSource) {}

  /** Names of everyone who uploaded one of `versions`. */
  uploaderNames(versions: readonly VersionRecord[]): Promise<Map<string, string>> {
    return this.namesOf(versions.map((version) => version.uploadedBy));
  }

  async namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    return new Map((await this.users.findByIds(ids)).map((user) => [user._id, user.name]));
  }

  /** `versions` oldest first (as numbered); null for a file with none yet (an upload interrupted between its two writes). */
  fileView(file: FileRecord, versions: readonly VersionRecord[], names: Map<string, string>, canDownload: boolean): FileView | null {
    if (versions.length === 0) return null;
    const views = versions.map((version, index): VersionView => ({
      version: index + 1,
      size: version.size,
      mime: version.mime,
      sha256: version.sha256,
      uploadedBy: { id: version.uploadedBy, name: names.get(version.uploadedBy) ?? '' },
      uploadedAt: version.uploadedAt.toISOString(),
    }));
    const current = views[views.length - 1];
    return { id: file._id, folderId: file.folderId, name: file.name, current, versions: views.reverse(), canDownload, viewable: isViewableMime(current.mime) };
  }
}
