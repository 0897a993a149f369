// Deal-trail entries about invitations and consent as sentences: people invited, joining on
// acceptance, declining, invitations taken back; organisations asked, joining, declining.
import type { DealRole } from '../../../../shared/schemas/deals.ts';
import type { Translate } from '../../i18n/locale.svelte.ts';
import { ROLE_LABEL } from '../deal-labels.ts';
import type { ActivityLookups } from './activity-text.ts';

interface EntryFacts {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  actor: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function role(t: Translate, value: unknown): string {
  const code = text(value);
  return code in ROLE_LABEL ? t(ROLE_LABEL[code as DealRole]) : code;
}

/** The sentence for an invitation or consent entry; null for any other action. */
export function invitationActivityText(action: string, { before, after, actor }: EntryFacts, t: Translate, lookups: ActivityLookups): string | null {
  const org = (orgId: unknown) => lookups.orgName(text(orgId)) ?? t('activity.anOrg');
  switch (action) {
    case 'deal.member-invited':
      return t('activity.member.invited', { actor, email: text(after.email), role: role(t, after.role) });
    case 'deal.member-joined':
      return t('activity.member.joined', { actor, role: role(t, after.role) });
    case 'deal.invitation-declined':
      return t('activity.invitation.declined', { actor });
    case 'deal.invitation-revoked':
      return t('activity.invitation.revoked', { actor, email: text(before.email) });
    case 'deal.org-invited':
      return t('activity.dealOrg.invited', { actor, org: org(after.orgId) });
    case 'deal.org-joined':
      return t('activity.dealOrg.joined', { actor, org: org(after.orgId) });
    case 'deal.org-declined':
      return t('activity.dealOrg.declined', { actor, org: org(before.orgId) });
    case 'deal.org-invitation-revoked':
      return t('activity.dealOrg.revoked', { actor, org: org(before.orgId) });
    default:
      return null;
  }
}
