// The authorization matrix, table-driven: every role (signed out, outsider, a colleague of the
// other side who is not in the deal, party, adviser, adviser with an edit grant, manager, owner)
// against every endpoint kind — REST reads and writes of a deal room, Socket.IO deal:join, and
// the collaboration socket (upgrade, and whether a write is stored). Extends the role matrix in
// tests/deals/role-matrix.test.ts from three roles and a few commands to all of them. The NDA
// dimension: in a deal whose NDA they have not accepted, members get 403 nda_required from
// every row except the few allowed before it, and everything is as before once they accept.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sectionText as readSection, readTerms } from '../../shared/deal-docs.ts';
import { bearer, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, Peers, sectionText, startDealServer, termWording } from '../deals/deal-helpers.ts';
import { connectSocket } from '../listings/marketplace-helpers.ts';
import { buildSecurityWorld, type SecurityWorld } from './security-world.ts';
import { storedDoc } from './stored-doc.ts';
import { upgradeStatus } from './ws-probe.ts';
import { pdfBytes } from '../dataroom/dataroom-world.ts';
import { ndaTemplate } from '../../shared/nda-templates.ts';
import type { NdaGateView } from '../../shared/schemas/nda.ts';

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
  /** What a member who has not accepted the NDA gets (default 403 nda_required). */
  beforeNda?: number;
}

const NDA_REQUIRED = 'nda_required';
/** The members who must accept an NDA the owner published (the owner's publish is their acceptance). */
const PENDING_ROLES = ['party', 'adviser', 'editor', 'manager'] as const;

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
  { name: 'read the request list', method: 'GET', path: (w) => `${deal(w)}/checklist`, expected: membersOnly(200) },
  { name: 'start the request list again', method: 'POST', path: (w) => `${deal(w)}/checklist`, body: () => ({}), expected: membersOnly(409, readOnly) },
  { name: 'add a request-list section', method: 'POST', path: (w) => `${deal(w)}/checklist/sections`, body: () => ({ title: 'Site visit' }), expected: membersOnly(201, readOnly) },
  { name: 'add a request-list item', method: 'POST', path: (w) => `${deal(w)}/checklist/items`, body: (w) => ({ sectionId: w.checklistSectionId, text: 'Factory audit report' }), expected: membersOnly(201, readOnly) },
  { name: 'change a request-list item’s status', method: 'PATCH', path: (w) => `${deal(w)}/checklist/items/${w.checklistItemId}`, body: () => ({ status: 'in-progress' }), expected: membersOnly(200, readOnly) },
  { name: 'rename a request-list section', method: 'PATCH', path: (w) => `${deal(w)}/checklist/sections/${w.checklistSectionId}`, body: () => ({ title: 'Company papers' }), expected: membersOnly(200, readOnly) },
  // The data room (the world's folder has the default access: every side views and downloads, parties upload).
  { name: 'list the data room', method: 'GET', path: (w) => `${deal(w)}/files`, expected: membersOnly(200) },
  { name: 'search files by name', method: 'GET', path: (w) => `${deal(w)}/files?q=accounts`, expected: membersOnly(200) },
  { name: 'create a folder', method: 'POST', path: (w) => `${deal(w)}/folders`, body: () => ({ name: 'Legal' }), expected: membersOnly(403, { owner: 201 }) },
  { name: 'rename a folder', method: 'PATCH', path: (w) => `${deal(w)}/folders/${w.folderId}`, body: () => ({ name: 'Accounts' }), expected: membersOnly(403, { owner: 200 }) },
  { name: 'move a folder', method: 'PATCH', path: (w) => `${deal(w)}/folders/${w.folderId}`, body: () => ({ parentId: null }), expected: membersOnly(403, { owner: 200 }) },
  { name: 'change a folder’s permissions', method: 'PATCH', path: (w) => `${deal(w)}/folders/${w.folderId}`, body: (w) => ({ access: { view: [{ kind: 'advisers' }, { kind: 'managers' }, { kind: 'org', orgId: w.makerOrgId }, { kind: 'org', orgId: w.certifierOrgId }], download: [{ kind: 'advisers' }, { kind: 'managers' }, { kind: 'org', orgId: w.makerOrgId }, { kind: 'org', orgId: w.certifierOrgId }], upload: [{ kind: 'org', orgId: w.makerOrgId }, { kind: 'org', orgId: w.certifierOrgId }] } }), expected: membersOnly(403, { owner: 200 }) },
  { name: 'upload a file', method: 'PUT', path: (w) => `${deal(w)}/files/uploads/${randomUUID()}?folderId=${w.folderId}&name=memo.pdf`, body: () => pdfBytes('memo'), expected: membersOnly(201, readOnly) },
  { name: 'upload a new version', method: 'PUT', path: (w) => `${deal(w)}/files/uploads/${randomUUID()}?fileId=${w.fileId}`, body: () => pdfBytes('revised'), expected: membersOnly(201, readOnly) },
  { name: 'rename a file', method: 'PATCH', path: (w) => `${deal(w)}/files/${w.fileId}`, body: () => ({ name: 'accounts-2024-audited.pdf' }), expected: membersOnly(200, readOnly) },
  { name: 'view a file', method: 'GET', path: (w) => `${deal(w)}/files/${w.fileId}/view`, expected: membersOnly(200) },
  { name: 'download a file', method: 'GET', path: (w) => `${deal(w)}/files/${w.fileId}/download`, expected: membersOnly(200) },
  { name: 'read a file’s audit', method: 'GET', path: (w) => `${deal(w)}/files/${w.fileId}/audit`, expected: membersOnly(403, { manager: 200, owner: 200 }) },
  { name: 'read the data room’s audit', method: 'GET', path: (w) => `${deal(w)}/files-audit`, expected: membersOnly(403, { manager: 200, owner: 200 }) },
  // Q&A: the owner asked the certifier's side; the certifier's party drafts and (as the designated approver) approves.
  // Advisers with no side see the FAQ only: another side's question is not found for them.
  { name: 'list the Q&A', method: 'GET', path: (w) => `${deal(w)}/qa`, expected: membersOnly(200) },
  { name: 'ask the other side', method: 'POST', path: (w) => `${deal(w)}/qa`, body: () => ({ title: 'Any litigation?', category: 'legal' }), expected: membersOnly(201, readOnly) },
  { name: 'draft an answer', method: 'PUT', path: (w) => `${deal(w)}/qa/${w.questions.open}/draft`, body: () => ({ body: 'None pending.', fileIds: [] }), expected: membersOnly(403, { party: 200 }) },
  { name: 'approve a draft', method: 'POST', path: (w) => `${deal(w)}/qa/${w.questions.drafted}/approve`, expected: membersOnly(403, { party: 200 }) },
  { name: 'read an answered question', method: 'GET', path: (w) => `${deal(w)}/qa/${w.questions.answered}`, expected: membersOnly(200, { adviser: 404, editor: 404 }) },
  { name: 'send an answer back', method: 'POST', path: (w) => `${deal(w)}/qa/${w.questions.toSendBack}/send-back`, body: () => ({ reason: 'Name them, please.' }), expected: membersOnly(403, { owner: 200 }) },
  { name: 'accept an answer', method: 'POST', path: (w) => `${deal(w)}/qa/${w.questions.answered}/accept`, expected: membersOnly(403, { owner: 200 }) },
  { name: 'promote an answer to the FAQ', method: 'PUT', path: (w) => `${deal(w)}/qa/${w.questions.answered}/faq`, body: () => ({ faq: true }), expected: membersOnly(403, { owner: 200 }) },
  { name: 'export the Q&A log', method: 'GET', path: (w) => `${deal(w)}/qa/export`, expected: membersOnly(200) },
  { name: 'read the NDA', method: 'GET', path: (w) => `${deal(w)}/nda`, expected: membersOnly(200), beforeNda: 200 },
  { name: 'accept the NDA with a malformed body', method: 'POST', path: (w) => `${deal(w)}/nda/accept`, body: () => ({ version: 0 }), expected: membersOnly(400, { outsider: 400, colleague: 400 }), beforeNda: 400 },
  { name: 'read the NDA record', method: 'GET', path: (w) => `${deal(w)}/nda/record`, expected: membersOnly(403, { owner: 200 }) },
  { name: 'export the NDA record', method: 'GET', path: (w) => `${deal(w)}/nda/record.csv`, expected: membersOnly(403, { owner: 200 }) },
  { name: 'publish an NDA version', method: 'POST', path: (w) => `${deal(w)}/nda`, body: () => ({ required: false }), expected: membersOnly(403, { owner: 201 }), beforeNda: 403 },
];

async function statusOf(server: TestServer, user: TestUser | null, method: string, path: string, body: unknown): Promise<number | typeof NDA_REQUIRED> {
  // A Buffer is an upload's raw bytes; anything else goes as JSON.
  const raw = Buffer.isBuffer(body);
  const type: Record<string, string> = body === undefined ? {} : { 'content-type': raw ? 'application/octet-stream' : 'application/json' };
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...type, ...(user ? bearer(user) : {}) },
    body: body === undefined ? undefined : raw ? (body as Buffer as BodyInit) : JSON.stringify(body),
  });
  const text = await response.text();
  return response.status === 403 && text.includes(`"error":"${NDA_REQUIRED}"`) ? NDA_REQUIRED : response.status;
}

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

  it.each(REST_ROWS)('REST: $name', async (row) => {
    const actual: Partial<Record<Role, number | string>> = {};
    for (const role of ROLES) {
      actual[role] = await statusOf(server, userOf(role), row.method, row.path(world), row.body?.(world));
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

describe('authorization matrix, NDA dimension', () => {
  let server: TestServer;
  let world: SecurityWorld;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
    world = await buildSecurityWorld(server);
    const published = await call(server.url, world.owner, 'POST', `/api/deals/${world.deal.id}/nda`, { required: true, text: ndaTemplate('supply', 'en'), lang: 'en' });
    if (published.status !== 201) throw new Error(`publish failed: ${published.status}`);
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => peers.closeAll());

  it.each(REST_ROWS)('REST before accepting: $name', async (row) => {
    const actual: Partial<Record<Role, number | string>> = {};
    for (const role of PENDING_ROLES) actual[role] = await statusOf(server, world[role], row.method, row.path(world), row.body?.(world));
    const wanted = row.beforeNda ?? NDA_REQUIRED;
    expect(actual).toEqual(Object.fromEntries(PENDING_ROLES.map((role) => [role, wanted])));
  });

  it('Socket.IO before accepting: deal:join is refused with nda_required', async () => {
    const actual: Record<string, string> = {};
    for (const role of [...PENDING_ROLES, 'owner'] as const) {
      const socket = await peers.socket(world[role]);
      const result = await socket.emitWithAck('deal:join', { dealId: world.deal.id });
      actual[role] = 'data' in result ? 'joined' : result.error;
    }
    expect(actual).toEqual({ party: NDA_REQUIRED, adviser: NDA_REQUIRED, editor: NDA_REQUIRED, manager: NDA_REQUIRED, owner: 'joined' });
  });

  it('collaboration socket before accepting: the upgrade is refused on the dossier and the board', async () => {
    const actual: Record<string, Record<string, number>> = {};
    for (const doc of [world.deal.docs.dossier, world.deal.docs.board]) {
      actual[doc] = {};
      for (const role of [...PENDING_ROLES, 'owner'] as const) actual[doc][role] = await upgradeStatus(`${server.wsUrl}/collab/${doc}?token=${world[role].token}`);
    }
    const refused = { party: 403, adviser: 403, editor: 403, manager: 403, owner: 101 };
    expect(actual).toEqual({ [world.deal.docs.dossier]: refused, [world.deal.docs.board]: refused });
  });

  describe('after every member accepts', () => {
    beforeAll(async () => {
      for (const role of PENDING_ROLES) {
        const gate = await call<NdaGateView>(server.url, world[role], 'GET', `/api/deals/${world.deal.id}/nda`);
        const accepted = await call(server.url, world[role], 'POST', `/api/deals/${world.deal.id}/nda/accept`, { version: gate.body.current?.version, sha256: gate.body.current?.sha256 });
        if (accepted.status !== 200) throw new Error(`accept failed for ${role}: ${accepted.status}`);
      }
    });

    it.each(REST_ROWS)('REST after accepting: $name', async (row) => {
      const actual: Partial<Record<Role, number | string>> = {};
      for (const role of ROLES) actual[role] = await statusOf(server, role === 'signedOut' ? null : world[role], row.method, row.path(world), row.body?.(world));
      expect(actual).toEqual(row.expected);
    });

    it('Socket.IO and collaboration after accepting: every member joins and opens the documents', async () => {
      const joined: Record<string, string> = {};
      const upgrades: Record<string, number> = {};
      for (const role of PENDING_ROLES) {
        const socket = await peers.socket(world[role]);
        const result = await socket.emitWithAck('deal:join', { dealId: world.deal.id });
        joined[role] = 'data' in result ? 'joined' : result.error;
        upgrades[role] = await upgradeStatus(`${server.wsUrl}/collab/${world.deal.docs.board}?token=${world[role].token}`);
      }
      expect({ joined, upgrades }).toEqual({
        joined: { party: 'joined', adviser: 'joined', editor: 'joined', manager: 'joined' },
        upgrades: { party: 101, adviser: 101, editor: 101, manager: 101 },
      });
    });
  });
});
