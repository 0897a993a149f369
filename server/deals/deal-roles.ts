// What each deal role may do, as pure functions of the membership record: parties edit, advisers
// read and comment (and edit a document a party granted), managers read, owners manage members.
import { assertNever } from '../../shared/assert-never.ts';
import type { DocAccess } from '../../shared/doc-names.ts';
import type { DealDoc, DealPermissions } from '../../shared/schemas/deals.ts';
import type { DealMemberRecord } from './deal-member-repository.ts';

type Member = Pick<DealMemberRecord, 'role' | 'owner' | 'editGrants' | 'orgId'>;

/** Access to a deal document for a member; `none` for no membership. */
export function docAccessFor(member: Member | null, doc: DealDoc): DocAccess {
  if (!member) return 'none';
  switch (member.role) {
    case 'party':
      return 'write';
    case 'adviser':
      return member.editGrants.includes(doc) ? 'write' : 'read';
    case 'manager':
      return 'read';
    default:
      return assertNever(member.role, 'deal role');
  }
}

export function canComment(member: Member): boolean {
  return member.role === 'party' || member.role === 'adviser' || member.role === 'manager';
}

/** Title, description and stage: the owner and the parties. */
export function canEditDeal(member: Member): boolean {
  return member.owner || member.role === 'party';
}

export function canManageMembers(member: Member): boolean {
  return member.owner;
}

/** Only a party signs, and only for the organisation it acts for. */
export function canSignFor(member: Member, orgId: string): boolean {
  return member.role === 'party' && member.orgId !== null && member.orgId === orgId;
}

export function permissionsOf(member: Member): DealPermissions {
  const access = (doc: DealDoc) => (docAccessFor(member, doc) === 'write' ? 'write' : 'read');
  return {
    dossier: access('dossier'),
    board: access('board'),
    comment: canComment(member),
    manageMembers: canManageMembers(member),
    signFor: member.role === 'party' ? member.orgId : null,
  };
}
