// One activity-trail entry as a sentence in the reader's language: who did what to whom or to
// which term. Entries carry their own before / after data; names come from the lookups.
import type { ActivityView } from '../../../../shared/schemas/activity.ts';
import type { DealDoc, DealRole } from '../../../../shared/schemas/deals.ts';
import { ROLE_LABEL } from '../deal-labels.ts';
import { invitationActivityText } from './invitation-activity-text.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Translate } from '../../i18n/locale.svelte.ts';

export interface ActivityLookups {
  memberName(userId: string): string | null;
  orgName(orgId: string): string | null;
  termTitle(termId: string): string | null;
  stageName(stage: string): string;
  nameForEmail(email: string): string | null;
}

/** A comment excerpt with `@e-mail` mentions of members shown as `@Name`. */
function namedMentions(excerpt: string, lookups: ActivityLookups): string {
  return excerpt.replace(/@([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})/g, (whole, email: string) => {
    const name = lookups.nameForEmail(email);
    return name ? `@${name}` : whole;
  });
}

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const DOC_KEYS: Record<DealDoc, MessageKey> = { dossier: 'activity.doc.dossier', board: 'activity.doc.board' };
const WITHDRAWAL_KEYS: Record<string, MessageKey> = {
  'wording-changed': 'signoff.reason.wording-changed',
  'status-changed': 'signoff.reason.status-changed',
  'term-removed': 'signoff.reason.term-removed',
  unsigned: 'signoff.reason.unsigned',
};

function role(t: Translate, value: unknown): string {
  const code = text(value);
  return code in ROLE_LABEL ? t(ROLE_LABEL[code as DealRole]) : code;
}

function doc(t: Translate, value: unknown): string {
  const code = text(value);
  return code in DOC_KEYS ? t(DOC_KEYS[code as DealDoc]) : code;
}

export function activityText(entry: ActivityView, t: Translate, lookups: ActivityLookups): string {
  const before = fields(entry.before);
  const after = fields(entry.after);
  const actor = entry.actor?.name ?? t('activity.someone');
  const member = (userId: unknown) => lookups.memberName(text(userId)) ?? t('activity.formerMember');
  const org = (orgId: unknown) => lookups.orgName(text(orgId)) ?? t('activity.anOrg');
  const term = (termId: unknown) => lookups.termTitle(text(termId)) ?? t('activity.aTerm');
  switch (entry.action) {
    case 'deal.created':
      return t('activity.deal.created', { actor });
    case 'deal.updated':
      return t('activity.deal.updated', { actor });
    case 'deal.stage-changed':
      return t('activity.deal.stage', { actor, stage: lookups.stageName(text(after.stage)) });
    case 'deal.stage-proposed':
      return t('activity.deal.stageProposed', { actor, stage: lookups.stageName(text(after.stage)) });
    case 'deal.stage-rejected':
      return t('activity.deal.stageRejected', { actor, stage: lookups.stageName(text(before.stage)) });
    case 'deal.member-added':
      return t('activity.member.added', { actor, member: member(after.userId), role: role(t, after.role) });
    case 'deal.member-changed':
      return t('activity.member.changed', { actor, member: member(after.userId), role: role(t, after.role) });
    case 'deal.member-removed':
      return t('activity.member.removed', { actor, member: member(before.userId) });
    case 'deal.edit-granted':
      return t('activity.member.granted', { actor, member: member(after.userId) });
    case 'deal.edit-revoked':
      return t('activity.member.revoked', { actor, member: member(after.userId) });
    case 'term.signed':
      return t('activity.term.signed', { actor, term: term(after.termId), org: org(after.orgId) });
    case 'term.unsigned':
      return t('activity.term.unsigned', { actor, term: term(before.termId) });
    case 'term.signoffs-withdrawn': {
      const reason = WITHDRAWAL_KEYS[text(after.reason)];
      return t('activity.term.withdrawn', { term: term(before.termId), reason: reason ? t(reason) : text(after.reason) });
    }
    case 'comment.created':
      return t('activity.comment.created', { actor, excerpt: namedMentions(text(after.excerpt), lookups) });
    case 'comment.replied':
      return t('activity.comment.replied', { actor, excerpt: namedMentions(text(after.excerpt), lookups) });
    case 'comment.edited':
      return t('activity.comment.edited', { actor });
    case 'comment.resolved':
      return t('activity.comment.resolved', { actor });
    case 'comment.reopened':
      return t('activity.comment.reopened', { actor });
    case 'version.created':
      return t('activity.version.created', { actor, name: text(after.name), doc: doc(t, after.doc) });
    case 'version.restored':
      return t('activity.version.restored', { actor, name: text(after.name), doc: doc(t, after.doc) });
    default:
      return invitationActivityText(entry.action, { before, after, actor }, t, lookups) ?? t('activity.other', { actor, action: entry.action });
  }
}
