// Listing records: an organisation's published need or offer. `status` is what was last stored;
// a listing past its expiry counts as expired even before the sweep stores that (listing-status.ts).
import type { ListingContent } from '../../shared/schemas/listings.ts';
import type { Filter, FindOptions, IndexSpec, Store } from '../store/index.ts';

export type StoredListingStatus = 'active' | 'withdrawn' | 'expired';

export interface ListingRecord extends ListingContent {
  _id: string;
  orgId: string;
  status: StoredListingStatus;
  /** Always present (null when the listing does not expire), so both engines can filter on it. */
  expiresAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type ListingChanges = Partial<Omit<ListingRecord, '_id' | 'orgId' | 'createdBy' | 'createdAt'>>;

export const LISTING_INDEXES: IndexSpec[] = [
  { collection: 'listings', fields: ['orgId'] },
  { collection: 'listings', fields: ['status'] },
  { collection: 'listings', fields: ['createdAt'] },
];

export class ListingRepository {
  constructor(private readonly store: Store) {}

  private get listings() {
    return this.store.collection<ListingRecord>('listings');
  }

  find(id: string): Promise<ListingRecord | null> {
    return this.listings.findOne({ _id: id });
  }

  async findMany(ids: readonly string[]): Promise<Map<string, ListingRecord>> {
    if (ids.length === 0) return new Map();
    const found = await this.listings.find({ _id: { $in: [...new Set(ids)] } });
    return new Map(found.map((listing) => [listing._id, listing]));
  }

  async insert(listing: ListingRecord): Promise<void> {
    await this.listings.insertOne(listing);
  }

  async update(id: string, changes: ListingChanges): Promise<void> {
    await this.listings.updateOne({ _id: id }, { $set: changes });
  }

  /**
   * Stores `expired` only if the listing still has the status it was read with; false when someone
   * else (another instance's sweep, an edit) changed it first, so an expiry is recorded once.
   */
  async markExpired(id: string, readStatus: ListingRecord['status']): Promise<boolean> {
    return (await this.listings.updateOne({ _id: id, status: readStatus }, { $set: { status: 'expired' } })) > 0;
  }

  query(filter: Filter, options?: FindOptions): Promise<ListingRecord[]> {
    return this.listings.find(filter, options);
  }

  count(filter: Filter): Promise<number> {
    return this.listings.count(filter);
  }

  /** Stored as active and not past expiry: what the matching engine holds. */
  live(now: Date, extra: Filter = {}, options?: FindOptions): Promise<ListingRecord[]> {
    return this.listings.find(liveFilter(now, extra), options);
  }

  /** Stored as active but past their expiry: what the sweep retires. */
  overdue(now: Date): Promise<ListingRecord[]> {
    // `$ne: null` because the embedded engine compares like JavaScript, where null <= a date.
    return this.listings.find({ status: 'active', expiresAt: { $ne: null, $lte: now } });
  }
}

/** Filter for listings stored as active whose expiry, if any, is still ahead. */
export function liveFilter(now: Date, extra: Filter = {}): Filter {
  return { ...extra, status: 'active', $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] };
}
