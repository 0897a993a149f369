// Deal records: title, type, stage, the organisations involved (and those still asked to join),
// the listings, and the match a deal was opened from (claimed once, so a match opens at most one deal).
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { DealType } from '../../shared/schemas/deals.ts';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

export interface DealRecord {
  _id: string;
  title: string;
  type: DealType;
  /** The working language of the templates; absent on deals from before it was stored (en). */
  lang?: Lang;
  description: string;
  stage: string;
  /** Organisations taking part: each consented (a member opened or accepted, or a mutual match it was in). */
  orgIds: string[];
  /** Organisations named when the deal was opened that have not accepted yet (absent on older deals). */
  pendingOrgIds?: string[];
  listingIds: string[];
  matchId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** The NDA's current version (absent: the deal never had one); see server/deals/nda. */
  nda?: DealNdaState;
}

/** The current NDA version and whether it is required; members must accept it before reading anything. */
export interface DealNdaState {
  version: number;
  required: boolean;
}

export type DealChanges = Partial<Pick<DealRecord, 'title' | 'description'>>;

interface MatchClaimRecord {
  /** The match id. */
  _id: string;
  dealId: string;
}

export const DEAL_INDEXES: IndexSpec[] = [{ collection: 'deals', fields: ['createdAt'] }];

export class DealRepository {
  constructor(private readonly store: Store) {}

  private get deals() {
    return this.store.collection<DealRecord>('deals');
  }

  private get claims() {
    return this.store.collection<MatchClaimRecord>('deal_match_claims');
  }

  find(id: string): Promise<DealRecord | null> {
    return this.deals.findOne({ _id: id });
  }

  findMany(ids: readonly string[]): Promise<DealRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.deals.find({ _id: { $in: [...ids] } }, { sort: { updatedAt: -1 } });
  }

  async insert(deal: DealRecord): Promise<void> {
    await this.deals.insertOne(deal);
  }

  async update(id: string, changes: DealChanges, updatedAt: Date): Promise<void> {
    await this.deals.updateOne({ _id: id }, { $set: { ...changes, updatedAt } });
  }

  /** Deals any of these organisations take part in. */
  involving(orgIds: readonly string[]): Promise<DealRecord[]> {
    if (orgIds.length === 0) return Promise.resolve([]);
    return this.deals.find({ orgIds: { $in: [...orgIds] } });
  }

  /** Every deal (admins' dashboard). */
  all(): Promise<DealRecord[]> {
    return this.deals.find({}, { sort: { updatedAt: -1 } });
  }

  /** Moves a pending organisation into the deal; false when it was not (or no longer) pending. */
  async admitOrg(id: string, orgId: string, at: Date): Promise<boolean> {
    const matched = await this.deals.updateOne({ _id: id, pendingOrgIds: orgId }, { $pull: { pendingOrgIds: orgId }, $addToSet: { orgIds: orgId }, $set: { updatedAt: at } });
    return matched > 0;
  }

  /** Drops an organisation that declined (or whose invitation was taken back); false when it was not pending. */
  async dropPendingOrg(id: string, orgId: string, at: Date): Promise<boolean> {
    return (await this.deals.updateOne({ _id: id, pendingOrgIds: orgId }, { $pull: { pendingOrgIds: orgId }, $set: { updatedAt: at } })) > 0;
  }

  /** Moves the stage only if it is still `from`; false when someone else moved it first. */
  async moveStage(id: string, from: string, to: string, at: Date): Promise<boolean> {
    return (await this.deals.updateOne({ _id: id, stage: from }, { $set: { stage: to, updatedAt: at } })) > 0;
  }

  /** Moves the deal to an NDA version, unless a later one is already current. */
  async setNda(id: string, nda: DealNdaState): Promise<boolean> {
    const older = { $or: [{ nda: { $exists: false } }, { 'nda.version': { $lt: nda.version } }] };
    return (await this.deals.updateOne({ _id: id, ...older }, { $set: { nda } })) > 0;
  }

  async touch(id: string, updatedAt: Date): Promise<void> {
    await this.deals.updateOne({ _id: id }, { $set: { updatedAt } });
  }

  /**
   * Claims the match for a new deal; returns the id of the deal that already holds it, or null
   * when this claim won. The unique `_id` settles two people opening the same match at once.
   */
  async claimMatch(matchId: string, dealId: string): Promise<string | null> {
    try {
      await this.claims.insertOne({ _id: matchId, dealId });
      return null;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      return (await this.claims.findOne({ _id: matchId }))?.dealId ?? null;
    }
  }

  /** The deal each of these matches opened, by match id (matches without a deal are absent). */
  async dealIdsForMatches(matchIds: readonly string[]): Promise<Map<string, string>> {
    if (matchIds.length === 0) return new Map();
    const claims = await this.claims.find({ _id: { $in: [...matchIds] } });
    return new Map(claims.map((claim) => [claim._id, claim.dealId]));
  }

  /** Gives a claim back when the deal it was made for could not be created. */
  async releaseMatch(matchId: string, dealId: string): Promise<void> {
    await this.claims.deleteMany({ _id: matchId, dealId });
  }
}
