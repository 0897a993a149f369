// The notification center: stores one notification per recipient who may see the subject and
// wants the type, pushes it with their new unread count to every open tab (the user's room),
// and serves each person their own notifications, read state and preferences.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { NotificationPage, NotificationPreferences, NotificationQuery, NotificationView, PreferencesBody } from '../../shared/schemas/notifications.ts';
import { systemClock, type Clock } from '../clock.ts';
import { NotFoundError } from '../http/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { NotificationObserver, NotificationPort, NotificationRequest } from './notification-port.ts';
import type { NotificationRecord, NotificationRepository } from './notification-repository.ts';
import type { PreferenceRepository } from './preference-repository.ts';
import type { SubjectAudience } from './subject-audience.ts';

export interface NotificationCenterDeps {
  notifications: NotificationRepository;
  preferences: PreferenceRepository;
  audience: SubjectAudience;
  io: AppSocketServer;
  /** When notifications are dated (default: the system clock). */
  clock?: Clock;
  /** Told of each batch stored (e-mail delivery). */
  observer?: NotificationObserver;
}

function toView(record: NotificationRecord): NotificationView {
  return {
    id: record._id,
    type: record.type,
    subject: record.subject,
    actor: record.actor,
    data: record.data,
    at: new Date(record.at).toISOString(),
    read: record.read,
  };
}

export class NotificationCenter implements NotificationPort {
  constructor(private readonly deps: NotificationCenterDeps) {}

  async notify(request: NotificationRequest): Promise<void> {
    const candidates = [...new Set(request.recipientIds)].filter((userId) => userId !== request.actor?.id);
    if (candidates.length === 0) return;
    const allowed = await this.deps.audience.allowed(request.subject, candidates);
    const off = await this.deps.preferences.switchedOff(allowed, request.type);
    const tooLow = request.matchScore === undefined ? new Set<string>() : await this.deps.preferences.belowMinimum(allowed, request.matchScore);
    const recipients = allowed.filter((userId) => !off.has(userId) && !tooLow.has(userId));
    const at = (this.deps.clock ?? systemClock)();
    const records: NotificationRecord[] = [];
    for (const userId of recipients) {
      const folded = request.groupKey ? await this.foldInto(userId, request.groupKey, request, at) : null;
      if (folded) await this.push(folded);
      else records.push(this.recordFor(userId, request, at));
    }
    if (records.length === 0) return;
    await this.deps.notifications.insertMany(records);
    await Promise.all(records.map((record) => this.push(record)));
    await this.deps.observer?.created(records);
  }

  private recordFor(userId: string, request: NotificationRequest, at: Date): NotificationRecord {
    const record: NotificationRecord = {
      _id: randomUUID(),
      userId,
      type: request.type,
      subject: request.subject,
      actor: request.actor,
      data: request.groupKey ? { ...request.data, count: 1 } : (request.data ?? {}),
      at,
      read: false,
      readAt: null,
    };
    if (request.groupKey) record.groupKey = request.groupKey;
    return record;
  }

  /** The user's unread notification of the group with this news folded in; null when there is none to fold into. */
  private async foldInto(userId: string, groupKey: string, request: NotificationRequest, at: Date): Promise<NotificationRecord | null> {
    const group = await this.deps.notifications.unreadOfGroup(userId, groupKey);
    if (!group) return null;
    const count = (typeof group.data.count === 'number' ? group.data.count : 1) + 1;
    const data = { ...request.data, count };
    if (!(await this.deps.notifications.fold(group._id, data, at))) return null;
    return { ...group, subject: request.subject, data, at };
  }

  async list(user: PublicUser, query: NotificationQuery): Promise<NotificationPage> {
    const filter = { unread: query.unread === undefined ? undefined : query.unread === 'true', type: query.type };
    const [{ records, total }, unread] = await Promise.all([
      this.deps.notifications.page(user.id, filter, (query.page - 1) * query.pageSize, query.pageSize),
      this.deps.notifications.unreadCount(user.id),
    ]);
    return { notifications: records.map(toView), unread, page: query.page, pageSize: query.pageSize, total };
  }

  unreadCount(user: PublicUser): Promise<number> {
    return this.deps.notifications.unreadCount(user.id);
  }

  /** Marks some of the caller's notifications read; any id that is not theirs is a 404 and changes nothing. */
  async markRead(user: PublicUser, ids: readonly string[]): Promise<number> {
    const unique = [...new Set(ids)];
    if ((await this.deps.notifications.countOwned(user.id, unique)) !== unique.length) throw new NotFoundError('Notification');
    return this.afterMarking(user, await this.deps.notifications.markRead(user.id, unique, new Date()));
  }

  async markAllRead(user: PublicUser): Promise<number> {
    return this.afterMarking(user, await this.deps.notifications.markRead(user.id, null, new Date()));
  }

  preferences(user: PublicUser): Promise<NotificationPreferences> {
    return this.deps.preferences.get(user.id);
  }

  updatePreferences(user: PublicUser, body: PreferencesBody): Promise<NotificationPreferences> {
    return this.deps.preferences.update(user.id, body);
  }

  /** Tells every tab of the user the new count, so a badge follows reading done elsewhere. */
  private async afterMarking(user: PublicUser, changed: number): Promise<number> {
    const unread = await this.deps.notifications.unreadCount(user.id);
    if (changed > 0) this.deps.io.to(userRoom(user.id)).emit('notification:unread-updated', { unread });
    return unread;
  }

  // The count is read after the insert, so a tab that receives two pushes close together may
  // see the higher count first; each push carries the count as stored, and the badge shows the last.
  private async push(record: NotificationRecord): Promise<void> {
    const unread = await this.deps.notifications.unreadCount(record.userId);
    this.deps.io.to(userRoom(record.userId)).emit('notification:created', { notification: toView(record), unread });
  }
}
