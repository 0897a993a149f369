// Notifications on the client: the session's inbox (unread count, newest items, live), the bell
// for the navigation, the full list and the per-type preferences.
export { getNotificationInbox, NotificationInbox, setNotificationInbox } from './notification-inbox.svelte.ts';
export { default as NotificationBell } from './NotificationBell.svelte';
export { default as NotificationSettingsPage } from './NotificationSettingsPage.svelte';
export { default as NotificationsPage } from './NotificationsPage.svelte';
