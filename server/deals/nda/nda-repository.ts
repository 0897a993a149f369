// NDA storage: every published version of a deal's agreement (never rewritten) and every
// acceptance of one, with who, for which organisation, when, from where and the text's hash.
import type { Lang } from '../../../shared/taxonomy/index.ts';
import { DuplicateKeyError, type IndexSpec, type Store } from '../../store/index.ts';

export interface NdaVersionRecord {
  /** `<dealId>:<version>`, so two owners publishing at once cannot both take a number. */
  _id: string;
  dealId: string;
  version: number;
  required: boolean;
  text: string;
  lang: Lang | null;
  sha256: string;
  authorId: string;
  publishedAt: Date;
}

export interface NdaAcceptanceRecord {
  /** `<dealId>:<version>:<userId>`: one acceptance per person and version. */
  _id: string;
  dealId: string;
  version: number;
  userId: string;
  orgId: string | null;
  acceptedAt: Date;
  ip: string;
  userAgent: string;
  sha256: string;
}

export const NDA_INDEXES: IndexSpec[] = [
  { collection: 'deal_nda_versions', fields: ['dealId'] },
  { collection: 'deal_nda_acceptances', fields: ['dealId'] },
];

export class NdaRepository {
  constructor(private readonly store: Store) {}

  private get versions() {
    return this.store.collection<NdaVersionRecord>('deal_nda_versions');
  }

  private get acceptances() {
    return this.store.collection<NdaAcceptanceRecord>('deal_nda_acceptances');
  }

  /** Stores a new version; false when that number was taken meanwhile. */
  async insertVersion(version: Omit<NdaVersionRecord, '_id'>): Promise<boolean> {
    try {
      await this.versions.insertOne({ _id: `${version.dealId}:${version.version}`, ...version });
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }

  findVersion(dealId: string, version: number): Promise<NdaVersionRecord | null> {
    return this.versions.findOne({ _id: `${dealId}:${version}` });
  }

  /** Newest first. */
  versionsOf(dealId: string): Promise<NdaVersionRecord[]> {
    return this.versions.find({ dealId }, { sort: { version: -1 } });
  }

  /** Records an acceptance; accepting the same version twice keeps the first record. */
  async accept(acceptance: Omit<NdaAcceptanceRecord, '_id'>): Promise<void> {
    try {
      await this.acceptances.insertOne({ _id: `${acceptance.dealId}:${acceptance.version}:${acceptance.userId}`, ...acceptance });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  findAcceptance(dealId: string, version: number, userId: string): Promise<NdaAcceptanceRecord | null> {
    return this.acceptances.findOne({ _id: `${dealId}:${version}:${userId}` });
  }

  /** Newest version first, then in the order people accepted. */
  acceptancesOf(dealId: string): Promise<NdaAcceptanceRecord[]> {
    return this.acceptances.find({ dealId }, { sort: { version: -1, acceptedAt: 1 } });
  }
}
