// Meeting records: one per proposal, from a deal room or a mutual match, holding the times on
// offer (UTC), the accepted one, the place or link, and a `sequence` that every change bumps. The
// sequence doubles as the guard against two changes at once: an update names the one it read.
import { MEETING_MINUTES_MAX, scopeKeyOf, type AgendaItem, type MeetingLocation, type MeetingScope, type MeetingSlot, type MeetingStatus } from '../../shared/schemas/meetings.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface MeetingRecord {
  _id: string;
  scope: MeetingScope;
  /** `deal:<id>` or `match:<id>`, for listing a scope's meetings. */
  scopeKey: string;
  title: string;
  status: MeetingStatus;
  slots: MeetingSlot[];
  confirmed: MeetingSlot | null;
  location: MeetingLocation;
  /** Who first proposed it; the calendar invitation's ORGANIZER, in whose zone it is written. */
  organiserId: string;
  organiserTimeZone: string;
  /** Who proposed the times now on offer (the organiser, or whoever rescheduled). */
  proposedBy: string;
  acceptedBy: string | null;
  /** The scope's people at the last change: where pushes go and what the home page queries by. Reads re-check the scope. */
  participantIds: string[];
  sequence: number;
  agenda: AgendaItem[];
  /** The end of the latest slot on offer or of the accepted one: past it the meeting is no longer upcoming. */
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const MEETING_INDEXES: IndexSpec[] = [
  { collection: 'meetings', fields: ['scopeKey'] },
  { collection: 'meetings', fields: ['participantIds'] },
];

export type MeetingChanges = Partial<Omit<MeetingRecord, '_id' | 'scope' | 'scopeKey' | 'organiserId' | 'organiserTimeZone' | 'createdAt'>>;

export class MeetingRepository {
  constructor(private readonly store: Store) {}

  private get meetings() {
    return this.store.collection<MeetingRecord>('meetings');
  }

  find(id: string): Promise<MeetingRecord | null> {
    return this.meetings.findOne({ _id: id });
  }

  async insert(meeting: MeetingRecord): Promise<void> {
    await this.meetings.insertOne(meeting);
  }

  /** The scope's meetings not yet over (cancelled ones included, so people see what was called off), soonest first. */
  stillToCome(scope: MeetingScope, now: Date): Promise<MeetingRecord[]> {
    return this.meetings.find({ scopeKey: scopeKeyOf(scope), endsAt: { $gt: now } }, { sort: { endsAt: 1 } });
  }

  /** Proposed or confirmed meetings of a person not yet over, soonest first. */
  upcomingFor(userId: string, now: Date, limit: number): Promise<MeetingRecord[]> {
    return this.meetings.find({ participantIds: userId, status: { $in: ['proposed', 'confirmed'] }, endsAt: { $gt: now } }, { sort: { endsAt: 1 }, limit });
  }

  /** Confirmed meetings starting after `now` and by `until`, for reminders. */
  async confirmedStartingBy(now: Date, until: Date): Promise<MeetingRecord[]> {
    // A confirmed meeting ends at most MEETING_MINUTES_MAX after it starts, which bounds the query on endsAt.
    const latestEnd = new Date(until.getTime() + MEETING_MINUTES_MAX * 60_000);
    const candidates = await this.meetings.find({ status: 'confirmed', endsAt: { $gt: now, $lte: latestEnd } });
    return candidates.filter((record) => {
      const start = record.confirmed ? Date.parse(record.confirmed.start) : Number.NaN;
      return start > now.getTime() && start <= until.getTime();
    });
  }

  /** Applies the changes only if nobody changed the meeting since `sequence` was read; false when someone did. */
  async updateIf(id: string, sequence: number, changes: MeetingChanges): Promise<boolean> {
    return (await this.meetings.updateOne({ _id: id, sequence }, { $set: { ...changes, sequence: sequence + 1 } })) > 0;
  }
}
