// The folder form's access grid and the folder tree the Files tab walks.
import { describe, expect, it } from 'vitest';
import type { FolderView } from '../../../shared/schemas/dataroom.ts';
import { accessOf, audiencesOf, defaultGrid, gridOf, toggled } from '../../../client/src/dataroom/folder-access.ts';
import { childFolders, folderPath, folderTree } from '../../../client/src/dataroom/folder-tree.ts';

const audiences = audiencesOf(['maker', 'certifier']);

describe('folder access grid', () => {
  it('starts a new folder with everyone viewing and downloading and the parties uploading', () => {
    expect(accessOf(defaultGrid(audiences), audiences)).toEqual({
      view: audiences,
      download: audiences,
      upload: [
        { kind: 'org', orgId: 'maker' },
        { kind: 'org', orgId: 'certifier' },
      ],
    });
  });

  it('keeps download and upload within view', () => {
    let grid = toggled(defaultGrid(audiences), 'org:certifier', 'view', false);
    expect(grid['org:certifier']).toEqual({ view: false, download: false, upload: false });
    grid = toggled(grid, 'org:certifier', 'upload', true);
    expect(grid['org:certifier']).toEqual({ view: true, download: false, upload: true });
  });

  it('reads a folder’s access back into the same grid', () => {
    const access = { view: [{ kind: 'org', orgId: 'certifier' }, { kind: 'advisers' }], download: [], upload: [{ kind: 'advisers' }] } as const;
    const grid = gridOf({ view: [...access.view], download: [], upload: [...access.upload] }, audiences);
    expect(grid['org:maker']).toEqual({ view: false, download: false, upload: false });
    expect(grid.advisers).toEqual({ view: true, download: false, upload: true });
    expect(accessOf(grid, audiences)).toEqual({ view: [...access.view], download: [], upload: [...access.upload] });
  });
});

const folder = (id: string, name: string, parentId: string | null): FolderView => ({
  id,
  name,
  parentId,
  access: { view: [], download: [], upload: [] },
  mine: { view: true, download: true, upload: false },
});

describe('folder tree', () => {
  const folders = [folder('b', 'Legal', null), folder('a', 'Finance', null), folder('c', 'Tax', 'a'), folder('d', 'VAT', 'c'), folder('e', 'Hidden child', 'secret')];

  it('lists children by name and the path down to a folder', () => {
    expect(childFolders(folders, null).map((entry) => entry.name)).toEqual(['Finance', 'Legal']);
    expect(folderPath(folders, 'd').map((entry) => entry.name)).toEqual(['Finance', 'Tax', 'VAT']);
    expect(folderPath(folders, null)).toEqual([]);
  });

  it('puts a folder whose parent I cannot see at the top of the tree, and indents the rest', () => {
    expect(folderTree(folders).map(({ folder: entry, depth }) => `${depth}:${entry.name}`)).toEqual(['0:Finance', '1:Tax', '2:VAT', '0:Hidden child', '0:Legal']);
    expect(folderPath(folders, 'e').map((entry) => entry.name)).toEqual(['Hidden child']);
  });
});
