// Saved versions of deal documents: a summary record per version and, apart from it, the state
// (one base64 Yjs update), so listing versions never loads document states.
import type { DealDoc, VersionKind, VersionReason } from '../../shared/schemas/deals.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface VersionRecord {
  _id: string;
  dealId: string;
  doc: DealDoc;
  /** The given name; '' for automatic versions, which carry a `reason` (older ones an English name). */
  name: string;
  reason?: VersionReason | null;
  kind: VersionKind;
  createdBy: string | null;
  createdAt: Date;
  /** Base64 state vector, to skip an automatic version when nothing changed since the last. */
  stateVector: string;
  bytes: number;
}

interface VersionStateRecord {
  /** The version id. */
  _id: string;
  update: string;
}

export const VERSION_INDEXES: IndexSpec[] = [{ collection: 'deal_versions', fields: ['dealId', 'doc'] }];

export class VersionRepository {
  constructor(private readonly store: Store) {}

  private get versions() {
    return this.store.collection<VersionRecord>('deal_versions');
  }

  private get states() {
    return this.store.collection<VersionStateRecord>('deal_version_states');
  }

  /** Stores the state first, so a listed version always has one. */
  async insert(version: VersionRecord, update: string): Promise<void> {
    await this.states.insertOne({ _id: version._id, update });
    await this.versions.insertOne(version);
  }

  find(dealId: string, id: string): Promise<VersionRecord | null> {
    return this.versions.findOne({ _id: id, dealId });
  }

  async state(id: string): Promise<string | null> {
    return (await this.states.findOne({ _id: id }))?.update ?? null;
  }

  /** Newest first. */
  list(dealId: string, doc: DealDoc, kind?: VersionKind): Promise<VersionRecord[]> {
    return this.versions.find(kind ? { dealId, doc, kind } : { dealId, doc }, { sort: { createdAt: -1 } });
  }

  async latest(dealId: string, doc: DealDoc): Promise<VersionRecord | null> {
    return (await this.versions.find({ dealId, doc }, { sort: { createdAt: -1 }, limit: 1 }))[0] ?? null;
  }

  count(dealId: string, doc: DealDoc, kind: VersionKind): Promise<number> {
    return this.versions.count({ dealId, doc, kind });
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.versions.deleteMany({ _id: { $in: [...ids] } });
    await this.states.deleteMany({ _id: { $in: [...ids] } });
  }
}
