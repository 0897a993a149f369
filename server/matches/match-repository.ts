// Match records: one per need↔offer pair, holding the score and reasons at suggestion time and
// the workflow state each side has moved it to. `version` guards concurrent workflow changes.
import { randomUUID } from 'node:crypto';
import { REVEALING_MATCH_STATES } from '../../shared/anonymity.ts';
import type { DeclineReason } from '../../shared/schemas/match-trust.ts';
import type { MatchSide, MatchState } from '../../shared/schemas/matches.ts';
import type { EngineReason, ListingRecord } from '../listings/index.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface MatchRecord {
  _id: string;
  /** `<needListingId>:<offerListingId>`, unique, so a pair is suggested once however it is found. */
  pairKey: string;
  needListingId: string;
  offerListingId: string;
  needOrgId: string;
  offerOrgId: string;
  score: number;
  reasons: EngineReason[];
  state: MatchState;
  interest: Record<MatchSide, boolean>;
  snoozedUntil: Record<MatchSide, Date | null>;
  declinedBy: MatchSide | null;
  /** Why the decliner said no; only their own side is told. Absent on older records and reason-less declines. */
  declineReason?: DeclineReason | null;
  introducedAt: Date | null;
  introducedBy: string | null;
  /** Out of inboxes because a listing was withdrawn or expired. */
  hidden: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type WorkflowFields = Pick<MatchRecord, 'state' | 'interest' | 'snoozedUntil' | 'declinedBy' | 'declineReason' | 'introducedAt' | 'introducedBy'>;

export const MATCH_INDEXES: IndexSpec[] = [
  { collection: 'matches', fields: ['pairKey'], unique: true },
  { collection: 'matches', fields: ['needListingId'] },
  { collection: 'matches', fields: ['offerListingId'] },
  { collection: 'matches', fields: ['needOrgId'] },
  { collection: 'matches', fields: ['offerOrgId'] },
];

export function pairKeyOf(needListingId: string, offerListingId: string): string {
  return `${needListingId}:${offerListingId}`;
}

/** A new match of the pair as first suggested: no interest, snooze or decline yet, not introduced, shown. */
export function suggestedMatch(pair: Pick<MatchRecord, 'needListingId' | 'offerListingId' | 'needOrgId' | 'offerOrgId' | 'score' | 'reasons'>, now: Date): MatchRecord {
  return {
    _id: randomUUID(),
    pairKey: pairKeyOf(pair.needListingId, pair.offerListingId),
    ...pair,
    state: 'suggested',
    interest: { need: false, offer: false },
    snoozedUntil: { need: null, offer: null },
    declinedBy: null,
    introducedAt: null,
    introducedBy: null,
    hidden: false,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}

export class MatchRepository {
  constructor(private readonly store: Store) {}

  private get matches() {
    return this.store.collection<MatchRecord>('matches');
  }

  find(id: string): Promise<MatchRecord | null> {
    return this.matches.findOne({ _id: id });
  }

  /**
   * How many matches involve these organisations (null = all), how many of them reached mutual
   * interest (introduced ones included) and how many were introduced.
   */
  async funnelCounts(orgIds: readonly string[] | null): Promise<{ matches: number; mutual: number; introductions: number }> {
    if (orgIds !== null && orgIds.length === 0) return { matches: 0, mutual: 0, introductions: 0 };
    const scope = orgIds === null ? {} : { $or: [{ needOrgId: { $in: [...orgIds] } }, { offerOrgId: { $in: [...orgIds] } }] };
    const [all, mutual, introduced] = await Promise.all([
      this.matches.count(scope),
      this.matches.count({ ...scope, state: { $in: ['mutual', 'introduced'] } }),
      this.matches.count({ ...scope, state: 'introduced' }),
    ]);
    return { matches: all, mutual, introductions: introduced };
  }

  findByPair(needListingId: string, offerListingId: string): Promise<MatchRecord | null> {
    return this.matches.findOne({ pairKey: pairKeyOf(needListingId, offerListingId) });
  }

  /** Throws DuplicateKeyError when the pair already has a record. */
  async insert(match: MatchRecord): Promise<void> {
    await this.matches.insertOne(match);
  }

  forListing(listingId: string): Promise<MatchRecord[]> {
    return this.matches.find({ $or: [{ needListingId: listingId }, { offerListingId: listingId }] });
  }

  /** Visible matches of any of the organisations, most recently changed first. */
  inboxOf(orgIds: readonly string[], states: readonly MatchState[] | null, limit: number): Promise<MatchRecord[]> {
    if (orgIds.length === 0) return Promise.resolve([]);
    const filter: Record<string, unknown> = {
      hidden: false,
      $or: [{ needOrgId: { $in: [...orgIds] } }, { offerOrgId: { $in: [...orgIds] } }],
    };
    if (states) filter.state = { $in: [...states] };
    return this.matches.find(filter, { sort: { updatedAt: -1, _id: 1 }, limit });
  }

  /** Refreshes what the engine says about a pair and puts it back in inboxes. */
  async refresh(id: string, score: number, reasons: EngineReason[]): Promise<void> {
    await this.matches.updateOne({ _id: id }, { $set: { score, reasons, hidden: false } });
  }

  async hide(id: string): Promise<void> {
    await this.matches.updateOne({ _id: id }, { $set: { hidden: true } });
  }

  async show(id: string): Promise<void> {
    await this.matches.updateOne({ _id: id }, { $set: { hidden: false } });
  }

  /** Every match of the organisation, on either side. */
  ofOrg(orgId: string): Promise<MatchRecord[]> {
    return this.matches.find({ $or: [{ needOrgId: orgId }, { offerOrgId: orgId }] });
  }

  /** Every match between the two organisations, whichever side each is on. */
  between(orgA: string, orgB: string): Promise<MatchRecord[]> {
    return this.matches.find({ $or: [{ needOrgId: orgA, offerOrgId: orgB }, { needOrgId: orgB, offerOrgId: orgA }] });
  }

  /** Matches each of these organisations declined as not relevant (its ranking learns from them). */
  declinedAsNotRelevantBy(orgIds: readonly string[]): Promise<MatchRecord[]> {
    if (orgIds.length === 0) return Promise.resolve([]);
    const ids = [...new Set(orgIds)];
    return this.matches.find({
      state: 'declined',
      declineReason: 'not_relevant',
      $or: [
        { declinedBy: 'need', needOrgId: { $in: ids } },
        { declinedBy: 'offer', offerOrgId: { $in: ids } },
      ],
    });
  }

  /**
   * Writes workflow changes only if nobody changed the match since it was read at `version`;
   * false means re-read and decide again (two sides clicking "interested" at once must end mutual).
   */
  async changeWorkflow(id: string, version: number, changes: Partial<WorkflowFields>, updatedAt: Date): Promise<boolean> {
    const matched = await this.matches.updateOne({ _id: id, version }, { $set: { ...changes, updatedAt }, $inc: { version: 1 } });
    return matched > 0;
  }

  /** Of these anonymous listings, those a mutual match has revealed to any of the organisations. */
  async revealedTo(listings: readonly ListingRecord[], orgIds: readonly string[]): Promise<Set<string>> {
    const ids = listings.map((listing) => listing._id);
    const found = await this.matches.find({
      state: { $in: [...REVEALING_MATCH_STATES] },
      $or: [
        { needListingId: { $in: ids }, offerOrgId: { $in: [...orgIds] } },
        { offerListingId: { $in: ids }, needOrgId: { $in: [...orgIds] } },
      ],
    });
    const wanted = new Set(ids);
    return new Set(found.flatMap((match) => [match.needListingId, match.offerListingId]).filter((id) => wanted.has(id)));
  }
}
