// Comment anchors are Yjs relative positions, so a range commented on by a read-only adviser still
// covers the same words after other people edit around it at the same time, on every replica.
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeAnchorPosition, encodeAnchorPosition, paragraph, sectionText as readSection, resolveTextAnchor, sectionFragmentName } from '../../shared/deal-docs.ts';
import type { TextAnchor, ThreadView } from '../../shared/schemas/comments.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import type { CollabClient } from '../helpers/yjs-clients.ts';
import { Peers, addDealMember, call, openDeal, sectionText, startDealServer } from '../deals/deal-helpers.ts';

const SENTENCE = 'Payment in RMB within 30 days of delivery.';
const ANCHORED = '30 days';

/** A tiny deterministic generator, so a failing random run can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function absolute(doc: Y.Doc, encoded: string): number {
  const position = decodeAnchorPosition(encoded);
  const found = position && Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!found) throw new Error('anchor does not resolve');
  return found.index;
}

describe('comment anchors under concurrent edits', () => {
  let server: TestServer;
  let alice: TestUser;
  let bo: TestUser;
  let adviser: TestUser;
  let deal: DealDetail;
  let a: CollabClient;
  let b: CollabClient;
  let reader: CollabClient;
  let anchor: TextAnchor;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
    [alice, bo, adviser] = await Promise.all(['Alice', 'Bo', 'Adviser'].map((name) => registerUser(server.url, name)));
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    deal = await openDeal(server, alice);
    await addDealMember(server, alice, deal.id, bo, 'party');
    await addDealMember(server, alice, deal.id, adviser, 'adviser');
    a = await peers.doc(alice, deal.docs.dossier);
    b = await peers.doc(bo, deal.docs.dossier);
    reader = await peers.doc(adviser, deal.docs.dossier);
    sectionText(a.doc, 'financials').insert(0, SENTENCE);
    await waitFor(() => resolveSection(reader.doc) === SENTENCE && resolveSection(b.doc) === SENTENCE, 'sentence everywhere');

    // The adviser, who cannot write, anchors a comment from their own replica.
    const text = sectionText(reader.doc, 'financials');
    const from = SENTENCE.indexOf(ANCHORED);
    const body: TextAnchor = {
      type: 'text',
      doc: 'dossier',
      section: 'financials',
      start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(text, from)),
      end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(text, from + ANCHORED.length, -1)),
      quote: ANCHORED,
    };
    const response = await call<ThreadView>(server.url, adviser, 'POST', `/api/deals/${deal.id}/comments`, { anchor: body, body: 'Is 30 days realistic for customs?' });
    expect(response.status).toBe(201);
    anchor = response.body.anchor as TextAnchor;
  });

  afterEach(() => peers.closeAll());

  // Reads without creating anything, so a replica that has not synced yet does not write.
  function resolveSection(doc: Y.Doc): string {
    return readSection(doc, 'financials');
  }

  async function converged(): Promise<void> {
    await waitFor(() => a.isSaved() && b.isSaved(), 'edits stored');
    const expected = await server.app.registry.read(deal.docs.dossier, (shared) => Y.encodeStateVector(shared.doc).toString());
    await waitFor(() => [a, b, reader].every((client) => Y.encodeStateVector(client.doc).toString() === expected), 'replicas to converge');
  }

  async function expectAnchorEverywhere(): Promise<void> {
    for (const client of [a, b, reader]) expect(resolveTextAnchor(client.doc, anchor.start, anchor.end)).toBe(ANCHORED);
    const onServer = await server.app.registry.read(deal.docs.dossier, (shared) => resolveTextAnchor(shared.doc, anchor.start, anchor.end));
    expect(onServer).toBe(ANCHORED);
  }

  it('still covers the same words after two people insert before it at the same moment', async () => {
    sectionText(a.doc, 'financials').insert(0, 'Alice: ');
    sectionText(b.doc, 'financials').insert(0, 'Bo: ');
    sectionText(b.doc, 'financials').insert(SENTENCE.indexOf(ANCHORED) + 4, 'no later than ');
    await converged();
    expect(resolveSection(a.doc)).toMatch(/^(Alice: Bo: |Bo: Alice: )Payment in RMB within no later than 30 days of delivery\.$/);
    await expectAnchorEverywhere();
  });

  it('survives a paragraph inserted above and text appended after it', async () => {
    a.doc.getXmlFragment(sectionFragmentName('financials')).insert(0, [paragraph('Budget: US$2m.')]);
    sectionText(b.doc, 'financials').insert(SENTENCE.length, ' Late fees apply.');
    await converged();
    await expectAnchorEverywhere();
  });

  it('survives seeded random inserts and deletes around it from two writers at once', async () => {
    const random = seeded(20240617);
    for (let round = 0; round < 30; round += 1) {
      for (const client of [a, b]) {
        const text = sectionText(client.doc, 'financials');
        const start = absolute(client.doc, anchor.start);
        const end = absolute(client.doc, anchor.end);
        const before = random() < 0.5;
        const index = before ? Math.floor(random() * (start + 1)) : end + Math.floor(random() * (text.length - end + 1));
        if (random() < 0.3 && (before ? index < start : index < text.length)) text.delete(index, 1);
        else text.insert(index, random() < 0.5 ? 'x' : '漢');
      }
    }
    await converged();
    await expectAnchorEverywhere();
  });
});
