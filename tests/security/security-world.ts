// One populated server for the security suites: two organisations with matching listings, a
// match, a note, and a supply deal with every role (owner-party, other party, adviser, adviser
// with an edit grant, manager), an outsider and a colleague of the other side who is not in the
// deal, a comment thread on a term, a named version and a started request list.
import { readTerms } from '../../shared/deal-docs.ts';
import type { ChecklistResponse } from '../../shared/schemas/checklist.ts';
import type { DealDetail, VersionSummary } from '../../shared/schemas/deals.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { NoteSummary } from '../../shared/schemas/notes.ts';
import { createNote, registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { addDealMember, call, openDeal, setTermStatus } from '../deals/deal-helpers.ts';
import { CERTIFIER, addMember, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { createFolder, pdfBytes, uploadFile } from '../dataroom/dataroom-world.ts';

export interface SecurityWorld {
  /** Deal owner, party for the drone maker, owner of the maker's organisation, the note and the need. */
  owner: TestUser;
  /** Party for the certifier, owner of the certifier's organisation and the offer. */
  party: TestUser;
  adviser: TestUser;
  /** An adviser a party let edit the dossier. */
  editor: TestUser;
  manager: TestUser;
  outsider: TestUser;
  /** A member of the certifier's organisation who is not in the deal. */
  colleague: TestUser;
  makerOrgId: string;
  certifierOrgId: string;
  needId: string;
  offerId: string;
  matchId: string;
  note: NoteSummary;
  deal: DealDetail;
  termId: string;
  threadId: string;
  commentId: string;
  versionId: string;
  /** The deal's request list (started from the supply template): its first section and item. */
  checklistSectionId: string;
  checklistItemId: string;
  /** A data-room folder with the default access (everyone views and downloads) and a file in it, uploaded by the owner. */
  folderId: string;
  fileId: string;
  /** Questions the owner asked the certifier's side (the party, a designated approver, answers). */
  questions: { open: string; drafted: string; answered: string; toSendBack: string };
}

function expectStatus(response: { status: number; body: unknown }, wanted: number, what: string): void {
  if (response.status !== wanted) throw new Error(`${what} failed: ${response.status} ${JSON.stringify(response.body)}`);
}

async function marketplace(server: TestServer, owner: TestUser, party: TestUser, colleague: TestUser) {
  const makerOrg = await createOrg(server.url, owner);
  const certifierOrg = await createOrg(server.url, party, CERTIFIER);
  await addMember(server.url, party, certifierOrg.id, colleague);
  const need = await createListing(server.url, owner, needFor(makerOrg.id));
  const offer = await createListing(server.url, party, offerFor(certifierOrg.id));
  const matches = await call<{ matches: ListingMatch[] }>(server.url, owner, 'GET', `/api/listings/${need.id}/matches?limit=50`);
  const matchId = matches.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
  if (!matchId) throw new Error('the need and the offer were not matched');
  return { makerOrgId: makerOrg.id, certifierOrgId: certifierOrg.id, needId: need.id, offerId: offer.id, matchId };
}

async function dealRoom(server: TestServer, people: Pick<SecurityWorld, 'owner' | 'party' | 'adviser' | 'editor' | 'manager'>, orgIds: [string, string]) {
  const { owner, party, adviser, editor, manager } = people;
  const deal = await openDeal(server, owner, { orgIds, actingOrgId: orgIds[0] });
  await addDealMember(server, owner, deal.id, party, 'party', { orgId: orgIds[1] });
  await addDealMember(server, owner, deal.id, adviser, 'adviser');
  await addDealMember(server, owner, deal.id, editor, 'adviser');
  await addDealMember(server, owner, deal.id, manager, 'manager');
  expectStatus(await call(server.url, party, 'POST', `/api/deals/${deal.id}/members/${editor.user.id}/grant-edit`, { docs: ['dossier'] }), 200, 'grant edit');
  const termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
  // Proposed, so that parties may sign it off.
  await server.app.registry.edit(deal.docs.board, owner.user, (shared) => setTermStatus(shared.doc, termId, 'proposed'));
  const thread = await call<{ id: string; comments: { id: string }[] }>(server.url, adviser, 'POST', `/api/deals/${deal.id}/comments`, {
    anchor: { type: 'term', termId },
    body: 'Is FOB Shenzhen acceptable?',
  });
  expectStatus(thread, 201, 'open thread');
  const version = await call<VersionSummary>(server.url, owner, 'POST', `/api/deals/${deal.id}/versions`, { doc: 'dossier', name: 'First draft' });
  expectStatus(version, 201, 'save version');
  const checklist = await call<ChecklistResponse>(server.url, owner, 'POST', `/api/deals/${deal.id}/checklist`, {});
  expectStatus(checklist, 201, 'start the request list');
  const [section] = checklist.body.checklist?.sections ?? [];
  const [item] = checklist.body.checklist?.items ?? [];
  const ids = { checklistSectionId: section.id, checklistItemId: item.id };
  return { deal, termId, threadId: thread.body.id, commentId: thread.body.comments[0].id, versionId: version.body.id, ...ids };
}

async function ask(server: TestServer, owner: TestUser, dealId: string, title: string): Promise<string> {
  const asked = await call<{ id: string }>(server.url, owner, 'POST', `/api/deals/${dealId}/qa`, { title, category: 'financial' });
  expectStatus(asked, 201, 'ask');
  return asked.body.id;
}

async function answer(server: TestServer, party: TestUser, dealId: string, questionId: string, approve: boolean): Promise<void> {
  expectStatus(await call(server.url, party, 'PUT', `/api/deals/${dealId}/qa/${questionId}/draft`, { body: 'See the audited accounts.', fileIds: [] }), 200, 'draft');
  if (approve) expectStatus(await call(server.url, party, 'POST', `/api/deals/${dealId}/qa/${questionId}/approve`), 200, 'approve');
}

/** A folder with a file, and questions in each state the Q&A rows of the matrix act on. */
async function diligence(server: TestServer, owner: TestUser, party: TestUser, dealId: string) {
  const folder = await createFolder(server, owner, dealId, { name: 'Financials' });
  expectStatus(folder, 201, 'create folder');
  const file = await uploadFile(server, owner, dealId, { folderId: folder.body.id, name: 'accounts-2024.pdf' }, pdfBytes());
  expectStatus(file, 201, 'upload');
  expectStatus(await call(server.url, owner, 'PUT', `/api/deals/${dealId}/qa/approvers/${party.user.id}`, { approver: true }), 200, 'designate approver');
  const [open, drafted, answered, toSendBack] = [
    await ask(server, owner, dealId, 'Audited accounts for 2023?'),
    await ask(server, owner, dealId, 'Export licences?'),
    await ask(server, owner, dealId, 'Warranty claims?'),
    await ask(server, owner, dealId, 'Key customers?'),
  ];
  await answer(server, party, dealId, drafted, false);
  await answer(server, party, dealId, answered, true);
  await answer(server, party, dealId, toSendBack, true);
  return { folderId: folder.body.id, fileId: file.body.id, questions: { open, drafted, answered, toSendBack } };
}

/** Builds the world over REST on a running server. */
export async function buildSecurityWorld(server: TestServer): Promise<SecurityWorld> {
  const [owner, party, adviser, editor, manager, outsider, colleague] = await Promise.all(
    ['Owner', 'Party', 'Adviser', 'Editor', 'Manager', 'Outsider', 'Colleague'].map((name) => registerUser(server.url, name)),
  );
  const market = await marketplace(server, owner, party, colleague);
  const room = await dealRoom(server, { owner, party, adviser, editor, manager }, [market.makerOrgId, market.certifierOrgId]);
  const note = await createNote(server.url, owner, 'Supplier shortlist');
  const files = await diligence(server, owner, party, room.deal.id);
  return { owner, party, adviser, editor, manager, outsider, colleague, ...market, ...room, note, ...files };
}
