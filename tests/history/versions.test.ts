// History of deal documents: edits attributed to people, named and automatic versions, a version's
// state for read-only viewing, and restoring a version as a new change every client receives live.
import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readKeyFacts, readTerms, sectionText as readSection } from '../../shared/deal-docs.ts';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { DealDetail, HistoryView, VersionState, VersionSummary } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { Peers, addDealMember, call, openDeal, record, sectionText, startDealServer, termWording } from '../deals/deal-helpers.ts';

describe('versions and history', () => {
  let server: TestServer;
  let alice: TestUser;
  let bo: TestUser;
  let adviser: TestUser;
  let outsider: TestUser;
  let deal: DealDetail;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer({ autoVersionQuietMs: 150, maxAutoVersions: 3 });
    [alice, bo, adviser, outsider] = await Promise.all(['Alice', 'Bo', 'Adviser', 'Outsider'].map((name) => registerUser(server.url, name)));
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    deal = await openDeal(server, alice);
    await addDealMember(server, alice, deal.id, bo, 'party');
    await addDealMember(server, alice, deal.id, adviser, 'adviser');
  });

  afterEach(() => peers.closeAll());

  const versionsPath = () => `/api/deals/${deal.id}/versions`;
  const saveVersion = (user: TestUser, name: string, doc = 'dossier') => call<VersionSummary>(server.url, user, 'POST', versionsPath(), { doc, name });

  it('attributes edits to the people who made them and lists named versions, newest first', async () => {
    const a = await peers.doc(alice, deal.docs.dossier);
    const b = await peers.doc(bo, deal.docs.dossier);
    sectionText(a.doc, 'overview').insert(0, 'Alice wrote this. ');
    await waitFor(() => readSection(b.doc, 'overview').length > 0, 'alice edit at bo');
    sectionText(b.doc, 'overview').insert(0, 'Bo wrote this. ');
    await waitFor(() => a.isSaved() && b.isSaved(), 'both stored');
    const first = await saveVersion(adviser, 'Before term sheet');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ dealId: deal.id, doc: 'dossier', name: 'Before term sheet', kind: 'named', createdBy: { id: adviser.user.id, name: 'Adviser' } });
    await saveVersion(alice, 'Term sheet v1');

    await expect
      .poll(async () => {
        const history = await call<HistoryView>(server.url, adviser, 'GET', `/api/deals/${deal.id}/history?doc=dossier`);
        return new Set(history.body.edits.map((edit) => edit.user.name));
      })
      .toEqual(new Set(['Alice', 'Bo']));
    const history = await call<HistoryView>(server.url, adviser, 'GET', `/api/deals/${deal.id}/history?doc=dossier`);
    expect(history.body.doc).toBe('dossier');
    expect(history.body.versions.filter((version) => version.kind === 'named').map((version) => version.name)).toEqual(['Term sheet v1', 'Before term sheet']);
    for (const edit of history.body.edits) expect(edit.updates).toBeGreaterThan(0);
    expect((await call(server.url, outsider, 'GET', `/api/deals/${deal.id}/history?doc=dossier`)).status).toBe(404);
    expect((await call(server.url, alice, 'GET', `/api/deals/${deal.id}/history?doc=notes`)).status).toBe(400);
    expect((await saveVersion(alice, '')).status).toBe(400);
  });

  it('returns a version’s state as a Yjs update a client can show read-only', async () => {
    const a = await peers.doc(alice, deal.docs.dossier);
    sectionText(a.doc, 'market').insert(0, 'GBA demand for inspection drones.');
    a.doc.getMap('keyFacts').set('product', 'Inspection drones');
    await waitFor(() => a.isSaved(), 'stored');
    const saved = await saveVersion(alice, 'Market draft');
    sectionText(a.doc, 'market').insert(0, 'LATER ');
    await waitFor(() => a.isSaved(), 'later edit stored');

    const response = await call<VersionState>(server.url, adviser, 'GET', `${versionsPath()}/${saved.body.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: saved.body.id, name: 'Market draft' });
    const past = new Y.Doc();
    Y.applyUpdate(past, fromBase64(response.body.update));
    expect(readSection(past, 'market')).toBe('GBA demand for inspection drones.');
    expect(readKeyFacts(past).product).toBe('Inspection drones');
    expect(response.body.bytes).toBe(fromBase64(response.body.update).byteLength);
    expect((await call(server.url, outsider, 'GET', `${versionsPath()}/${saved.body.id}`)).status).toBe(404);
    expect((await call(server.url, alice, 'GET', `${versionsPath()}/no-such-version`)).status).toBe(404);
  });

  it('restores a version as a new change that reaches every connected client live', async () => {
    const a = await peers.doc(alice, deal.docs.dossier);
    const b = await peers.doc(bo, deal.docs.dossier);
    const c = await peers.doc(adviser, deal.docs.dossier);
    sectionText(a.doc, 'overview').insert(0, 'Agreed scope: CE and FCC testing.');
    await waitFor(() => a.isSaved(), 'stored');
    const saved = await saveVersion(bo, 'Agreed scope');
    sectionText(b.doc, 'overview').insert(0, 'SCOPE CREEP ');
    b.doc.getMap('keyFacts').set('product', 'Everything');
    sectionText(a.doc, 'risks').insert(0, 'New risk.');
    await waitFor(() => readSection(c.doc, 'risks') === 'New risk.' && readSection(c.doc, 'overview').startsWith('SCOPE CREEP'), 'edits everywhere');

    const socket = await peers.socket(adviser, deal.id);
    const restoredEvents = record(socket, 'deal:version-restored');
    const response = await call<VersionSummary>(server.url, bo, 'POST', `${versionsPath()}/${saved.body.id}/restore`);
    expect(response.status).toBe(200);
    for (const client of [a, b, c]) {
      await waitFor(
        () => readSection(client.doc, 'overview') === 'Agreed scope: CE and FCC testing.' && readSection(client.doc, 'risks') === '' && readKeyFacts(client.doc).product === '',
        'restored content at every client',
      );
    }
    await waitFor(() => restoredEvents.length === 1, 'restore pushed');
    expect(restoredEvents[0]).toMatchObject({ dealId: deal.id, doc: 'dossier', versionId: saved.body.id, by: { id: bo.user.id } });

    sectionText(a.doc, 'overview').insert(0, 'After restore: ');
    await waitFor(() => readSection(b.doc, 'overview') === 'After restore: Agreed scope: CE and FCC testing.', 'editing continues after the restore');
    const versions = await call<{ versions: VersionSummary[] }>(server.url, alice, 'GET', `${versionsPath()}?doc=dossier`);
    // Stored as a reason with the restored version's title, worded by each reader's client.
    const beforeRestore = versions.body.versions.find((version) => version.reason?.kind === 'before-restore');
    expect(beforeRestore).toMatchObject({ kind: 'auto', name: '', reason: { kind: 'before-restore', restored: { name: 'Agreed scope', reason: null } } });
    const trail = await call<ActivityPage>(server.url, alice, 'GET', `/api/deals/${deal.id}/activity`);
    expect(trail.body.activity.slice(0, 2).map((entry) => entry.action)).toEqual(['version.restored', 'version.created']);
    expect(trail.body.activity[0]).toMatchObject({ after: { name: 'Agreed scope', reason: null } });
  });

  it('restores the board too, and only for people who may edit it', async () => {
    const board = await peers.doc(alice, deal.docs.board);
    const termId = readTerms(board.doc)[0].id;
    const saved = await saveVersion(alice, 'Opening terms', 'board');
    termWording(board.doc, termId).insert(0, 'CHANGED ');
    board.doc.getArray('terms').delete(1, 1);
    await waitFor(() => board.isSaved(), 'board edits stored');
    expect((await call(server.url, adviser, 'POST', `${versionsPath()}/${saved.body.id}/restore`)).status).toBe(403);
    expect((await call(server.url, outsider, 'POST', `${versionsPath()}/${saved.body.id}/restore`)).status).toBe(404);
    expect((await call(server.url, bo, 'POST', `${versionsPath()}/${saved.body.id}/restore`)).status).toBe(200);
    const original = await call<VersionState>(server.url, alice, 'GET', `${versionsPath()}/${saved.body.id}`);
    const past = new Y.Doc();
    Y.applyUpdate(past, fromBase64(original.body.update));
    await waitFor(() => JSON.stringify(readTerms(board.doc)) === JSON.stringify(readTerms(past)), 'board back to the version');
  });

  it('saves an automatic version once edits have been quiet, none when nothing changed, and keeps only the newest few', async () => {
    const a = await peers.doc(alice, deal.docs.dossier);
    const autos = async () => (await call<{ versions: VersionSummary[] }>(server.url, alice, 'GET', `${versionsPath()}?doc=dossier`)).body.versions.filter((version) => version.kind === 'auto');
    // The template written at creation is the first automatic version.
    await expect.poll(autos).toHaveLength(1);
    // No server-side English: an automatic version is a reason, not a name.
    expect((await autos())[0]).toMatchObject({ name: '', reason: { kind: 'quiet' } });
    sectionText(a.doc, 'next-steps').insert(0, 'Sign NDA.');
    await expect.poll(autos).toHaveLength(2);
    await quietFor(300, 'an automatic version of unchanged content would have been saved');
    expect(await autos()).toHaveLength(2);
    for (const step of ['Site visit.', 'Term sheet.']) {
      const newestBefore = (await autos())[0].id;
      sectionText(a.doc, 'next-steps').insert(0, step);
      await waitFor(() => a.isSaved(), 'stored');
      // Once the edits have been quiet, the step gets an automatic version of its own.
      await expect.poll(async () => (await autos())[0].id).not.toBe(newestBefore);
    }
    const kept = await autos();
    expect(kept).toHaveLength(3);
    const newest = await call<VersionState>(server.url, alice, 'GET', `${versionsPath()}/${kept[0].id}`);
    const past = new Y.Doc();
    Y.applyUpdate(past, fromBase64(newest.body.update));
    expect(readSection(past, 'next-steps')).toBe('Term sheet.Site visit.Sign NDA.');
  });
});
