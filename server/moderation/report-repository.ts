// Spam reports: one per reporter per organisation (a unique key refuses the second, even when
// both arrive at once).
import type { IndexSpec, Store } from '../store/index.ts';

export interface SpamReportRecord {
  _id: string;
  /** `${orgId}:${reporterId}`: unique. */
  key: string;
  orgId: string;
  reporterId: string;
  /** The listing reported, when the report came by listing (an anonymous listing's organisation stays masked to the reporter). */
  listingId: string | null;
  reason: string;
  createdAt: Date;
}

export const SPAM_REPORT_INDEXES: IndexSpec[] = [
  { collection: 'spam_reports', fields: ['key'], unique: true },
  { collection: 'spam_reports', fields: ['orgId'] },
];

export class SpamReportRepository {
  constructor(private readonly store: Store) {}

  private get reports() {
    return this.store.collection<SpamReportRecord>('spam_reports');
  }

  /** Throws the store's DuplicateKeyError when the reporter already reported the organisation. */
  async insert(report: SpamReportRecord): Promise<void> {
    await this.reports.insertOne(report);
  }

  /** Every report, newest first. */
  all(): Promise<SpamReportRecord[]> {
    return this.reports.find({}, { sort: { createdAt: -1 } });
  }
}
