// The deal trail as a member may read it: entries about files and folders name their folders
// (`folderId` before and after), and those naming a folder the member may not view are left out.
import type { TrailRestriction } from '../deals/index.ts';
import type { DataRoomRepository } from './dataroom-repository.ts';
import { rightsByFolder } from './folder-access.ts';

export function trailRestriction(repo: DataRoomRepository): TrailRestriction {
  return async (member, dealId) => {
    if (member.owner) return null;
    const folders = await repo.foldersOf(dealId);
    const rights = rightsByFolder(member, folders);
    const hidden = folders.filter((folder) => !rights.get(folder._id)?.view).map((folder) => folder._id);
    if (hidden.length === 0) return null;
    return { 'before.folderId': { $nin: hidden }, 'after.folderId': { $nin: hidden } };
  };
}
