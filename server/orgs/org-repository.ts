// Organisation records: the profile every listing of the organisation shares.
import type { OrgProfileFields } from '../../shared/schemas/orgs.ts';
import type { Store } from '../store/index.ts';

export interface OrgRecord extends OrgProfileFields {
  _id: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Suspended by an instance admin: its listings are not matched or shown to others, its members cannot publish. */
  suspended?: boolean;
}

export type OrgProfile = Omit<OrgRecord, '_id' | 'createdBy' | 'createdAt' | 'updatedAt' | 'suspended'>;

export class OrgRepository {
  constructor(private readonly store: Store) {}

  private get orgs() {
    return this.store.collection<OrgRecord>('orgs');
  }

  find(id: string): Promise<OrgRecord | null> {
    return this.orgs.findOne({ _id: id });
  }

  async findMany(ids: readonly string[]): Promise<Map<string, OrgRecord>> {
    if (ids.length === 0) return new Map();
    const found = await this.orgs.find({ _id: { $in: [...new Set(ids)] } });
    return new Map(found.map((org) => [org._id, org]));
  }

  async insert(org: OrgRecord): Promise<void> {
    await this.orgs.insertOne(org);
  }

  async update(id: string, changes: Partial<OrgProfile>, updatedAt: Date): Promise<void> {
    await this.orgs.updateOne({ _id: id }, { $set: { ...changes, updatedAt } });
  }

  async setSuspended(id: string, suspended: boolean): Promise<void> {
    await this.orgs.updateOne({ _id: id }, { $set: { suspended } });
  }

  /** Ids of the suspended organisations (few: a handful an admin acted on). */
  async suspendedIds(): Promise<string[]> {
    return (await this.orgs.find({ suspended: true })).map((org) => org._id);
  }
}
