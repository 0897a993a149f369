// What each deal role may do, as pure functions of the membership record: parties edit, advisers
// read and comment (and edit a document a party granted), managers read, owners manage members.
// In Q&A a member acts for a side (a party's organisation, the one an adviser advises).
import { assertNever } from '../../shared/assert-never.ts';
import type { DocAccess } from '../../shared/doc-names.ts';
import type { DealDoc, DealPermissions } from '../../shared/schemas/deals.ts';
import type { DealMemberRecord } from './deal-member-repository.ts';

type Member = Pick<DealMemberRecord, 'role' | 'owner' | 'editGrants' | 'orgId' | 'advises'>;

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

/** The side a member acts for in Q&A: a party's organisation, the one an adviser advises; managers none. */
export function sideOf(member: Pick<Member, 'role' | 'orgId' | 'advises'>): string | null {
  switch (member.role) {
    case 'party':
      return member.orgId;
    case 'adviser':
      return member.advises ?? null;
    case 'manager':
      return null;
    default:
      return assertNever(member.role, 'deal role');
  }
}

/** Questions and approved answers: members acting for a side, and managers; others read the FAQ only. */
export function canReadQuestions(member: Member): boolean {
  return sideOf(member) !== null || member.role === 'manager';
}

/** A member asks the other side a question, and answers, for their own side only. */
export function canActForSide(member: Member, orgId: string): boolean {
  return sideOf(member) === orgId;
}

/** Approving an answer: the owner or a designated approver, acting for the answering side. */
export function canApproveFor(member: Member, orgId: string, designated: boolean): boolean {
  return canActForSide(member, orgId) && (member.owner || designated);
}

/** Designating a side's approvers: the owner, or a party of that side. */
export function canDesignateApproversFor(member: Member, orgId: string): boolean {
  return member.owner || (member.role === 'party' && member.orgId === orgId);
}

/** Putting an answered question in the FAQ: the owner, or the side that asked it. */
export function canPromoteToFaq(member: Member, askingOrgId: string): boolean {
  return member.owner || canActForSide(member, askingOrgId);
}
