// Meeting records as the API shows them to one reader: names for the people involved and whether
// the reader may accept a slot. Times stay UTC; each client shows them in its person's zone.
import { formatDocName } from '../../shared/doc-names.ts';
import type { MeetingPerson, MeetingView } from '../../shared/schemas/meetings.ts';
import type { UserRepository } from '../auth/index.ts';
import type { MeetingRecord } from './meeting-repository.ts';

export type MeetingUsers = Pick<UserRepository, 'findByIds'>;

export class MeetingPresenter {
  constructor(private readonly users: MeetingUsers) {}

  async views(records: readonly MeetingRecord[], viewerId: string): Promise<MeetingView[]> {
    const ids = new Set(records.flatMap((record) => [record.organiserId, ...(record.acceptedBy ? [record.acceptedBy] : [])]));
    const names = new Map((await this.users.findByIds([...ids])).map((user) => [user._id, user.name]));
    const person = (id: string): MeetingPerson => ({ id, name: names.get(id) ?? '' });
    return records.map((record) => ({
      id: record._id,
      scope: record.scope,
      title: record.title,
      status: record.status,
      slots: record.slots,
      confirmed: record.confirmed,
      location: record.location,
      organiser: { ...person(record.organiserId), timeZone: record.organiserTimeZone },
      acceptedBy: record.acceptedBy ? person(record.acceptedBy) : null,
      sequence: record.sequence,
      agenda: record.agenda,
      notesDoc: formatDocName('meeting', record._id),
      canAccept: record.status === 'proposed' && record.proposedBy !== viewerId,
      updatedAt: record.updatedAt.toISOString(),
    }));
  }

  async view(record: MeetingRecord, viewerId: string): Promise<MeetingView> {
    const [view] = await this.views([record], viewerId);
    if (!view) throw new Error('a meeting has no view');
    return view;
  }
}
