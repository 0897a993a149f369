// Sign-offs: one record per (deal, term, organisation) with who signed and the wording signed.
// They live in the store, never in the Yjs board, so no document writer can forge one.
import type { IndexSpec, Store } from '../store/index.ts';

export interface SignoffRecord {
  /** `<dealId>:<termId>:<orgId>`: an organisation signs a term off at most once. */
  _id: string;
  dealId: string;
  termId: string;
  orgId: string;
  userId: string;
  wording: string;
  at: Date;
}

export const SIGNOFF_INDEXES: IndexSpec[] = [{ collection: 'deal_signoffs', fields: ['dealId'] }];

export function signoffId(dealId: string, termId: string, orgId: string): string {
  return `${dealId}:${termId}:${orgId}`;
}

export class SignoffRepository {
  constructor(private readonly store: Store) {}

  private get signoffs() {
    return this.store.collection<SignoffRecord>('deal_signoffs');
  }

  forDeal(dealId: string): Promise<SignoffRecord[]> {
    return this.signoffs.find({ dealId }, { sort: { at: 1 } });
  }

  find(dealId: string, termId: string, orgId: string): Promise<SignoffRecord | null> {
    return this.signoffs.findOne({ _id: signoffId(dealId, termId, orgId) });
  }

  /** Throws DuplicateKeyError when the organisation already signed the term. */
  async insert(record: Omit<SignoffRecord, '_id'>): Promise<SignoffRecord> {
    const stored: SignoffRecord = { _id: signoffId(record.dealId, record.termId, record.orgId), ...record };
    await this.signoffs.insertOne(stored);
    return stored;
  }

  /**
   * Removes the organisations' sign-offs of the term and returns the organisations actually
   * removed, so when two instances withdraw at once only one announces each.
   */
  async withdraw(dealId: string, termId: string, orgIds: readonly string[]): Promise<string[]> {
    const removed: string[] = [];
    for (const orgId of orgIds) {
      if ((await this.signoffs.deleteMany({ _id: signoffId(dealId, termId, orgId) })) > 0) removed.push(orgId);
    }
    return removed;
  }
}
