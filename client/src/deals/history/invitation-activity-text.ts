// Deal-trail entries about invitations and consent as sentences: people invited, joining on
// acceptance, declining, invitations taken back; organisations asked, joining, declining.
import { assertNever } from '../../../../shared/assert-never.ts';
import type { ActivityData } from '../../../../shared/schemas/activity-data.ts';
import { ROLE_LABEL } from '../deal-labels.ts';
import type { EntryWording } from './activity-wording.ts';

type InvitationEntry = Extract<
  ActivityData,
  {
    action:
      | 'deal.member-invited'
      | 'deal.member-joined'
      | 'deal.invitation-declined'
      | 'deal.invitation-revoked'
      | 'deal.org-invited'
      | 'deal.org-joined'
      | 'deal.org-declined'
      | 'deal.org-invitation-revoked';
  }
>;

/** The sentence for an invitation or consent entry. */
export function invitationActivityText(entry: InvitationEntry, { t, lookups, actor }: EntryWording): string {
  const org = (orgId: string) => lookups.orgName(orgId) ?? t('activity.anOrg');
  switch (entry.action) {
    case 'deal.member-invited':
      return t('activity.member.invited', { actor, email: entry.after.email, role: t(ROLE_LABEL[entry.after.role]) });
    case 'deal.member-joined':
      return t('activity.member.joined', { actor, role: t(ROLE_LABEL[entry.after.role]) });
    case 'deal.invitation-declined':
      return t('activity.invitation.declined', { actor });
    case 'deal.invitation-revoked':
      return t('activity.invitation.revoked', { actor, email: entry.before.email ?? '' });
    case 'deal.org-invited':
      return t('activity.dealOrg.invited', { actor, org: org(entry.after.orgId) });
    case 'deal.org-joined':
      return t('activity.dealOrg.joined', { actor, org: org(entry.after.orgId) });
    case 'deal.org-declined':
      return t('activity.dealOrg.declined', { actor, org: org(entry.before.orgId) });
    case 'deal.org-invitation-revoked':
      return t('activity.dealOrg.revoked', { actor, org: org(entry.before.orgId) });
    default:
      return assertNever(entry, 'invitation activity');
  }
}
