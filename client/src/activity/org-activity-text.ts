// One entry of an organisation's trail as a sentence in the reader's language: organisation,
// listing and match commands here; deal entries as the deal room words them, after the deal's title.
import { isEntryOf, type ActivityActionOf } from '../../../shared/activity-actions.ts';
import { assertNever } from '../../../shared/assert-never.ts';
import type { TermStatus } from '../../../shared/deal-docs.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { OrgActivityView } from '../../../shared/schemas/activity.ts';
import type { ActivityDataOf } from '../../../shared/schemas/activity-data.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { activityText, type ActivityLookups } from '../deals/index.ts';

/** The families an organisation's own commands belong to (deal entries are worded by the room). */
const OWN_FAMILIES = ['org', 'listing', 'match'] as const;
type OwnEntry = ActivityDataOf<(typeof OWN_FAMILIES)[number]>;

const ORG_ACTIONS: Record<ActivityActionOf<(typeof OWN_FAMILIES)[number]>, MessageKey> = {
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

/** The person an entry is about, as far as its sentence names them ('' where it names none). */
interface PersonFacts {
  userId: string;
  email: string;
  role: string;
}

const NOBODY: PersonFacts = { userId: '', email: '', role: '' };

function personOf(entry: OwnEntry): PersonFacts {
  switch (entry.action) {
    case 'org.member-added':
    case 'org.member-changed':
    case 'org.member-joined':
      return { userId: entry.after.userId, email: '', role: entry.after.role };
    case 'org.member-invited':
      return { userId: '', email: entry.after.email, role: entry.after.role };
    case 'org.invitation-declined':
    case 'org.invitation-revoked':
      return { userId: '', email: entry.before.email ?? '', role: '' };
    case 'org.member-removed':
    case 'org.member-left':
      return { userId: entry.before.userId, email: '', role: '' };
    case 'org.created':
    case 'org.updated':
    case 'listing.created':
    case 'listing.updated':
    case 'listing.withdrawn':
    case 'listing.expired':
    case 'match.interested':
    case 'match.declined':
    case 'match.snoozed':
    case 'match.introduced':
      return NOBODY;
    default:
      return assertNever(entry, 'organisation activity');
  }
}

/**
 * Lookups for deal entries seen from outside the room: names come from the organisation's members,
 * and the one organisation named is the reader's own (the trail holds what was done for it).
 */
export function orgLookups(
  org: { id: string; name: string },
  memberName: (userId: string) => string | null,
  stageName: (stage: string) => string,
  statusName: (status: TermStatus) => string,
  lang: Lang,
): ActivityLookups {
  return { memberName, orgName: (orgId) => (orgId === org.id ? org.name : null), termTitle: () => null, stageName, statusName, nameForEmail: () => null, lang };
}

export function orgActivityText(entry: OrgActivityView, t: Translate, lookups: ActivityLookups): string {
  const title = entry.subject.title ?? t('activity.trail.untitled');
  if (entry.subject.kind === 'deal') return t('activity.trail.inDeal', { deal: title, text: activityText(entry, t, lookups) });
  if (!isEntryOf(entry, OWN_FAMILIES)) return t('activity.other', { actor: entry.actor?.name ?? t('activity.someone'), action: entry.action });
  const { userId, email, role } = personOf(entry);
  const member = lookups.memberName(userId) ?? t('activity.formerMember');
  return t(ORG_ACTIONS[entry.action], { actor: entry.actor?.name ?? t('activity.trail.system'), title, member, role, email });
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
