// Views and downloads of data-room files: who opened which version when. Append-only, like the
// activity trail; read by owners and managers per file and per person.
import { randomUUID } from 'node:crypto';
import type { FileAuditKind } from '../../shared/schemas/dataroom.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface FileAuditRecord {
  _id: string;
  dealId: string;
  fileId: string;
  fileName: string;
  version: number;
  kind: FileAuditKind;
  userId: string;
  orgId: string | null;
  at: Date;
}

export const FILE_AUDIT_INDEXES: IndexSpec[] = [
  { collection: 'dataroom_audit', fields: ['dealId'] },
  { collection: 'dataroom_audit', fields: ['fileId'] },
];

/** The most entries one audit answer holds (the newest). */
export const AUDIT_PAGE_MAX = 1000;

export class FileAuditRepository {
  constructor(private readonly store: Store) {}

  private get entries() {
    return this.store.collection<FileAuditRecord>('dataroom_audit');
  }

  async append(entry: Omit<FileAuditRecord, '_id'>): Promise<void> {
    await this.entries.insertOne({ ...entry, _id: randomUUID() });
  }

  /** Newest first: a deal's entries, narrowed to a file or a person. */
  find(dealId: string, narrow: { fileId?: string; userId?: string }): Promise<FileAuditRecord[]> {
    const filter: Record<string, string> = { dealId };
    if (narrow.fileId) filter.fileId = narrow.fileId;
    if (narrow.userId) filter.userId = narrow.userId;
    return this.entries.find(filter, { sort: { at: -1, _id: 1 }, limit: AUDIT_PAGE_MAX });
  }
}
