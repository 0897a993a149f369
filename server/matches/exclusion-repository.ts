// Organisations' exclusion lists: the organisations and sectors each one never wants to be matched
// with. One record per (excluder, target), so adding the same entry twice keeps the first.
import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

export type ExclusionTarget =
  | { type: 'org'; orgId: string; /** "this listing's organisation": the listing it was excluded through. */ viaListingId: string | null }
  | { type: 'sector'; sector: string };

export interface ExclusionRecord {
  /** Random: the id is shown to the excluder and must not carry an unnamed organisation's id. */
  _id: string;
  /** `<excluderOrgId>:org:<orgId>` or `<excluderOrgId>:sector:<code>`, unique. */
  key: string;
  orgId: string;
  target: ExclusionTarget;
  source: 'manual' | 'competitor';
  createdBy: string;
  createdAt: Date;
}

export const EXCLUSION_INDEXES: IndexSpec[] = [
  { collection: 'match_exclusions', fields: ['key'], unique: true },
  { collection: 'match_exclusions', fields: ['orgId'] },
  { collection: 'match_exclusions', fields: ['target.orgId'] },
];

function keyOf(orgId: string, target: ExclusionTarget): string {
  return target.type === 'org' ? `${orgId}:org:${target.orgId}` : `${orgId}:sector:${target.sector}`;
}

/** A new entry of `orgId`'s list. */
export function newExclusion(orgId: string, target: ExclusionTarget, source: ExclusionRecord['source'], createdBy: string, createdAt: Date): ExclusionRecord {
  return { _id: randomUUID(), key: keyOf(orgId, target), orgId, target, source, createdBy, createdAt };
}

export class ExclusionRepository {
  constructor(private readonly store: Store) {}

  private get exclusions() {
    return this.store.collection<ExclusionRecord>('match_exclusions');
  }

  find(id: string): Promise<ExclusionRecord | null> {
    return this.exclusions.findOne({ _id: id });
  }

  listOf(orgId: string): Promise<ExclusionRecord[]> {
    return this.exclusions.find({ orgId }, { sort: { createdAt: -1, _id: 1 } });
  }

  /**
   * Every entry that could bear on a pair between these organisations: those they made, and
   * those naming any of them (either side may have excluded the other).
   */
  bearingOn(orgIds: readonly string[]): Promise<ExclusionRecord[]> {
    if (orgIds.length === 0) return Promise.resolve([]);
    const ids = [...new Set(orgIds)];
    return this.exclusions.find({ $or: [{ orgId: { $in: ids } }, { 'target.orgId': { $in: ids } }] });
  }

  /** Stores the entry unless the same one exists; returns the stored one. */
  async add(record: ExclusionRecord): Promise<ExclusionRecord> {
    const existing = await this.exclusions.findOne({ key: record.key });
    if (existing) return existing;
    try {
      await this.exclusions.insertOne(record);
      return record;
    } catch (error) {
      // Two admins adding the same entry at once: the first one stays.
      if (error instanceof DuplicateKeyError) return (await this.exclusions.findOne({ key: record.key })) ?? record;
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    await this.exclusions.deleteMany({ _id: id });
  }
}
