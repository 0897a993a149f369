// What each activity action records: the data it changed from (`before`) and to (`after`), as
// one union keyed on `action`. The server's writers build entries of it, the client words them.
// `Time` is Date in the store and ISO text on the wire (JSON carries Dates as text).
import type { TermStatus } from '../deal-docs.ts';
import type { ActivityAction, ActivityActionOf, ActivityFamily } from '../activity-actions.ts';
import type { ChecklistStatus } from './checklist.ts';
import type { CommentAnchor, ThreadStatus } from './comments.ts';
import type { DealDoc, DealRole, DealType, SignoffWithdrawalReason, VersionReason } from './deals.ts';
import type { ListingContent, ListingStatus } from './listings.ts';
import type { MatchWorkflowData } from './matches.ts';
import type { OrgProfileFields, OrgRole } from './orgs.ts';

interface Change<Before, After> {
  before: Before;
  after: After;
}

/** A deal member as an entry records them. */
export interface DealMemberData {
  userId: string;
  role: DealRole;
  orgId: string | null;
  owner: boolean;
  editGrants: DealDoc[];
}

interface OrgMemberData {
  userId: string;
  role: OrgRole;
}

/** An invitation declined or taken back; `role` is the invitation's (a deal or an organisation role). */
interface ClosedInvitationData {
  invitationId: string;
  email: string | null;
  role: string;
}

/** A listing's fields an edit can change. */
type ListingFields<Time> = ListingContent & { expiresAt: Time | null; status: ListingStatus };

/** Fields of a deal an edit can change. */
interface DealFields {
  title?: string;
  description?: string;
}

/** Stage codes are pipeline stages (shared/pipeline); stored deals hold them as text. */
interface StageProposalData {
  stage: string;
  note: string | null;
  reason: string | null;
}

interface NewCommentData {
  threadId: string;
  commentId: string;
  anchor: CommentAnchor['type'];
  excerpt: string;
  /** User ids of the members the comment mentions. */
  mentions: string[];
}

interface ThreadStatusData {
  threadId: string;
  status: ThreadStatus;
}

interface VersionData {
  versionId: string;
  doc: DealDoc;
  name: string;
  /** Automatic versions: why it was saved (older entries carry only an English `name`). */
  reason?: VersionReason | null;
}

/**
 * A data-room file as a trail entry records it. Every file and folder entry names the folder(s)
 * it touched (`folderId`), so a trail shows it only to members who may view them.
 */
interface DataRoomFileData {
  fileId: string;
  name: string;
  folderId: string;
}

interface DataRoomFolderData {
  folderId: string;
  name: string;
  parentId: string | null;
}

/** A request-list item or section as an entry records it: its template key or its own text, so the trail words it per reader. */
export interface ChecklistEntryData {
  id: string;
  template: string | null;
  text: string | null;
}

/** What an item edit changed (a status change is its own action). */
export type ChecklistItemField = 'text' | 'owner' | 'due' | 'links' | 'section';

type MatchChange<Time> = Change<MatchWorkflowData<Time>, MatchWorkflowData<Time>>;
type DealMemberChange = Change<DealMemberData, DealMemberData>;
/** `title` from when the sign-offs ended (older entries lack it). */
type SignoffsEnded = Change<{ termId: string; orgIds: string[]; title?: string }, { reason: SignoffWithdrawalReason }>;

/** Each action's before / after; a key for every action of ACTIVITY_ACTIONS (checked by ActivityData). */
export interface ActivityChanges<Time> {
  'org.created': Change<null, Pick<OrgProfileFields, 'name' | 'region' | 'sectors'>>;
  'org.updated': Change<Partial<OrgProfileFields>, Partial<OrgProfileFields>>;
  'org.member-added': Change<OrgMemberData | null, OrgMemberData>;
  'org.member-invited': Change<null, { invitationId: string; email: string; role: OrgRole }>;
  'org.member-joined': Change<null, OrgMemberData & { invitationId: string }>;
  'org.invitation-declined': Change<ClosedInvitationData, null>;
  'org.invitation-revoked': Change<ClosedInvitationData, null>;
  'org.member-changed': Change<OrgMemberData, OrgMemberData>;
  'org.member-removed': Change<OrgMemberData, null>;
  'org.member-left': Change<OrgMemberData, null>;
  'listing.created': Change<null, Pick<ListingContent, 'title' | 'kind' | 'category'>>;
  'listing.updated': Change<Partial<ListingFields<Time>>, Partial<ListingFields<Time>>>;
  'listing.withdrawn': Change<{ status: ListingStatus }, { status: 'withdrawn' }>;
  'listing.expired': Change<{ status: ListingStatus }, { status: 'expired' }>;
  'match.interested': MatchChange<Time>;
  'match.declined': MatchChange<Time>;
  'match.snoozed': MatchChange<Time>;
  'match.introduced': MatchChange<Time>;
  'deal.created': Change<null, { title: string; type: DealType; orgIds: string[]; matchId: string | null }>;
  'deal.updated': Change<DealFields, DealFields>;
  'deal.stage-proposed': Change<{ stage: string }, StageProposalData>;
  'deal.stage-rejected': Change<{ stage: string; proposedBy: string }, { stage: string; note: string | null }>;
  'deal.stage-changed': Change<{ stage: string }, StageProposalData & { proposedBy: string }>;
  'deal.member-added': Change<null, DealMemberData>;
  'deal.member-invited': Change<null, { invitationId: string; email: string; role: DealRole; orgId: string | null }>;
  'deal.member-joined': Change<null, DealMemberData>;
  'deal.member-changed': DealMemberChange;
  'deal.member-removed': Change<DealMemberData, null>;
  'deal.edit-granted': DealMemberChange;
  'deal.edit-revoked': DealMemberChange;
  'deal.invitation-declined': Change<ClosedInvitationData, null>;
  'deal.invitation-revoked': Change<ClosedInvitationData, null>;
  'deal.org-invited': Change<null, { orgId: string }>;
  'deal.org-joined': Change<null, { orgId: string }>;
  'deal.org-declined': Change<{ orgId: string }, null>;
  'deal.org-invitation-revoked': Change<{ orgId: string }, null>;
  /** `before` is the version it replaced (null for the first); the text itself stays in the NDA record. */
  'deal.nda-published': Change<{ version: number } | null, { version: number; required: boolean; sha256: string }>;
  'deal.nda-accepted': Change<null, { version: number; sha256: string; orgId: string | null }>;
  /** The column it left (before) and the one it is in now, with the title it had then. */
  'term.moved': Change<{ status: TermStatus }, { termId: string; title: string; status: TermStatus }>;
  /** `title` is the term's title when signed (absent on older entries), so trails outside the room name it. */
  'term.signed': Change<null, { termId: string; orgId: string; wording: string; title?: string }>;
  'term.unsigned': SignoffsEnded;
  'term.signoffs-withdrawn': SignoffsEnded;
  'comment.created': Change<null, NewCommentData>;
  'comment.replied': Change<null, NewCommentData>;
  'comment.edited': Change<{ threadId: string; commentId: string }, { excerpt: string }>;
  'comment.resolved': Change<ThreadStatusData, ThreadStatusData>;
  'comment.reopened': Change<ThreadStatusData, ThreadStatusData>;
  'version.created': Change<null, VersionData>;
  'version.restored': Change<null, VersionData>;
  'file.uploaded': Change<null, DataRoomFileData & { version: number; size: number; mime: string }>;
  'file.version-added': Change<null, DataRoomFileData & { version: number; size: number; mime: string }>;
  'file.renamed': Change<DataRoomFileData, DataRoomFileData>;
  /** The folder it left (before) and the one it is in now. */
  'file.moved': Change<DataRoomFileData, DataRoomFileData>;
  'file.deleted': Change<DataRoomFileData, null>;
  'file.folder-created': Change<null, DataRoomFolderData>;
  /** A rename, a move (parentId) or a change of its access lists (`accessChanged`). */
  'file.folder-changed': Change<DataRoomFolderData, DataRoomFolderData & { accessChanged: boolean }>;
  'file.folder-deleted': Change<DataRoomFolderData, null>;
  'checklist.started': Change<null, { template: DealType; items: number }>;
  'checklist.item-added': Change<null, ChecklistEntryData>;
  'checklist.item-edited': Change<ChecklistEntryData, ChecklistEntryData & { fields: ChecklistItemField[] }>;
  'checklist.item-status': Change<{ status: ChecklistStatus }, ChecklistEntryData & { status: ChecklistStatus }>;
  'checklist.item-removed': Change<ChecklistEntryData, null>;
  'checklist.section-added': Change<null, ChecklistEntryData>;
  'checklist.section-edited': Change<ChecklistEntryData, ChecklistEntryData>;
  'checklist.section-removed': Change<ChecklistEntryData, null>;
}

/** An entry's action with its data, one member per action. */
export type ActivityData<Time = string> = {
  [Action in ActivityAction]: { action: Action; before: ActivityChanges<Time>[Action]['before']; after: ActivityChanges<Time>[Action]['after'] };
}[ActivityAction];

/** The data of the actions of some families, e.g. `ActivityDataOf<'org' | 'listing'>`. */
export type ActivityDataOf<Family extends ActivityFamily, Time = string> = Extract<ActivityData<Time>, { action: ActivityActionOf<Family> }>;
