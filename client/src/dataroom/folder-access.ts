// A folder's access as the form edits it: one row per audience (each party organisation, advisers,
// managers), a box per right. Checking download or upload checks view too, and unchecking view
// clears them, as the server requires.
import { audienceKey, FOLDER_RIGHTS, type Audience, type FolderAccess, type FolderRight } from '../../../shared/schemas/dataroom.ts';

export type AccessGrid = Record<string, Record<FolderRight, boolean>>;

/** Every audience a folder can name in this deal: its organisations, then advisers and managers. */
export function audiencesOf(orgIds: readonly string[]): Audience[] {
  return [...orgIds.map((orgId): Audience => ({ kind: 'org', orgId })), { kind: 'advisers' }, { kind: 'managers' }];
}

/** A new folder's starting point: everyone views and downloads, the parties upload. */
export function defaultGrid(audiences: readonly Audience[]): AccessGrid {
  return Object.fromEntries(audiences.map((audience) => [audienceKey(audience), { view: true, download: true, upload: audience.kind === 'org' }]));
}

export function gridOf(access: FolderAccess, audiences: readonly Audience[]): AccessGrid {
  const has = (right: FolderRight, audience: Audience) => access[right].some((entry) => audienceKey(entry) === audienceKey(audience));
  return Object.fromEntries(
    audiences.map((audience) => [audienceKey(audience), { view: has('view', audience), download: has('download', audience), upload: has('upload', audience) }]),
  );
}

/** The grid after one box changed, keeping download and upload within view. */
export function toggled(grid: AccessGrid, key: string, right: FolderRight, on: boolean): AccessGrid {
  const row = { ...grid[key], [right]: on };
  if (right === 'view' && !on) Object.assign(row, { download: false, upload: false });
  if (right !== 'view' && on) row.view = true;
  return { ...grid, [key]: row };
}

export function accessOf(grid: AccessGrid, audiences: readonly Audience[]): FolderAccess {
  const listFor = (right: FolderRight) => audiences.filter((audience) => grid[audienceKey(audience)]?.[right]);
  return Object.fromEntries(FOLDER_RIGHTS.map((right) => [right, listFor(right)])) as FolderAccess;
}
