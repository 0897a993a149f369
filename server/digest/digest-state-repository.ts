// Per person, when their next digest is due and the watermark it covers news since. Kept in the
// store, so a restart picks up where the last process left off.
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

export interface DigestStateRecord {
  /** The user id. */
  _id: string;
  /** The slot the next digest is for. */
  nextAt: Date;
  /** News up to here was in an earlier digest (or came before digests started for this person). */
  since: Date;
}

export const DIGEST_STATE_INDEXES: IndexSpec[] = [{ collection: 'digest_state', fields: ['nextAt'] }];

export class DigestStateRepository {
  constructor(private readonly store: Store) {}

  private get states() {
    return this.store.collection<DigestStateRecord>('digest_state');
  }

  /** Starts digests for the person unless they already have a schedule running. */
  async ensure(state: DigestStateRecord): Promise<void> {
    try {
      await this.states.insertOne(state);
    } catch (error) {
      // Already scheduled (by an earlier notification, or another instance at the same moment): keep that one.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  find(userId: string): Promise<DigestStateRecord | null> {
    return this.states.findOne({ _id: userId });
  }

  /** States whose slot has come, oldest first. */
  due(now: Date, limit: number): Promise<DigestStateRecord[]> {
    return this.states.find({ nextAt: { $lte: now } }, { sort: { nextAt: 1 }, limit });
  }

  /**
   * Moves past the slot the state was read at; false when another sweep (another instance) moved
   * it first, so each slot advances once.
   */
  async advance(state: DigestStateRecord, nextAt: Date, since: Date): Promise<boolean> {
    return (await this.states.updateOne({ _id: state._id, nextAt: state.nextAt }, { $set: { nextAt, since } })) > 0;
  }

  /** A new schedule: the next slot moves, the watermark stays. */
  async reschedule(userId: string, nextAt: Date): Promise<void> {
    await this.states.updateOne({ _id: userId }, { $set: { nextAt } });
  }
}
