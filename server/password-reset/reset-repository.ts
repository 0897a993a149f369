// Password-reset links as stored: one record per link under the SHA-256 of its token (never the
// token), and per account the hash of the newest link, so a new request supersedes older links
// whatever order two racing requests land in (the pointer is last-writer-wins).
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface ResetLinkRecord {
  /** SHA-256 (hex) of the token the e-mailed link carries. */
  _id: string;
  userId: string;
  /** The language the link's e-mail was written in; the changed-password notice follows it. */
  lang: Lang;
  createdAt: Date;
  expiresAt: Date;
  /** When the link set a password; null while unused. */
  usedAt: Date | null;
}

interface LatestLinkRecord {
  /** The account's id. */
  _id: string;
  hash: string;
}

export const RESET_INDEXES: IndexSpec[] = [{ collection: 'password_resets', fields: ['userId'] }];

export class ResetLinkRepository {
  constructor(private readonly store: Store) {}

  private get links() {
    return this.store.collection<ResetLinkRecord>('password_resets');
  }

  private get latest() {
    return this.store.collection<LatestLinkRecord>('password_reset_latest');
  }

  /** Stores a new link and makes it the account's only live one. */
  async issue(link: Omit<ResetLinkRecord, 'usedAt'>): Promise<void> {
    await this.links.insertOne({ ...link, usedAt: null });
    await this.latest.updateOne({ _id: link.userId }, { $set: { hash: link._id } }, { upsert: true });
  }

  find(hash: string): Promise<ResetLinkRecord | null> {
    return this.links.findOne({ _id: hash });
  }

  /** True when this is the newest link issued to its account. */
  async isLatest(link: ResetLinkRecord): Promise<boolean> {
    return (await this.latest.findOne({ _id: link.userId }))?.hash === link._id;
  }

  /** Marks the link used; false when another request used it first (one link sets one password). */
  async use(hash: string, at: Date): Promise<boolean> {
    return (await this.links.updateOne({ _id: hash, usedAt: null }, { $set: { usedAt: at } })) > 0;
  }
}
