// The full list of my notifications on its page: filtered (unread only, one type), paged, kept
// live by pushes, with mark read and mark all read going through the session's inbox (the bell).
import { NOTIFICATION_TYPES, type NotificationType, type NotificationView } from '../../../shared/schemas/notifications.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToNotifications } from './notification-events.ts';
import type { NotificationInbox } from './notification-inbox.svelte.ts';
import { listNotifications } from './notifications-api.ts';

const PAGE_SIZE = 25;

export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

export class NotificationList {
  items = $state.raw<NotificationView[]>([]);
  total = $state(0);
  unreadOnly = $state(false);
  type = $state<NotificationType | ''>('');
  private readonly newest = new NewestLoad(true);

  constructor(
    private readonly api: ApiClient,
    private readonly inbox: NotificationInbox,
  ) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => listNotifications(this.api, this.query(1)),
      (page) => {
        this.items = page.notifications;
        this.total = page.total;
      },
    );
  }

  async more(): Promise<void> {
    const page = await listNotifications(this.api, this.query(Math.floor(this.items.length / PAGE_SIZE) + 1));
    const known = new Set(this.items.map((item) => item.id));
    this.items = [...this.items, ...page.notifications.filter((item) => !known.has(item.id))];
    this.total = page.total;
  }

  async markRead(item: NotificationView): Promise<void> {
    if (item.read) return;
    this.items = this.items.map((known) => (known.id === item.id ? { ...known, read: true } : known));
    await this.inbox.markRead([item.id]);
    // The inbox keeps why it failed; reading the page again undoes the optimistic mark.
    if (this.inbox.actionError) await this.load();
  }

  async markAllRead(): Promise<void> {
    await this.inbox.markAllRead();
    await this.load();
  }

  /** Adds pushes that pass the filter; reloads after reads made elsewhere. Returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return subscribeToNotifications(socket, {
      arrived: ({ notification }) => {
        if (this.type && notification.type !== this.type) return;
        // A grouped entry that gained news comes again under its id: it moves up, the total stays.
        if (!this.items.some((item) => item.id === notification.id)) this.total += 1;
        this.items = [notification, ...this.items.filter((item) => item.id !== notification.id)];
      },
      unread: () => void this.load(),
      reconnected: () => void this.load(),
    });
  }

  private query(page: number) {
    return { page, pageSize: PAGE_SIZE, unreadOnly: this.unreadOnly, type: this.type || undefined };
  }
}
