// The collaboration access check for `dossier:<dealId>` and `board:<dealId>`, answered from the
// caller's deal role (see deal-roles.ts); nothing until the member has accepted the deal's current
// NDA; a document over the size limit is read-only for all.
import type { DocAccess, DocName } from '../../shared/doc-names.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DealDoc } from '../../shared/schemas/deals.ts';
import type { KindAccessResolver } from '../collab/index.ts';
import { ndaPending } from './deal-guard.ts';
import type { DealMemberRepository } from './deal-member-repository.ts';
import type { DealRepository } from './deal-repository.ts';
import { docAccessFor } from './deal-roles.ts';

export function dealDocAccessResolver(deals: DealRepository, members: DealMemberRepository, isFull: (docName: string) => boolean): KindAccessResolver {
  return async (user: PublicUser, doc: DocName): Promise<DocAccess> => {
    const [deal, member] = await Promise.all([deals.find(doc.id), members.find(doc.id, user.id)]);
    if (!deal || !member || ndaPending(deal, member)) return 'none';
    const access = docAccessFor(member, doc.kind as DealDoc);
    return access === 'write' && isFull(formatDocName(doc.kind, doc.id)) ? 'read' : access;
  };
}
