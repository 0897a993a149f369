// Terms waiting for a person's sign-off: proposed or agreed terms on the boards of deals where
// they are a party, that the organisation they act for has not signed off yet.
import { readTerms, SIGNABLE_STATUSES } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import type { HomeSignoffItem } from '../../shared/schemas/home.ts';
import type { DocRegistry } from '../collab/index.ts';
import type { DealMemberRecord, DealRecord, SignoffRepository } from '../deals/index.ts';

export interface SignoffPorts {
  signoffs: Pick<SignoffRepository, 'forDeal'>;
  registry: Pick<DocRegistry, 'read'>;
}

async function pendingIn(ports: SignoffPorts, deal: DealRecord, orgId: string): Promise<HomeSignoffItem[]> {
  const [terms, signoffs] = await Promise.all([
    ports.registry.read(formatDocName('board', deal._id), (shared) => readTerms(shared.doc)),
    ports.signoffs.forDeal(deal._id),
  ]);
  const signed = new Set(signoffs.filter((signoff) => signoff.orgId === orgId).map((signoff) => signoff.termId));
  return terms
    .filter((term) => SIGNABLE_STATUSES.includes(term.status) && !signed.has(term.id))
    .map((term) => ({ dealId: deal._id, dealTitle: deal.title, termId: term.id, termTitle: term.title, status: term.status }));
}

/** The user's memberships decide where they sign: only as a party, only for their organisation. */
export async function pendingSignoffs(ports: SignoffPorts, deals: readonly DealRecord[], memberships: readonly DealMemberRecord[]): Promise<HomeSignoffItem[]> {
  const signing = deals.flatMap((deal) => {
    const member = memberships.find((entry) => entry.dealId === deal._id);
    return member?.role === 'party' && member.orgId ? [{ deal, orgId: member.orgId }] : [];
  });
  return (await Promise.all(signing.map(({ deal, orgId }) => pendingIn(ports, deal, orgId)))).flat();
}
