// A party is allowed to write the dossier and the board, so it can also write garbage into their
// structure: terms that are not maps, fields of the wrong type, NaN orders, unknown or scripted
// nodes, links without a string href. Everything the server derives from those documents (deal
// view, export, sign-offs, versions and restore, history, dashboard) must still answer without a
// server error, and the other members' replicas must stay identical to the server's.
import fc from 'fast-check';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '../../shared/deal-docs.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { bearer } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { Peers, startDealServer } from '../deals/deal-helpers.ts';
import type { CollabClient } from '../helpers/yjs-clients.ts';
import { applyBoardOp, applyDossierOp, boardOp, dossierOp } from './deal-doc-garbage.ts';
import { FuzzTally } from './fuzz-report.ts';
import { buildSecurityWorld, type SecurityWorld } from './security-world.ts';

const BATCHES = 60;
const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

describe('hostile structure in deal documents', () => {
  let server: TestServer;
  let world: SecurityWorld;
  const peers = new Peers(() => server);
  const tally = new FuzzTally('deal documents written by a party');

  beforeAll(async () => {
    server = await startDealServer();
    world = await buildSecurityWorld(server);
  });

  afterAll(async () => {
    peers.closeAll();
    tally.print();
    await server.close();
  });

  /** Every server-side reader of the documents, as the owner; none may fail with a 5xx. */
  async function probeReaders(): Promise<void> {
    const deal = `/api/deals/${world.deal.id}`;
    const termIds = await server.app.registry.read(world.deal.docs.board, (shared) => readTerms(shared.doc).map((term) => term.id));
    const requests: [string, string, unknown?][] = [
      ['GET', deal],
      ['GET', `${deal}/export.html`],
      ['GET', `${deal}/export.md`],
      ['GET', `${deal}/signoffs`],
      ['GET', `${deal}/history?doc=board`],
      ['GET', `${deal}/history?doc=dossier`],
      ['GET', '/api/dashboard'],
      ['POST', `${deal}/versions`, { doc: 'board', name: 'Fuzzed board' }],
      ['POST', `${deal}/versions`, { doc: 'dossier', name: 'Fuzzed dossier' }],
      ...termIds.slice(0, 3).map((termId): [string, string, unknown] => ['POST', `${deal}/terms/${encodeURIComponent(termId)}/sign-off`, {}]),
    ];
    for (const [method, path, body] of requests) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...bearer(world.owner), ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      expect(response.status, `${method} ${path} → ${text.slice(0, 300)}`).toBeLessThan(500);
      if (response.status >= 400) expect(ERROR_CODES.has((JSON.parse(text) as { error: string }).error)).toBe(true);
    }
  }

  async function converged(writer: CollabClient, reader: CollabClient, docName: string): Promise<void> {
    await waitFor(() => writer.isSaved(), 'the party’s garbage to be stored');
    const serverVector = await server.app.registry.read(docName, (shared) => Y.encodeStateVector(shared.doc).toString());
    await waitFor(() => Y.encodeStateVector(reader.doc).toString() === serverVector, 'the manager’s replica to match the server');
  }

  it('keeps every reader of the dossier and the board answering while a party writes garbage into them', { timeout: 120_000 }, async () => {
    const board = await peers.doc(world.party, world.deal.docs.board);
    const dossier = await peers.doc(world.party, world.deal.docs.dossier);
    const boardReader = await peers.doc(world.manager, world.deal.docs.board);
    const dossierReader = await peers.doc(world.manager, world.deal.docs.dossier);
    await fc.assert(
      fc.asyncProperty(fc.array(boardOp, { minLength: 1, maxLength: 6 }), fc.array(dossierOp, { minLength: 1, maxLength: 6 }), async (boardOps, dossierOps) => {
        for (const op of boardOps) tally.count(`board ${op.op}`);
        for (const op of dossierOps) tally.count(`dossier ${op.op}`);
        board.doc.transact(() => boardOps.forEach((op) => applyBoardOp(board.doc, op)));
        dossier.doc.transact(() => dossierOps.forEach((op) => applyDossierOp(dossier.doc, op)));
        await converged(board, boardReader, world.deal.docs.board);
        await converged(dossier, dossierReader, world.deal.docs.dossier);
        await probeReaders();
      }),
      { numRuns: BATCHES },
    );
    const restore = await fetch(`${server.url}/api/deals/${world.deal.id}/versions/${world.versionId}/restore`, { method: 'POST', headers: bearer(world.owner) });
    expect(restore.status).toBe(200);
    expect(board.closeEvents).toEqual([]);
    expect(dossier.closeEvents).toEqual([]);
  });
});
