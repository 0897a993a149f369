// The invitations waiting for my answer, kept current: reloaded when an invitation notification
// arrives or the socket comes back; accepting or declining takes one off the list.
import type { InvitationAccepted, InvitationKind, InvitationView } from '../../../shared/schemas/invitations.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToNotifications } from '../notifications/notification-events.ts';
import { acceptInvitation, declineInvitation, myInvitations } from './invitations-api.ts';

const INVITATION_NEWS = new Set(['deal.invitation', 'org.invitation']);

export class PendingInvitations {
  items = $state.raw<InvitationView[]>([]);
  private readonly newest = new NewestLoad(true);

  /** `kinds`: the kinds this list shows (all when it gives none). */
  constructor(
    private readonly api: ApiClient,
    private readonly kinds: () => readonly InvitationKind[] | undefined = () => undefined,
  ) {}

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => myInvitations(this.api),
      (found) => {
        const kinds = this.kinds();
        this.items = kinds ? found.filter((item) => kinds.includes(item.kind)) : found;
      },
    );
  }

  async accept(id: string): Promise<InvitationAccepted> {
    const accepted = await acceptInvitation(this.api, id);
    this.drop(id);
    return accepted;
  }

  async decline(id: string): Promise<void> {
    await declineInvitation(this.api, id);
    this.drop(id);
  }

  /** Follows invitation news; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return subscribeToNotifications(socket, {
      arrived: ({ notification }) => {
        if (INVITATION_NEWS.has(notification.type)) void this.load();
      },
      unread: () => {},
      reconnected: () => void this.load(),
    });
  }

  private drop(id: string): void {
    this.items = this.items.filter((item) => item.id !== id);
  }
}
