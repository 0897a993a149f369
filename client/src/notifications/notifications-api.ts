// REST calls for my notifications: a page (all or unread, one type or all), marking read,
// per-type preferences, and how each type reaches me by e-mail.
import type { EmailPreferences, EmailPreferencesBody } from '../../../shared/schemas/email-delivery.ts';
import type { NotificationPage, NotificationPreferences, NotificationType, PreferencesBody, UnreadCount } from '../../../shared/schemas/notifications.ts';
import type { ApiClient } from '../lib/api-client.ts';

export interface NotificationListQuery {
  page: number;
  pageSize: number;
  unreadOnly?: boolean;
  type?: NotificationType;
}

export function listNotifications(api: ApiClient, query: NotificationListQuery): Promise<NotificationPage> {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.unreadOnly) params.set('unread', 'true');
  if (query.type) params.set('type', query.type);
  return api.get<NotificationPage>(`/notifications?${params}`);
}

export async function markRead(api: ApiClient, ids: readonly string[]): Promise<number> {
  return (await api.post<UnreadCount>('/notifications/read', { ids })).unread;
}

export async function markAllRead(api: ApiClient): Promise<number> {
  return (await api.post<UnreadCount>('/notifications/read-all')).unread;
}

export function getPreferences(api: ApiClient): Promise<NotificationPreferences> {
  return api.get<NotificationPreferences>('/notifications/preferences');
}

export function putPreferences(api: ApiClient, changes: PreferencesBody): Promise<NotificationPreferences> {
  return api.put<NotificationPreferences>('/notifications/preferences', changes);
}

export function getEmailPreferences(api: ApiClient): Promise<EmailPreferences> {
  return api.get<EmailPreferences>('/notifications/email');
}

export function putEmailPreferences(api: ApiClient, changes: EmailPreferencesBody): Promise<EmailPreferences> {
  return api.put<EmailPreferences>('/notifications/email', changes);
}
