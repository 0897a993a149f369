// A two-sided deal for the Q&A tests: the drone maker's side (the owner, a party, and an adviser
// advising it) and the certifier's side (a party and a colleague who answers), an adviser with no
// side, a manager and an outsider.
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { QuestionView } from '../../shared/schemas/qa.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Peers, addDealMember, call, openDeal, startDealServer } from '../deals/deal-helpers.ts';
import { CERTIFIER, addMember, createOrg } from '../listings/marketplace-helpers.ts';

export interface QaWorld {
  /** Owner of the deal, party for the maker (side A). */
  owner: TestUser;
  /** Adviser advising the maker (side A). */
  adviserA: TestUser;
  /** Party for the certifier (side B), designated approver in tests that need one. */
  partyB: TestUser;
  /** A colleague of partyB, party for the certifier: the assignee. */
  colleagueB: TestUser;
  /** An adviser added without a side: FAQ only. */
  drifter: TestUser;
  manager: TestUser;
  outsider: TestUser;
  orgA: string;
  orgB: string;
  deal: DealDetail;
}

export async function buildQaWorld(server: TestServer): Promise<QaWorld> {
  const [owner, adviserA, partyB, colleagueB, drifter, manager, outsider] = await Promise.all(
    ['Olu Owner', 'Ada Adviser', 'Pat Party', 'Cai Colleague', 'Dri Drifter', 'Mei Manager', 'Oz Outsider'].map((name) => registerUser(server.url, name)),
  );
  const orgA = (await createOrg(server.url, owner)).id;
  const orgB = (await createOrg(server.url, partyB, CERTIFIER)).id;
  await addMember(server.url, partyB, orgB, colleagueB);
  const deal = await openDeal(server, owner, { orgIds: [orgA, orgB], actingOrgId: orgA });
  await addDealMember(server, owner, deal.id, partyB, 'party', { orgId: orgB });
  await addDealMember(server, owner, deal.id, colleagueB, 'party', { orgId: orgB });
  await addDealMember(server, owner, deal.id, adviserA, 'adviser', { orgId: orgA });
  await addDealMember(server, owner, deal.id, drifter, 'adviser');
  const final = await addDealMember(server, owner, deal.id, manager, 'manager');
  return { owner, adviserA, partyB, colleagueB, drifter, manager, outsider, orgA, orgB, deal: final };
}

export function qaPath(world: QaWorld, rest = ''): string {
  return `/api/deals/${world.deal.id}/qa${rest}`;
}

/** The owner asks side B a question assigned to the colleague; the question as the owner sees it. */
export async function askB(server: TestServer, world: QaWorld, overrides: Record<string, unknown> = {}): Promise<QuestionView> {
  const response = await call<QuestionView>(server.url, world.owner, 'POST', qaPath(world), {
    title: 'Audited accounts for 2023?',
    body: 'Please share the audited financial statements.',
    category: 'financial',
    priority: 'high',
    assigneeId: world.colleagueB.user.id,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`ask failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export interface QaContext {
  server: TestServer;
  world: QaWorld;
  peers: Peers;
}

/**
 * One server and one world for a test file (registering people per test runs into the sign-up
 * rate limit); sockets opened through `peers` close after each test.
 */
export function useQaWorld(): QaContext {
  const context = {} as QaContext;
  context.peers = new Peers(() => context.server);
  beforeAll(async () => {
    context.server = await startDealServer();
    context.world = await buildQaWorld(context.server);
  });
  afterEach(() => context.peers.closeAll());
  afterAll(async () => {
    await context.server.close();
  });
  return context;
}
