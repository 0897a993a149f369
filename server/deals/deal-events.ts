// Socket.IO rooms of deal rooms: members join `deal:<id>` to receive its live events; a member
// removed from the deal leaves the room on every socket at once.
import { userRoom, type AppSocketServer } from '../realtime/index.ts';

export function dealRoom(dealId: string): string {
  return `deal:${dealId}`;
}

/** Takes every socket of the user out of the deal's room (on every instance, via the adapter). */
export function leaveDealRoom(io: AppSocketServer, userId: string, dealId: string): void {
  io.in(userRoom(userId)).socketsLeave(dealRoom(dealId));
}
