// One activity-trail entry as a sentence in the reader's language: who did what to whom or to
// which term. Entries carry their own before / after data, typed per action
// (shared/schemas/activity-data.ts); names come from the lookups.
import { DEAL_ROOM_FAMILIES, isEntryOf } from '../../../../shared/activity-actions.ts';
import { assertNever } from '../../../../shared/assert-never.ts';
import type { TermStatus } from '../../../../shared/deal-docs.ts';
import type { ActivityView } from '../../../../shared/schemas/activity.ts';
import type { ActivityDataOf } from '../../../../shared/schemas/activity-data.ts';
import type { DealDoc, SignoffWithdrawalReason } from '../../../../shared/schemas/deals.ts';
import { checklistActivityText } from '../checklist/checklist-activity-text.ts';
import { ROLE_LABEL } from '../deal-labels.ts';
import type { ActivityLookups, EntryWording } from './activity-wording.ts';
import { invitationActivityText } from './invitation-activity-text.ts';
import { versionTitleText } from './version-title.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Translate } from '../../i18n/locale.svelte.ts';

export type { ActivityLookups } from './activity-wording.ts';

/** A comment excerpt with `@e-mail` mentions of members shown as `@Name`. */
function namedMentions(excerpt: string, lookups: ActivityLookups): string {
  return excerpt.replace(/@([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})/g, (whole, email: string) => {
    const name = lookups.nameForEmail(email);
    return name ? `@${name}` : whole;
  });
}

const DOC_KEYS: Record<DealDoc, MessageKey> = { dossier: 'activity.doc.dossier', board: 'activity.doc.board' };
const WITHDRAWAL_KEYS: Record<SignoffWithdrawalReason, MessageKey> = {
  'wording-changed': 'signoff.reason.wording-changed',
  'status-changed': 'signoff.reason.status-changed',
  'term-removed': 'signoff.reason.term-removed',
  unsigned: 'signoff.reason.unsigned',
};

function memberName({ t, lookups }: EntryWording, userId: string): string {
  return lookups.memberName(userId) ?? t('activity.formerMember');
}

/** The board's title of the term, else the one the entry stored, else "a term". */
function termTitle({ t, lookups }: EntryWording, termId: string, stored?: string): string {
  return lookups.termTitle(termId) ?? stored ?? t('activity.aTerm');
}

/** A term moving between status columns; a move no person's update caused names nobody. */
function termMovedText(from: TermStatus, after: { termId: string; title: string; status: TermStatus }, wording: EntryWording): string {
  const { t, lookups, actor } = wording;
  const values = { term: lookups.termTitle(after.termId) ?? after.title, from: lookups.statusName(from), to: lookups.statusName(after.status) };
  return wording.named ? t('activity.term.moved', { actor, ...values }) : t('activity.term.movedByNobody', values);
}

/** Entries about the deal itself, its stage and its members. */
function dealText(entry: ActivityDataOf<'deal'>, wording: EntryWording): string {
  const { t, lookups, actor } = wording;
  switch (entry.action) {
    case 'deal.created':
      return t('activity.deal.created', { actor });
    case 'deal.updated':
      return t('activity.deal.updated', { actor });
    case 'deal.stage-changed':
      return t('activity.deal.stage', { actor, stage: lookups.stageName(entry.after.stage) });
    case 'deal.stage-proposed':
      return t('activity.deal.stageProposed', { actor, stage: lookups.stageName(entry.after.stage) });
    case 'deal.stage-rejected':
      return t('activity.deal.stageRejected', { actor, stage: lookups.stageName(entry.before.stage) });
    case 'deal.member-added':
      return t('activity.member.added', { actor, member: memberName(wording, entry.after.userId), role: t(ROLE_LABEL[entry.after.role]) });
    case 'deal.member-changed':
      return t('activity.member.changed', { actor, member: memberName(wording, entry.after.userId), role: t(ROLE_LABEL[entry.after.role]) });
    case 'deal.member-removed':
      return t('activity.member.removed', { actor, member: memberName(wording, entry.before.userId) });
    case 'deal.edit-granted':
      return t('activity.member.granted', { actor, member: memberName(wording, entry.after.userId) });
    case 'deal.edit-revoked':
      return t('activity.member.revoked', { actor, member: memberName(wording, entry.after.userId) });
    case 'deal.member-invited':
    case 'deal.member-joined':
    case 'deal.invitation-declined':
    case 'deal.invitation-revoked':
    case 'deal.org-invited':
    case 'deal.org-joined':
    case 'deal.org-declined':
    case 'deal.org-invitation-revoked':
      return invitationActivityText(entry, wording);
    case 'deal.nda-published':
      return entry.after.required ? t('activity.nda.published', { actor, version: entry.after.version }) : t('activity.nda.dropped', { actor });
    case 'deal.nda-accepted':
      return t('activity.nda.accepted', { actor, version: entry.after.version });
    default:
      return assertNever(entry, 'deal activity');
  }
}

/** Entries about the work in the room: sign-offs, comments, versions. */
function workText(entry: ActivityDataOf<'term' | 'comment' | 'version'>, wording: EntryWording): string {
  const { t, lookups, actor } = wording;
  switch (entry.action) {
    case 'term.moved':
      return termMovedText(entry.before.status, entry.after, wording);
    case 'term.signed':
      return t('activity.term.signed', { actor, term: termTitle(wording, entry.after.termId, entry.after.title), org: lookups.orgName(entry.after.orgId) ?? t('activity.anOrg') });
    case 'term.unsigned':
      return t('activity.term.unsigned', { actor, term: termTitle(wording, entry.before.termId, entry.before.title) });
    case 'term.signoffs-withdrawn':
      return t('activity.term.withdrawn', { term: termTitle(wording, entry.before.termId, entry.before.title), reason: t(WITHDRAWAL_KEYS[entry.after.reason]) });
    case 'comment.created':
      return t('activity.comment.created', { actor, excerpt: namedMentions(entry.after.excerpt, lookups) });
    case 'comment.replied':
      return t('activity.comment.replied', { actor, excerpt: namedMentions(entry.after.excerpt, lookups) });
    case 'comment.edited':
      return t('activity.comment.edited', { actor });
    case 'comment.resolved':
      return t('activity.comment.resolved', { actor });
    case 'comment.reopened':
      return t('activity.comment.reopened', { actor });
    case 'version.created':
      return t('activity.version.created', { actor, name: versionTitleText({ name: entry.after.name, reason: entry.after.reason ?? null }, t), doc: t(DOC_KEYS[entry.after.doc]) });
    case 'version.restored':
      return t('activity.version.restored', { actor, name: versionTitleText({ name: entry.after.name, reason: entry.after.reason ?? null }, t), doc: t(DOC_KEYS[entry.after.doc]) });
    default:
      return assertNever(entry, 'deal-room activity');
  }
}

/** Entries about data-room files and folders. */
function fileText(entry: ActivityDataOf<'file'>, wording: EntryWording): string {
  const { t, actor } = wording;
  switch (entry.action) {
    case 'file.uploaded':
      return t('activity.file.uploaded', { actor, name: entry.after.name });
    case 'file.version-added':
      return t('activity.file.versionAdded', { actor, name: entry.after.name, version: entry.after.version });
    case 'file.renamed':
      return t('activity.file.renamed', { actor, from: entry.before.name, to: entry.after.name });
    case 'file.moved':
      return t('activity.file.moved', { actor, name: entry.after.name });
    case 'file.deleted':
      return t('activity.file.deleted', { actor, name: entry.before.name });
    case 'file.folder-created':
      return t('activity.file.folderCreated', { actor, name: entry.after.name });
    case 'file.folder-changed':
      return t(entry.after.accessChanged ? 'activity.file.folderAccess' : 'activity.file.folderChanged', { actor, name: entry.after.name });
    case 'file.folder-deleted':
      return t('activity.file.folderDeleted', { actor, name: entry.before.name });
    default:
      return assertNever(entry, 'data-room activity');
  }
}

export function activityText(entry: ActivityView, t: Translate, lookups: ActivityLookups): string {
  const actor = entry.actor?.name ?? t('activity.someone');
  // A deal's trail holds deal-room actions only; an action this build does not know (stored by a
  // newer one) still says who did what.
  if (!isEntryOf(entry, DEAL_ROOM_FAMILIES)) return t('activity.other', { actor, action: entry.action });
  const wording = { t, lookups, actor, named: entry.actor !== null };
  if (isEntryOf(entry, ['file'])) return fileText(entry, wording);
  if (isEntryOf(entry, ['checklist'])) return checklistActivityText(entry, wording);
  return isEntryOf(entry, ['deal']) ? dealText(entry, wording) : workText(entry, wording);
}
