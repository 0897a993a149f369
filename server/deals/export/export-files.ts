// The data room as an export lists it: each file the exporting member may view, by folder path,
// with every version's size, uploader, time and SHA-256 (so a printed export can vouch for a copy).
import type { PublicUser } from '../../../shared/schemas/auth.ts';
import type { DataRoomView } from '../../../shared/schemas/dataroom.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import { exportDateTime } from './export-dates.ts';

/** A data-room file with its versions (newest first), as the exporting member may see it. */
export interface ExportFile {
  /** Folder path, `Legal / Contracts`. */
  folder: string;
  name: string;
  versions: { version: number; size: string; by: string; at: string; sha256: string }[];
}

/** The data room as the member sees it (the data-room feature). */
export interface FileLister {
  list(user: PublicUser, dealId: string): Promise<DataRoomView>;
}

function sizeText(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function exportFiles(room: DataRoomView, lang: Lang): ExportFile[] {
  const folders = new Map(room.folders.map((folder) => [folder.id, folder]));
  const pathOf = (id: string): string => {
    const names: string[] = [];
    for (let folder = folders.get(id); folder && names.length <= folders.size; folder = folder.parentId ? folders.get(folder.parentId) : undefined) names.unshift(folder.name);
    return names.join(' / ');
  };
  return room.files
    .map((file) => ({
      folder: pathOf(file.folderId),
      name: file.name,
      versions: file.versions.map((version) => ({ version: version.version, size: sizeText(version.size), by: version.uploadedBy.name, at: exportDateTime(version.uploadedAt, lang), sha256: version.sha256 })),
    }))
    .sort((a, b) => a.folder.localeCompare(b.folder) || a.name.localeCompare(b.name));
}
