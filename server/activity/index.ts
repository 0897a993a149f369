// Activity feature: the append-only trail of every server command, shared by all features, and
// an organisation's view of it.
export {
  ActivityLog,
  ACTIVITY_INDEXES,
  SYSTEM_ACTOR_ID,
  type ActivityFilters,
  type ActivityPageQuery,
  type ActivityRecord,
  type NewActivityRecord,
  type StoredActivityData,
  type StoredActivityDataOf,
} from './activity-log.ts';
export { actorNames, changedFields, toActivityView, wireData, type NameSource } from './activity-view.ts';
export { OrgTrail } from './org-trail.ts';
export { orgActivityRoutes } from './routes.ts';
export { SubjectTitles, type TitleSources } from './subject-titles.ts';
