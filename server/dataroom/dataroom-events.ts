// What the room hears about its files: `deal:files-changed` to everyone in the deal's room (it
// names only the deal; each client refetches what it may see), and trail entries, pushed only to
// the members who may view every folder an entry names.
import type { DealActivity, DealActivityEntry, DealMemberRepository } from '../deals/index.ts';
import { dealRoom } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import { socketsInRooms, type AppSocketServer } from '../realtime/index.ts';
import type { DataRoomRepository } from './dataroom-repository.ts';
import { rightsByFolder } from './folder-access.ts';

export interface DataRoomEventDeps {
  io: AppSocketServer;
  members: DealMemberRepository;
  repo: DataRoomRepository;
  activity: DealActivity;
  logger: Logger;
}

export class DataRoomEvents {
  constructor(private readonly deps: DataRoomEventDeps) {}

  changed(dealId: string): void {
    this.deps.io.to(dealRoom(dealId)).emit('deal:files-changed', { dealId });
  }

  /** Stores a trail entry about `folderIds` and pushes it to the sockets of members who may view them all. */
  async trail(entry: DealActivityEntry, folderIds: readonly string[]): Promise<void> {
    const dealId = entry.deal._id;
    const view = await this.deps.activity.store(entry);
    const [sockets, members, folders] = await Promise.all([
      socketsInRooms(this.deps.io, [dealRoom(dealId)], this.deps.logger),
      this.deps.members.membersOf(dealId),
      this.deps.repo.foldersOf(dealId),
    ]);
    const byUser = new Map(members.map((member) => [member.userId, member]));
    for (const socket of sockets) {
      const member = byUser.get(socket.data.user.id);
      if (!member) continue;
      const rights = rightsByFolder(member, folders);
      if (folderIds.every((id) => rights.get(id)?.view)) socket.emit('deal:activity-recorded', { dealId, entry: view });
    }
  }
}
