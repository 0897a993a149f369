// Fault: the server process is killed with SIGKILL in the middle of a multi-client session on a
// deal dossier, a deal board and a shared note, and restarted on the same DATA_DIR and port. The
// store must hold everything the Saved notices confirmed; every client reconnects by itself,
// resends what it typed meanwhile, and all converge with every edit typed, exactly once.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EmbeddedStore } from '../../server/store/index.ts';
import { readTerms } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import { ChildServerRig, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { sectionText, termWording } from '../deals/deal-helpers.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { loadStoredDoc } from './stored-doc.ts';
import { FaultTally, Typist, expectAllTokens, keepTyping, type TextLike } from './typists.ts';

const tally = new FaultTally('kill -9 and restart');

interface Session {
  docs: { name: string; clients: CollabClient[]; read: (doc: Y.Doc) => TextLike }[];
  typists: Typist[];
}

async function openSession(server: ServerProcess, owner: TestUser, partner: TestUser): Promise<Session> {
  const deal = (await call<DealDetail>(server.url, owner, 'POST', '/api/deals', { title: 'Agricultural drones for ASEAN', type: 'supply' })).body;
  const note = await createNote(server.url, owner, 'Shipping schedule');
  await shareNote(server.url, owner, note.id, partner.user.email, 'write');
  const connect = (user: TestUser, name: string) => connectClient(server.wsUrl, name, { token: user.token, savedNotices: true });
  const dossier = [connect(owner, deal.docs.dossier), connect(owner, deal.docs.dossier)];
  const board = [connect(owner, deal.docs.board), connect(owner, deal.docs.board)];
  const notes = [connect(owner, note.docName), connect(partner, note.docName)];
  await Promise.all([...dossier, ...board, ...notes].map((client) => client.synced()));
  // One client makes the paragraph everyone types into, so nobody creates a second one.
  sectionText(dossier[0].doc, 'risks');
  await waitFor(() => dossier[1].doc.getXmlFragment('section:risks').length > 0, 'the paragraph to reach the other client');
  const termId = readTerms(board[0].doc)[0].id;
  const docs = [
    { name: deal.docs.dossier, clients: dossier, read: (doc: Y.Doc) => sectionText(doc, 'risks') },
    { name: deal.docs.board, clients: board, read: (doc: Y.Doc) => termWording(doc, termId) },
    { name: note.docName, clients: notes, read: (doc: Y.Doc) => doc.getText('content') },
  ];
  const typists = docs.flatMap((doc, d) => doc.clients.map((client, c) => new Typist(`d${d}c${c}`, client, () => doc.read(client.doc), 7 + d * 10 + c)));
  return { docs, typists };
}

/** What the killed process left in its store, read directly from DATA_DIR. */
async function storedTexts(dataDir: string, session: Session): Promise<string[]> {
  const store = await EmbeddedStore.open(dataDir);
  try {
    const texts: string[] = [];
    for (const doc of session.docs) texts.push(doc.read(await loadStoredDoc(store, doc.name)).toString());
    return texts;
  } finally {
    await store.close();
  }
}

describe('fault: kill -9 of the server mid-session', () => {
  const rig = new ChildServerRig();
  const { dirs, processes, clients } = rig;
  afterEach(() => rig.tearDown());

  afterAll(() => tally.print());

  it('keeps every confirmed edit in the store, and after the restart every client converges with every edit typed', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const first = await startServerProcess(dataDir);
    processes.push(first);
    const port = new URL(first.url).port;
    const [owner, partner] = await Promise.all([registerUser(first.url, 'Owner Ong'), registerUser(first.url, 'Partner Pau')]);
    const session = await openSession(first, owner, partner);
    clients.push(...session.docs.flatMap((doc) => doc.clients));

    const stop = keepTyping(session.typists, 8);
    await waitFor(() => session.typists.every((typist) => typist.confirmedSaved().length >= 10), 'some edits to be confirmed saved');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    processes.splice(0);
    const confirmed = session.typists.map((typist) => typist.confirmedSaved());

    // The process is gone; the clients keep typing offline while its store is inspected.
    const stored = await storedTexts(dataDir, session);
    session.typists.forEach((typist, index) => expectAllTokens(stored[Math.floor(index / 2)], confirmed[index], `store after kill, ${typist.label}`));

    const second = await startServerProcess(dataDir, { PORT: port });
    processes.push(second);
    await waitFor(() => clients.every((client) => client.provider.synced && client.provider.wsconnected), 'every client to reconnect', 15_000);
    const typedBeforeReturn = session.typists.map((typist) => typist.typed.length);
    await waitFor(() => session.typists.every((typist, index) => typist.typed.length >= typedBeforeReturn[index] + 20), 'every typist to type on live after the restart');
    stop();

    await waitFor(() => clients.every((client) => client.isSaved()), 'every edit to be saved after the restart', 15_000);
    const typedInto = (d: number) => session.typists.filter((typist) => typist.label.startsWith(`d${d}`)).flatMap((typist) => typist.tokens());
    let checked = 0;
    for (const [d, doc] of session.docs.entries()) {
      const textOf = (client: CollabClient) => doc.read(client.doc).toString();
      await waitForConvergence(doc.clients, `${doc.name} to converge`, { read: textOf });
      for (const client of doc.clients) expectAllTokens(textOf(client), typedInto(d), doc.name);
      checked += typedInto(d).length;
    }

    // Everything the clients were told is saved survives a second kill as well.
    second.child.kill('SIGKILL');
    await second.exited;
    processes.splice(0);
    const final = await storedTexts(dataDir, session);
    session.docs.forEach((doc, d) => expectAllTokens(final[d], typedInto(d), `store after the second kill, ${doc.name}`));
    expect(confirmed.flat().length).toBeGreaterThanOrEqual(60);
    tally.record(checked);
  });
});
