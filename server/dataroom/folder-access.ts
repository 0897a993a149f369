// Who may do what in a folder, as pure functions of the membership and the folder tree: owners
// everything; anyone else a right the folder's list grants their audience (their organisation's
// side as a party, advisers, managers), and only in folders whose every ancestor they may view.
import type { Audience, FolderAccess, FolderRight } from '../../shared/schemas/dataroom.ts';
import type { DealMemberRecord } from '../deals/index.ts';

export type AccessMember = Pick<DealMemberRecord, 'role' | 'owner' | 'orgId'>;

export interface AccessFolder {
  _id: string;
  parentId: string | null;
  access: FolderAccess;
}

/** Every side, advisers and managers view and download; parties upload. */
export function defaultAccess(orgIds: readonly string[]): FolderAccess {
  const sides: Audience[] = orgIds.map((orgId) => ({ kind: 'org', orgId }));
  return { view: [...sides, { kind: 'advisers' }, { kind: 'managers' }], download: [...sides, { kind: 'advisers' }, { kind: 'managers' }], upload: sides };
}

function inAudience(member: AccessMember, audience: Audience): boolean {
  switch (audience.kind) {
    case 'org':
      return member.role === 'party' && member.orgId === audience.orgId;
    case 'advisers':
      return member.role === 'adviser';
    case 'managers':
      return member.role === 'manager';
  }
}

/** The folder's own grant, ignoring its ancestors. */
function grants(member: AccessMember, access: FolderAccess, right: FolderRight): boolean {
  if (member.owner) return true;
  if (!access.view.some((audience) => inAudience(member, audience))) return false;
  return access[right].some((audience) => inAudience(member, audience));
}

export type FolderRights = Record<FolderRight, boolean>;
const NONE: FolderRights = { view: false, download: false, upload: false };

/**
 * The member's effective rights in every folder of a deal, by id. A folder under one the member
 * may not view (or under a missing one) grants nothing.
 */
export function rightsByFolder(member: AccessMember, folders: readonly AccessFolder[]): Map<string, FolderRights> {
  const byId = new Map(folders.map((folder) => [folder._id, folder]));
  const rights = new Map<string, FolderRights>();
  const resolve = (folder: AccessFolder, depth: number): FolderRights => {
    const known = rights.get(folder._id);
    if (known) return known;
    // Depth guards against a cycle in stored data; moves refuse to make one.
    const parent = folder.parentId === null ? null : byId.get(folder.parentId);
    const parentRights = folder.parentId === null ? null : parent && depth < folders.length ? resolve(parent, depth + 1) : NONE;
    const own: FolderRights = parentRights && !parentRights.view ? NONE : {
      view: grants(member, folder.access, 'view'),
      download: grants(member, folder.access, 'download'),
      upload: grants(member, folder.access, 'upload'),
    };
    rights.set(folder._id, own);
    return own;
  };
  for (const folder of folders) resolve(folder, 0);
  return rights;
}

/** Whether `folderId` is `ancestorId` or lies under it (moving a folder there would make a cycle). */
export function isWithin(folders: readonly AccessFolder[], folderId: string | null, ancestorId: string): boolean {
  const byId = new Map(folders.map((folder) => [folder._id, folder]));
  for (let current = folderId, steps = 0; current !== null && steps <= folders.length; steps += 1) {
    if (current === ancestorId) return true;
    current = byId.get(current)?.parentId ?? null;
  }
  return false;
}
