// The forgery guard judges only what is new to the server, and new content by where its writer is.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { judgeUpdate, newContentOf, type GuardContext, type WriterPresence } from '../../server/collab/write-guard.ts';

const ALICE = 1;
const BOB = 2;

/** A document where `clientId` typed `text`, and the update carrying all of it. */
function typed(clientId: number, text: string, base?: Y.Doc): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  doc.clientID = clientId;
  doc.getText('t').insert(0, text);
  return { doc, update: Y.encodeStateAsUpdate(doc) };
}

function context(server: Y.Doc, overrides: Partial<GuardContext> & { presence?: Record<number, WriterPresence> }): GuardContext {
  const owners: Record<number, string> = { [ALICE]: 'alice', [BOB]: 'bob' };
  return {
    heldClock: (clientId) => Y.getState(server.store, clientId),
    ownerOf: (clientId) => owners[clientId],
    presenceOf: (clientId) => overrides.presence?.[clientId] ?? 'away',
    sender: { userId: 'alice', announced: new Set([ALICE]) },
    kind: 'update',
    ...overrides,
  };
}

describe('write guard', () => {
  it('counts as new only the content past what the server holds', () => {
    const { doc: bobs, update } = typed(BOB, 'hello');
    const server = new Y.Doc();
    Y.applyUpdate(server, update);
    expect(newContentOf(update, (id) => Y.getState(server.store, id))).toEqual(new Map());
    bobs.getText('t').insert(5, ' world');
    expect(newContentOf(Y.encodeStateAsUpdate(bobs), (id) => Y.getState(server.store, id))).toEqual(new Map([[BOB, 11]]));
  });

  it('never judges content the server already holds, re-sent under anyone’s id, even while its writer is synced', () => {
    const bob = typed(BOB, 'from bob');
    const server = new Y.Doc();
    Y.applyUpdate(server, bob.update);
    const alice = typed(ALICE, 'from alice ', bob.doc);
    for (const kind of ['update', 'sync-reply'] as const) {
      const verdict = judgeUpdate(alice.update, context(server, { kind, presence: { [BOB]: 'synced' } }));
      expect(verdict).toEqual({ type: 'apply', update: alice.update, bind: [ALICE], deferred: [] });
    }
  });

  it('refuses new content under a synced writer’s id, live or in a sync reply', () => {
    const server = new Y.Doc();
    const forged = typed(BOB, 'EVIL');
    for (const kind of ['update', 'sync-reply'] as const) {
      expect(judgeUpdate(forged.update, context(server, { kind, presence: { [BOB]: 'synced' } }))).toEqual({ type: 'forged', clientId: BOB });
    }
  });

  it('leaves a syncing writer’s new content to that writer, keeping the sender’s own', () => {
    const server = new Y.Doc();
    const bob = typed(BOB, 'unstored by bob');
    const alice = typed(ALICE, 'alice ', bob.doc);
    const verdict = judgeUpdate(alice.update, context(server, { kind: 'sync-reply', presence: { [BOB]: 'syncing' } }));
    if (verdict.type !== 'apply') throw new Error('expected the update to be applied');
    expect(verdict.deferred).toEqual([BOB]);
    expect([...Y.parseUpdateMeta(verdict.update).to.keys()]).toEqual([ALICE]);
  });

  it('takes back an absent writer’s content from a sync reply without binding it to the sender', () => {
    const server = new Y.Doc();
    const bob = typed(BOB, 'unstored by bob');
    const alice = typed(ALICE, 'alice ', bob.doc);
    expect(judgeUpdate(alice.update, context(server, { kind: 'sync-reply' }))).toEqual({ type: 'apply', update: alice.update, bind: [ALICE], deferred: [] });
    expect(judgeUpdate(alice.update, context(server, { kind: 'update' }))).toEqual({ type: 'forged', clientId: BOB });
  });

  it('binds an unclaimed id live, but in a sync reply only when the sender announced it', () => {
    const server = new Y.Doc();
    const stranger = typed(77, 'old session');
    expect(judgeUpdate(stranger.update, context(server, { kind: 'update' }))).toMatchObject({ type: 'apply', bind: [77] });
    expect(judgeUpdate(stranger.update, context(server, { kind: 'sync-reply' }))).toMatchObject({ type: 'apply', bind: [] });
    const announced = { userId: 'alice', announced: new Set([77]) };
    expect(judgeUpdate(stranger.update, context(server, { kind: 'sync-reply', sender: announced }))).toMatchObject({ type: 'apply', bind: [77] });
  });

  it('throws on an update that does not decode', () => {
    expect(() => judgeUpdate(new Uint8Array([0, 200, 1]), context(new Y.Doc(), {}))).toThrow();
  });
});
