// My notifications for the whole signed-in session: the unread count for the bell, the newest
// ones for the panel, kept live by pushes to every tab and by reads made in other tabs.
import { createContext } from 'svelte';
import type { NotificationView } from '../../../shared/schemas/notifications.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToNotifications } from './notification-events.ts';
import { listNotifications, markAllRead, markRead } from './notifications-api.ts';

/** How many of the newest notifications the panel keeps. */
const RECENT = 15;

export class NotificationInbox {
  recent = $state.raw<NotificationView[]>([]);
  unread = $state(0);
  /** Why the last "mark read" failed; the panel says so, and shows what the server holds again. */
  actionError = $state.raw<unknown>(null);
  private readonly newest = new NewestLoad();

  constructor(private readonly api: ApiClient) {}

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => listNotifications(this.api, { page: 1, pageSize: RECENT }),
      (page) => {
        this.recent = page.notifications;
        this.unread = page.unread;
      },
    );
  }

  async markRead(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const wanted = new Set(ids);
    this.recent = this.recent.map((item) => (wanted.has(item.id) ? { ...item, read: true } : item));
    await this.settle(() => markRead(this.api, ids));
  }

  async markAllRead(): Promise<void> {
    this.recent = this.recent.map((item) => ({ ...item, read: true }));
    await this.settle(() => markAllRead(this.api));
  }

  /** Sends a read marked optimistically; when it fails, reloading undoes the optimistic marks. */
  private async settle(write: () => Promise<number>): Promise<void> {
    try {
      this.unread = await write();
      this.actionError = null;
    } catch (error) {
      this.actionError = error;
      await this.load();
    }
  }

  /** Applies live events; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return subscribeToNotifications(socket, {
      arrived: ({ notification, unread }) => {
        this.recent = [notification, ...this.recent.filter((item) => item.id !== notification.id)].slice(0, RECENT);
        this.unread = unread;
      },
      unread: (count) => {
        this.unread = count;
        // Another tab read something: which ones, only the server knows.
        void this.load();
      },
      reconnected: () => void this.load(),
    });
  }
}

export const [getNotificationInbox, setNotificationInbox] = createContext<NotificationInbox>();
