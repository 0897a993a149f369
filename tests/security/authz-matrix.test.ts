// The authorization matrix, table-driven: every role (signed out, outsider, a colleague of the
// other side who is not in the deal, party, adviser, adviser with an edit grant, manager, owner)
// against every endpoint kind — REST reads and writes of a deal room, Socket.IO deal:join, and
// the collaboration socket (upgrade, and whether a write is stored). Extends the role matrix in
// tests/deals/role-matrix.test.ts from three roles and a few commands to all of them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sectionText as readSection, readTerms } from '../../shared/deal-docs.ts';
import { bearer, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { Peers, sectionText, startDealServer, termWording } from '../deals/deal-helpers.ts';
import { connectSocket } from '../listings/marketplace-helpers.ts';
import { buildSecurityWorld, type SecurityWorld } from './security-world.ts';
import { storedDoc } from './stored-doc.ts';
import { upgradeStatus } from './ws-probe.ts';

const ROLES = ['signedOut', 'outsider', 'colleague', 'party', 'adviser', 'editor', 'manager', 'owner'] as const;
type Role = (typeof ROLES)[number];
type Expected = Record<Role, number>;

/** Members see it (200), non-members are told it does not exist (404), no session is 401. */
function membersOnly(member: number, overrides: Partial<Expected> = {}): Expected {
  return { signedOut: 401, outsider: 404, colleague: 404, party: member, adviser: member, editor: member, manager: member, owner: member, ...overrides };
}

interface RestRow {
  name: string;
  method: string;
  path: (w: SecurityWorld) => string;
  body?: (w: SecurityWorld) => unknown;
  expected: Expected;
}

const deal = (w: SecurityWorld) => `/api/deals/${w.deal.id}`;
const readOnly = { adviser: 403, editor: 403, manager: 403 };

const REST_ROWS: RestRow[] = [
  { name: 'read the deal', method: 'GET', path: deal, expected: membersOnly(200) },
  { name: 'edit title and description', method: 'PATCH', path: deal, body: () => ({ description: 'Revised scope' }), expected: membersOnly(200, readOnly) },
  { name: 'add or change a member', method: 'POST', path: (w) => `${deal(w)}/members`, body: (w) => ({ email: w.manager.user.email, role: 'manager' }), expected: membersOnly(403, { owner: 200 }) },
  { name: 'grant an adviser edit', method: 'POST', path: (w) => `${deal(w)}/members/${w.editor.user.id}/grant-edit`, body: () => ({ docs: ['dossier'] }), expected: membersOnly(200, readOnly) },
  { name: 'list comment threads', method: 'GET', path: (w) => `${deal(w)}/comments`, expected: membersOnly(200) },
  { name: 'open a comment thread', method: 'POST', path: (w) => `${deal(w)}/comments`, body: (w) => ({ anchor: { type: 'term', termId: w.termId }, body: 'A question' }), expected: membersOnly(201) },
  { name: 'reply to a thread', method: 'POST', path: (w) => `${deal(w)}/comments/${w.threadId}/replies`, body: () => ({ body: 'An answer' }), expected: membersOnly(201) },
  { name: 'edit someone’s comment', method: 'PATCH', path: (w) => `${deal(w)}/comments/${w.threadId}/comments/${w.commentId}`, body: () => ({ body: 'Rewritten' }), expected: membersOnly(403, { adviser: 200 }) },
  { name: 'list sign-offs', method: 'GET', path: (w) => `${deal(w)}/signoffs`, expected: membersOnly(200) },
  { name: 'sign a term off', method: 'POST', path: (w) => `${deal(w)}/terms/${w.termId}/sign-off`, body: () => ({}), expected: membersOnly(201, readOnly) },
  { name: 'list versions', method: 'GET', path: (w) => `${deal(w)}/versions?doc=dossier`, expected: membersOnly(200) },
  { name: 'save a named version', method: 'POST', path: (w) => `${deal(w)}/versions`, body: () => ({ doc: 'board', name: 'Checkpoint' }), expected: membersOnly(201) },
  { name: 'restore a dossier version', method: 'POST', path: (w) => `${deal(w)}/versions/${w.versionId}/restore`, expected: membersOnly(200, { adviser: 403, manager: 403 }) },
  { name: 'read the history', method: 'GET', path: (w) => `${deal(w)}/history?doc=dossier`, expected: membersOnly(200) },
  { name: 'read the activity trail', method: 'GET', path: (w) => `${deal(w)}/activity`, expected: membersOnly(200) },
  { name: 'export as HTML', method: 'GET', path: (w) => `${deal(w)}/export.html`, expected: membersOnly(200) },
  { name: 'export as Markdown', method: 'GET', path: (w) => `${deal(w)}/export.md`, expected: membersOnly(200) },
];

describe('authorization matrix', () => {
  let server: TestServer;
  let world: SecurityWorld;
  const peers = new Peers(() => server);
  const userOf = (role: Role): TestUser | null => (role === 'signedOut' ? null : world[role]);

  beforeAll(async () => {
    server = await startDealServer();
    world = await buildSecurityWorld(server);
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => peers.closeAll());

  async function statusOf(user: TestUser | null, method: string, path: string, body: unknown): Promise<number> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(user ? bearer(user) : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  }

  it.each(REST_ROWS)('REST: $name', async (row) => {
    const actual: Partial<Expected> = {};
    for (const role of ROLES) {
      actual[role] = await statusOf(userOf(role), row.method, row.path(world), row.body?.(world));
    }
    expect(actual).toEqual(row.expected);
  });

  it('Socket.IO: members join the deal’s room, everyone else is refused', async () => {
    const actual: Partial<Record<Role, string>> = {};
    for (const role of ROLES) {
      const user = userOf(role);
      if (!user) continue;
      const socket = await connectSocket(server.url, user);
      const result = await socket.emitWithAck('deal:join', { dealId: world.deal.id });
      socket.disconnect();
      actual[role] = 'data' in result ? 'joined' : result.error;
    }
    const refusedHandshake = await connectSocket(server.url, { ...world.owner, token: 'not-a-session' }).then(
      () => 'connected',
      (error: Error) => error.message,
    );
    expect({ ...actual, signedOut: refusedHandshake }).toEqual({
      signedOut: 'unauthenticated',
      outsider: 'not_found',
      colleague: 'not_found',
      party: 'joined',
      adviser: 'joined',
      editor: 'joined',
      manager: 'joined',
      owner: 'joined',
    });
  });

  it('collaboration socket: upgrade status per role on dossier, board and note documents', async () => {
    const docs = { dossier: world.deal.docs.dossier, board: world.deal.docs.board, note: world.note.docName };
    const actual: Record<string, Partial<Expected>> = {};
    for (const [kind, doc] of Object.entries(docs)) {
      actual[kind] = {};
      for (const role of ROLES) {
        const user = userOf(role);
        actual[kind][role] = await upgradeStatus(`${server.wsUrl}/collab/${doc}${user ? `?token=${user.token}` : ''}`);
      }
    }
    const members = membersOnly(101, { outsider: 403, colleague: 403 });
    expect(actual).toEqual({
      dossier: members,
      board: members,
      note: { ...membersOnly(403, { outsider: 403, colleague: 403 }), owner: 101 },
    });
  });

  it('collaboration socket: only writers’ edits are relayed and stored, on the dossier and the board', async () => {
    const members = ['party', 'adviser', 'editor', 'manager', 'owner'] as const;
    const dossiers = await Promise.all(members.map((role) => peers.doc(world[role], world.deal.docs.dossier)));
    const boards = await Promise.all(members.map((role) => peers.doc(world[role], world.deal.docs.board)));
    members.forEach((role, i) => {
      sectionText(dossiers[i].doc, 'risks').insert(0, `[${role}]`);
      termWording(boards[i].doc, world.termId).insert(0, `[${role}]`);
    });
    // A last party edit on each document: once everyone has it, every earlier frame was handled.
    sectionText(dossiers[0].doc, 'market').insert(0, 'sentinel');
    termWording(boards[0].doc, world.termId).insert(0, '{sentinel}');
    await waitFor(() => dossiers.every((client) => readSection(client.doc, 'market').includes('sentinel')), 'the dossier sentinel everywhere');
    await waitFor(() => boards.every((client) => termWording(client.doc, world.termId).toString().includes('{sentinel}')), 'the board sentinel everywhere');
    const stored = {
      dossier: readSection(await storedDoc(server, world.deal.docs.dossier), 'risks'),
      board: readTerms(await storedDoc(server, world.deal.docs.board)).find((term) => term.id === world.termId)?.wording ?? '',
    };
    const written = (text: string) => members.filter((role) => text.includes(`[${role}]`)).sort();
    expect({ dossier: written(stored.dossier), board: written(stored.board) }).toEqual({
      dossier: ['editor', 'owner', 'party'],
      board: ['owner', 'party'],
    });
  });
});
