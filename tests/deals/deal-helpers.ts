// Helpers for deal-room tests: a real server with deal-room options, opening deals and adding
// members over REST (invited, then accepting as themselves), collaboration clients on `dossier:` / `board:` documents, and Socket.IO
// sockets joined to a deal's room.
import * as Y from 'yjs';
import type { DealRoomOptions } from '../../server/wiring/deal-rooms.ts';
import { findTerm, readTerms, sectionFragmentName, type TermSnapshot } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import type { TestUser } from '../helpers/api.ts';
import { inviteAndAccept } from '../helpers/invitations.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { call, connectSocket, createListing, needFor, offerFor, type AppSocket } from '../listings/marketplace-helpers.ts';

export { call, connectSocket, record, type AppSocket } from '../listings/marketplace-helpers.ts';

/** A real server on port 0 over a fresh embedded store, with deal-room options for the test. */
export function startDealServer(options: Partial<DealRoomOptions> = {}): Promise<TestServer> {
  return startTestServer({ dealRooms: { autoVersionQuietMs: 60 * 60_000, ...options } });
}

export async function openDeal(server: TestServer, owner: TestUser, body: Record<string, unknown> = {}): Promise<DealDetail> {
  const response = await call<DealDetail>(server.url, owner, 'POST', '/api/deals', {
    title: 'Inspection drones for the EU',
    type: 'supply',
    ...body,
  });
  if (response.status !== 201) throw new Error(`open deal failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Invites the member and accepts as them (or changes an existing member); the deal as the owner then sees it. */
export async function addDealMember(
  server: TestServer,
  owner: TestUser,
  dealId: string,
  member: TestUser,
  role: 'party' | 'adviser' | 'manager',
  extra: Record<string, unknown> = {},
): Promise<DealDetail> {
  await inviteAndAccept(server.url, owner, `/api/deals/${dealId}/members`, member, { role, ...extra });
  const response = await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${dealId}`);
  if (response.status !== 200) throw new Error(`read deal failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A Socket.IO client of the user, joined to the deal's room. */
export async function joinDeal(server: TestServer, user: TestUser, dealId: string): Promise<AppSocket> {
  const socket = await connectSocket(server.url, user);
  const result = await socket.emitWithAck('deal:join', { dealId });
  if (!('data' in result)) throw new Error(`join failed: ${JSON.stringify(result)}`);
  return socket;
}

/** Tracks clients and sockets so a test can close them all in afterEach. */
export class Peers {
  private readonly clients: CollabClient[] = [];
  private readonly sockets: AppSocket[] = [];

  constructor(private readonly server: () => TestServer) {}

  async doc(user: TestUser, docName: string, noReconnect = false): Promise<CollabClient> {
    const client = connectClient(this.server().wsUrl, docName, { token: user.token, noReconnect, savedNotices: true });
    this.clients.push(client);
    await client.synced();
    return client;
  }

  async socket(user: TestUser, dealId?: string): Promise<AppSocket> {
    const socket = dealId ? await joinDeal(this.server(), user, dealId) : await connectSocket(this.server().url, user);
    this.sockets.push(socket);
    return socket;
  }

  closeAll(): void {
    for (const client of this.clients.splice(0)) client.destroy();
    for (const socket of this.sockets.splice(0)) socket.disconnect();
  }
}

/** The first text node of a dossier section, creating a paragraph when the section is empty. */
export function sectionText(doc: Y.Doc, section: string): Y.XmlText {
  const fragment = doc.getXmlFragment(sectionFragmentName(section));
  const first = fragment.get(0);
  if (first instanceof Y.XmlElement && first.get(0) instanceof Y.XmlText) return first.get(0) as Y.XmlText;
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  fragment.insert(0, [paragraph]);
  return text;
}

export function termsOf(doc: Y.Doc): TermSnapshot[] {
  return readTerms(doc);
}

export function termWording(doc: Y.Doc, termId: string): Y.Text {
  const term = findTerm(doc, termId);
  if (!term) throw new Error(`no term ${termId}`);
  return term.get('wording') as Y.Text;
}

export function setTermStatus(doc: Y.Doc, termId: string, status: string): void {
  findTerm(doc, termId)?.set('status', status);
}

/** Waits until every client is saved and the server has stored it. */
export async function settled(clients: CollabClient[]): Promise<void> {
  await waitFor(() => clients.every((client) => client.isSaved()), 'clients to be saved');
}


/** A fresh need (by `maker`) and offer (by `certifier`), matched by the engine, nobody interested yet; the match's id. */
export async function suggestedMatch(server: TestServer, maker: TestUser, makerOrg: OrgView, certifier: TestUser, certifierOrg: OrgView): Promise<string> {
  const need = await createListing(server.url, maker, needFor(makerOrg.id, { certifications: ['CE'] }));
  const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id));
  const matches = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
  const matchId = matches.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
  if (!matchId) throw new Error('the pair was not suggested');
  return matchId;
}

/** A fresh need (by `maker`) and offer (by `certifier`), matched and made mutual; the match's id. */
export async function mutualMatch(server: TestServer, maker: TestUser, makerOrg: OrgView, certifier: TestUser, certifierOrg: OrgView): Promise<string> {
  const matchId = await suggestedMatch(server, maker, makerOrg, certifier, certifierOrg);
  for (const side of [maker, certifier]) {
    const interest = await call<MatchView>(server.url, side, 'POST', `/api/matches/${matchId}/interest`);
    if (interest.status !== 200) throw new Error(`interest failed: ${interest.status}`);
  }
  return matchId;
}
