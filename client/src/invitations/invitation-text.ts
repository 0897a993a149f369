// An invitation waiting for my answer, as a sentence in the reader's language, and where
// accepting it leads.
import type { InvitationView } from '../../../shared/schemas/invitations.ts';
import type { DealRole } from '../../../shared/schemas/deals.ts';
import { ROLE_LABEL } from '../deals/deal-labels.ts';
import type { Translate } from '../i18n/locale.svelte.ts';

function roleLabel(item: InvitationView, t: Translate): string {
  if (item.kind === 'org') return t(item.role === 'owner' ? 'org.role.owner' : 'org.role.member');
  return item.role in ROLE_LABEL ? t(ROLE_LABEL[item.role as DealRole]) : item.role;
}

export function invitationText(item: InvitationView, t: Translate): string {
  const values = { inviter: item.invitedBy.name, title: item.target.title, role: roleLabel(item, t), org: item.org?.name ?? '' };
  switch (item.kind) {
    case 'org':
      return t('invitations.toOrg', values);
    case 'deal':
      return t('invitations.toDeal', values);
    case 'deal-org':
      return t('invitations.orgToDeal', values);
  }
}

/** The organisation or deal page of what was joined. */
export function joinedHref(joined: { kind: 'org' | 'deal'; id: string }): string {
  return joined.kind === 'org' ? `#/orgs/${joined.id}` : `#/deals/${joined.id}`;
}
