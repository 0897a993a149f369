// Live meeting changes: each participant gets `meeting:updated` in their own Socket.IO room, as
// they see it (only `canAccept` differs). Participants are the scope's people at the change, so
// someone removed from the deal in the meantime hears nothing more.
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { MeetingPresenter } from './meeting-presenter.ts';
import type { MeetingRecord } from './meeting-repository.ts';

export class MeetingPusher {
  constructor(
    private readonly io: AppSocketServer,
    private readonly presenter: MeetingPresenter,
  ) {}

  async push(record: MeetingRecord): Promise<void> {
    for (const userId of record.participantIds) {
      this.io.to(userRoom(userId)).emit('meeting:updated', await this.presenter.view(record, userId));
    }
  }
}
