// The folder tree as the listing gives it (a flat list with parent ids): children, the path from
// the top to a folder for the breadcrumb, and every folder in tree order for pickers.
import type { FileView, FolderView } from '../../../shared/schemas/dataroom.ts';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function childFolders(folders: readonly FolderView[], parentId: string | null): FolderView[] {
  return folders.filter((folder) => folder.parentId === parentId).sort(byName);
}

export function filesIn(files: readonly FileView[], folderId: string | null): FileView[] {
  return files.filter((file) => file.folderId === folderId).sort(byName);
}

/** From the top-level folder down to `folderId`; empty at the top or for a folder I cannot see. */
export function folderPath(folders: readonly FolderView[], folderId: string | null): FolderView[] {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const path: FolderView[] = [];
  // A parent I may not view is missing from the list: the path then starts below it.
  for (let folder = folderId ? byId.get(folderId) : undefined; folder && !path.includes(folder); folder = folder.parentId ? byId.get(folder.parentId) : undefined) {
    path.unshift(folder);
  }
  return path;
}

export interface TreeEntry {
  folder: FolderView;
  depth: number;
}

/** Every folder, parents before children, siblings by name, with its depth (for an indented picker). */
export function folderTree(folders: readonly FolderView[]): TreeEntry[] {
  const known = new Set(folders.map((folder) => folder.id));
  const roots = folders.filter((folder) => folder.parentId === null || !known.has(folder.parentId)).sort(byName);
  const entries: TreeEntry[] = [];
  const visit = (folder: FolderView, depth: number) => {
    entries.push({ folder, depth });
    for (const child of childFolders(folders, folder.id)) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return entries;
}
