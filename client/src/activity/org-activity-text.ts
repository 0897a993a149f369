// One entry of an organisation's trail as a sentence in the reader's language: organisation,
// listing and match commands here; deal entries as the deal room words them, after the deal's title.
import type { OrgActivityView } from '../../../shared/schemas/activity.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { activityText, type ActivityLookups } from '../deals/index.ts';

const ORG_ACTIONS: Record<string, MessageKey> = {
  'org.created': 'activity.org.created',
  'org.updated': 'activity.org.updated',
  'org.member-added': 'activity.org.memberAdded',
  'org.member-invited': 'activity.org.memberInvited',
  'org.member-joined': 'activity.org.memberJoined',
  'org.invitation-declined': 'activity.org.invitationDeclined',
  'org.invitation-revoked': 'activity.org.invitationRevoked',
  'org.member-changed': 'activity.org.memberChanged',
  'org.member-removed': 'activity.org.memberRemoved',
  'org.member-left': 'activity.org.memberLeft',
  'listing.created': 'activity.listing.created',
  'listing.updated': 'activity.listing.updated',
  'listing.withdrawn': 'activity.listing.withdrawn',
  'listing.expired': 'activity.listing.expired',
  'match.interested': 'activity.match.interested',
  'match.declined': 'activity.match.declined',
  'match.snoozed': 'activity.match.snoozed',
  'match.introduced': 'activity.match.introduced',
};

function field(value: unknown, name: string): string {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
  return typeof found === 'string' ? found : '';
}

/** Lookups for deal entries seen from outside the room: names come from the organisation's members. */
export function orgLookups(memberName: (userId: string) => string | null, stageName: (stage: string) => string): ActivityLookups {
  return { memberName, orgName: () => null, termTitle: () => null, stageName, nameForEmail: () => null };
}

export function orgActivityText(entry: OrgActivityView, t: Translate, lookups: ActivityLookups): string {
  const title = entry.subject.title ?? t('activity.trail.untitled');
  if (entry.subject.kind === 'deal') return t('activity.trail.inDeal', { deal: title, text: activityText(entry, t, lookups) });
  const key = ORG_ACTIONS[entry.action];
  if (!key) return t('activity.other', { actor: entry.actor?.name ?? t('activity.someone'), action: entry.action });
  const member = lookups.memberName(field(entry.after, 'userId') || field(entry.before, 'userId')) ?? t('activity.formerMember');
  const email = field(entry.after, 'email') || field(entry.before, 'email');
  return t(key, { actor: entry.actor?.name ?? t('activity.trail.system'), title, member, role: field(entry.after, 'role'), email });
}

/** Where an entry's subject is shown. */
export function orgActivityLink(entry: OrgActivityView): string | null {
  switch (entry.subject.kind) {
    case 'listing':
      return `#/listings/${entry.subject.id}`;
    case 'deal':
      return `#/deals/${entry.subject.id}/history`;
    case 'match':
      return '#/matches';
    case 'org':
      return null;
  }
}
