// Activity feature: the append-only trail of every server command, shared by all features.
export { ActivityLog, ACTIVITY_INDEXES, type ActivityPageQuery, type ActivityRecord } from './activity-log.ts';
