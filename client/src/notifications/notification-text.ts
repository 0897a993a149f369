// A notification as a sentence in the reader's language, and where it leads. The server sends
// facts (titles, roles, stages, excerpts); the words are the client's, so a change of language
// rewords every notification already on screen.
import type { NotificationType, NotificationView } from '../../../shared/schemas/notifications.ts';
import type { DealRole } from '../../../shared/schemas/deals.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import { ROLE_LABEL, stageLabel } from '../deals/deal-labels.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { routeHref } from '../lib/hash-route.svelte.ts';

/** The name of each type, for filters and preferences. */
export const TYPE_LABEL: Record<NotificationType, MessageKey> = {
  'match.new': 'notifications.type.match.new',
  'match.interest': 'notifications.type.match.interest',
  'match.mutual': 'notifications.type.match.mutual',
  'match.reminder': 'notifications.type.match.reminder',
  'match.expired': 'notifications.type.match.expired',
  'deal.invitation': 'notifications.type.deal.invitation',
  'org.invitation': 'notifications.type.org.invitation',
  'comment.mention': 'notifications.type.comment.mention',
  'comment.reply': 'notifications.type.comment.reply',
  'term.signed': 'notifications.type.term.signed',
  'term.blocked': 'notifications.type.term.blocked',
  'deal.stage': 'notifications.type.deal.stage',
  'term.due-soon': 'notifications.type.term.due-soon',
  'qa.assigned': 'notifications.type.qa.assigned',
  'qa.approval': 'notifications.type.qa.approval',
  'qa.answered': 'notifications.type.qa.answered',
  'qa.sent-back': 'notifications.type.qa.sent-back',
};

const SENTENCE: Record<NotificationType, MessageKey> = {
  'match.new': 'notifications.text.match.new',
  'match.interest': 'notifications.text.match.interest',
  'match.mutual': 'notifications.text.match.mutual',
  'match.reminder': 'notifications.text.match.reminder',
  'match.expired': 'notifications.text.match.expired',
  'deal.invitation': 'notifications.text.deal.invitation',
  'org.invitation': 'notifications.text.org.invitation',
  'comment.mention': 'notifications.text.comment.mention',
  'comment.reply': 'notifications.text.comment.reply',
  'term.signed': 'notifications.text.term.signed',
  'term.blocked': 'notifications.text.term.blocked',
  'deal.stage': 'notifications.text.deal.stage',
  'term.due-soon': 'notifications.text.term.due-soon',
  'qa.assigned': 'notifications.text.qa.assigned',
  'qa.approval': 'notifications.text.qa.approval',
  'qa.answered': 'notifications.text.qa.answered',
  'qa.sent-back': 'notifications.text.qa.sent-back',
};

const STAGE_NEWS: Record<string, MessageKey> = {
  proposed: 'notifications.text.deal.stage-proposed',
  rejected: 'notifications.text.deal.stage-rejected',
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function role(t: Translate, code: string): string {
  return code in ROLE_LABEL ? t(ROLE_LABEL[code as DealRole]) : code;
}

function day(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(lang, { dateStyle: 'medium' });
}

function sentenceOf(item: NotificationView): MessageKey {
  if (item.type === 'match.new' && typeof item.data.count === 'number' && item.data.count > 1) return 'notifications.text.match.newGrouped';
  if (item.type === 'deal.stage') return STAGE_NEWS[text(item.data.news)] ?? SENTENCE[item.type];
  if (item.type === 'deal.invitation' && item.data.invitationKind === 'deal-org') return 'notifications.text.deal.org-invitation';
  return SENTENCE[item.type];
}

export function notificationText(item: NotificationView, t: Translate, lang: Lang): string {
  const { data } = item;
  const values = {
    actor: item.actor?.name ?? t(item.type === 'match.interest' ? 'notifications.otherSide' : 'activity.someone'),
    title: item.subject.title,
    theirs: text(data.theirTitle),
    role: role(t, text(data.role)),
    excerpt: text(data.excerpt),
    term: text(data.termTitle),
    from: stageLabel(text(data.from), lang),
    to: stageLabel(text(data.to), lang),
    due: day(text(data.due), lang),
    org: text(data.orgName),
    count: typeof data.count === 'number' ? data.count : 1,
    question: text(data.questionTitle),
  };
  return t(sentenceOf(item), values);
}

/** Mentions, invitations, interest and deal news: what a person must not miss under a pile of new matches. */
export function needsAttention(item: Pick<NotificationView, 'type'>): boolean {
  return item.type !== 'match.new';
}

/** Where the notification leads: the matches inbox, the invitations to answer, or the part of the deal room it is about. */
export function notificationHref(item: NotificationView): string {
  // New-match news leads to the inbox filtered to the listing it is about.
  const listingId = text(item.data.listingId);
  if (item.type === 'match.new' && listingId) return routeHref({ page: 'matches', query: new URLSearchParams({ listing: listingId }).toString() });
  if (item.subject.kind === 'match') return '#/matches';
  // Invitations are answered where they are listed, at the top of the notifications page.
  if (item.subject.kind === 'invitation') return '#/notifications';
  const dealId = item.subject.dealId ?? item.subject.id;
  if (item.type.startsWith('qa.')) return `#/deals/${dealId}/qa`;
  return item.type.startsWith('term.') ? `#/deals/${dealId}/board` : `#/deals/${dealId}`;
}
