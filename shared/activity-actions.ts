// Every action an activity-trail entry can record, as `family.verb`: the one list the server's
// writers and the client's wording are checked against (shared/schemas/activity-data.ts gives
// each its before / after data). Entries are never rewritten, so an action no longer written
// stays here for as long as stored entries may carry it.

export const ACTIVITY_ACTIONS = [
  'org.created',
  'org.updated',
  /** No longer written (members join by accepting an invitation); older entries carry it. */
  'org.member-added',
  'org.member-invited',
  'org.member-joined',
  'org.invitation-declined',
  'org.invitation-revoked',
  'org.member-changed',
  'org.member-removed',
  'org.member-left',
  'listing.created',
  'listing.updated',
  'listing.withdrawn',
  'listing.expired',
  'match.interested',
  'match.declined',
  'match.snoozed',
  'match.introduced',
  'deal.created',
  'deal.updated',
  'deal.stage-proposed',
  'deal.stage-rejected',
  'deal.stage-changed',
  /** No longer written (members join by accepting an invitation); older entries carry it. */
  'deal.member-added',
  'deal.member-invited',
  'deal.member-joined',
  'deal.member-changed',
  'deal.member-removed',
  'deal.edit-granted',
  'deal.edit-revoked',
  'deal.invitation-declined',
  'deal.invitation-revoked',
  'deal.org-invited',
  'deal.org-joined',
  'deal.org-declined',
  'deal.org-invitation-revoked',
  /** An owner published a new version of the deal's NDA (or switched the requirement off). */
  'deal.nda-published',
  'deal.nda-accepted',
  /** A term moved between status columns on the board. */
  'term.moved',
  'term.signed',
  'term.unsigned',
  'term.signoffs-withdrawn',
  'comment.created',
  'comment.replied',
  'comment.edited',
  'comment.resolved',
  'comment.reopened',
  'version.created',
  'version.restored',
  /** Data-room files and folders (views and downloads are in the files audit, not the trail). */
  'file.uploaded',
  'file.version-added',
  'file.renamed',
  'file.moved',
  'file.deleted',
  'file.folder-created',
  'file.folder-changed',
  'file.folder-deleted',
  /** The due-diligence request list: started from a template, its items and sections. */
  'checklist.started',
  'checklist.item-added',
  'checklist.item-edited',
  'checklist.item-status',
  'checklist.item-removed',
  'checklist.section-added',
  'checklist.section-edited',
  'checklist.section-removed',
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** The part before the dot: what a trail can be narrowed to as a whole. */
export type ActivityFamily = ActivityAction extends `${infer Family}.${string}` ? Family : never;
/** The actions of some families, e.g. `ActivityActionOf<'term'>`. */
export type ActivityActionOf<Family extends ActivityFamily> = Extract<ActivityAction, `${Family}.${string}`>;

/** What happens in a deal room: the families of entries about a deal. */
export const DEAL_ROOM_FAMILIES = ['deal', 'term', 'comment', 'version', 'file', 'checklist'] as const satisfies readonly ActivityFamily[];
export type DealRoomFamily = (typeof DEAL_ROOM_FAMILIES)[number];

const KNOWN: ReadonlySet<string> = new Set(ACTIVITY_ACTIONS);

/** Whether `action` is one this build knows (a stored entry may come from a newer one). */
export function isActivityAction(action: string): action is ActivityAction {
  return KNOWN.has(action);
}

/** Whether an entry's action is a known one of `families`; narrows the entry's union with it. */
export function isEntryOf<Entry extends { action: string }, Family extends ActivityFamily>(
  entry: Entry,
  families: readonly Family[],
): entry is Extract<Entry, { action: ActivityActionOf<Family> }> {
  const family = entry.action.slice(0, entry.action.indexOf('.'));
  return isActivityAction(entry.action) && (families as readonly string[]).includes(family);
}
