// Folders, files and versions of deals' data rooms. A version's id is `<dealId>:<uploadId>` and a
// new file's id is derived from its first upload's id, so a retried upload finds what it already
// stored instead of storing it twice. Folders are only marked deleted: trail entries keep naming
// them, and who may see those entries still follows the folder's access.
import { createHash } from 'node:crypto';
import type { FolderAccess } from '../../shared/schemas/dataroom.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface FolderRecord {
  _id: string;
  dealId: string;
  parentId: string | null;
  name: string;
  access: FolderAccess;
  createdBy: string;
  createdAt: Date;
  deleted: boolean;
}

export interface FileRecord {
  _id: string;
  dealId: string;
  folderId: string;
  name: string;
  createdBy: string;
  createdAt: Date;
}

export interface VersionRecord {
  /** `<dealId>:<uploadId>`. */
  _id: string;
  dealId: string;
  fileId: string;
  sha256: string;
  size: number;
  mime: string;
  uploadedBy: string;
  uploadedAt: Date;
}

export const DATAROOM_INDEXES: IndexSpec[] = [
  { collection: 'dataroom_folders', fields: ['dealId'] },
  { collection: 'dataroom_files', fields: ['dealId'] },
  { collection: 'dataroom_versions', fields: ['dealId'] },
  { collection: 'dataroom_versions', fields: ['fileId'] },
  { collection: 'dataroom_versions', fields: ['sha256'] },
];

export function versionIdOf(dealId: string, uploadId: string): string {
  return `${dealId}:${uploadId}`;
}

/** The id a file first uploaded as `uploadId` gets. */
export function fileIdFor(dealId: string, uploadId: string): string {
  return createHash('sha256').update(`${dealId}:${uploadId}`).digest('hex').slice(0, 24);
}

/** Versions of one file, oldest first: their order is their numbering (1, 2, 3 …). */
export function inUploadOrder(versions: VersionRecord[]): VersionRecord[] {
  return [...versions].sort((a, b) => a.uploadedAt.getTime() - b.uploadedAt.getTime() || a._id.localeCompare(b._id));
}

export class DataRoomRepository {
  constructor(private readonly store: Store) {}

  private get folders() {
    return this.store.collection<FolderRecord>('dataroom_folders');
  }

  private get files() {
    return this.store.collection<FileRecord>('dataroom_files');
  }

  private get versions() {
    return this.store.collection<VersionRecord>('dataroom_versions');
  }

  /** Every folder of the deal, deleted ones included. */
  foldersOf(dealId: string): Promise<FolderRecord[]> {
    return this.folders.find({ dealId }, { sort: { createdAt: 1, _id: 1 } });
  }

  insertFolder(folder: FolderRecord): Promise<void> {
    return this.folders.insertOne(folder);
  }

  async updateFolder(folderId: string, changes: Partial<Pick<FolderRecord, 'name' | 'parentId' | 'access' | 'deleted'>>): Promise<void> {
    await this.folders.updateOne({ _id: folderId }, { $set: changes });
  }

  filesOf(dealId: string): Promise<FileRecord[]> {
    return this.files.find({ dealId }, { sort: { name: 1, _id: 1 } });
  }

  findFile(dealId: string, fileId: string): Promise<FileRecord | null> {
    return this.files.findOne({ _id: fileId, dealId });
  }

  async countFilesIn(folderId: string): Promise<number> {
    return this.files.count({ folderId });
  }

  insertFile(file: FileRecord): Promise<void> {
    return this.files.insertOne(file);
  }

  async updateFile(fileId: string, changes: Partial<Pick<FileRecord, 'name' | 'folderId'>>): Promise<void> {
    await this.files.updateOne({ _id: fileId }, { $set: changes });
  }

  /** Removes the file and its versions; resolves with the hashes the versions held. */
  async deleteFile(fileId: string): Promise<string[]> {
    const versions = await this.versions.find({ fileId });
    await this.versions.deleteMany({ fileId });
    await this.files.deleteMany({ _id: fileId });
    return [...new Set(versions.map((version) => version.sha256))];
  }

  versionsOfDeal(dealId: string): Promise<VersionRecord[]> {
    return this.versions.find({ dealId });
  }

  async versionsOf(fileId: string): Promise<VersionRecord[]> {
    return inUploadOrder(await this.versions.find({ fileId }));
  }

  findVersion(versionId: string): Promise<VersionRecord | null> {
    return this.versions.findOne({ _id: versionId });
  }

  insertVersion(version: VersionRecord): Promise<void> {
    return this.versions.insertOne(version);
  }

  async isBlobUsed(sha256: string): Promise<boolean> {
    return (await this.versions.count({ sha256 })) > 0;
  }

  /** Every version of every deal (for the blob check of backups and tests). */
  allVersions(): Promise<VersionRecord[]> {
    return this.versions.find({});
  }
}
