// Dossier and board templates: every deal type gets its sections, key facts and terms (with a
// position per organisation), in the requested language, as TipTap-readable content; a deal opened
// from a mutual match is pre-filled from the two listings and brings in the other side.
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthorshipLog } from '../../server/collab/index.ts';
import {
  BOARD_TEMPLATES,
  DOSSIER_TEMPLATES,
  keyFactsIn,
  readKeyFactCodes,
  readKeyFacts,
  readSections,
  readTerms,
  sectionFragmentName,
  sectionText,
} from '../../shared/deal-docs.ts';
import { DEAL_TYPE_CODES, type DealDetail } from '../../shared/schemas/deals.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { Peers, call, mutualMatch as matchBothWant, openDeal, record, startDealServer } from './deal-helpers.ts';

describe('deal templates and pre-fill', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
    [maker, certifier, outsider] = await Promise.all(['Maker Ming', 'Certifier Chan', 'Outsider'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => peers.closeAll());

  const dossierOf = (deal: DealDetail) => server.app.registry.read(deal.docs.dossier, (shared) => shared.doc);

  it('writes each deal type’s sections, key facts and terms, with a position for every organisation', async () => {
    for (const type of DEAL_TYPE_CODES) {
      const deal = await openDeal(server, maker, { type, orgIds: [makerOrg.id, certifierOrg.id] });
      const [sections, facts] = await server.app.registry.read(deal.docs.dossier, (shared) => [readSections(shared.doc), readKeyFacts(shared.doc)] as const);
      expect(sections.map((section) => section.key)).toEqual(DOSSIER_TEMPLATES[type].sections);
      expect(Object.keys(facts).sort()).toEqual([...DOSSIER_TEMPLATES[type].keyFacts].sort());
      const terms = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc));
      expect(terms).toHaveLength(BOARD_TEMPLATES[type].length);
      expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
      for (const term of terms) {
        expect(term).toMatchObject({ status: 'open', ownerId: null, due: null });
        expect(Object.keys(term.positions).sort()).toEqual([makerOrg.id, certifierOrg.id].sort());
        expect(term.wording.length).toBeGreaterThan(0);
      }
      expect(terms.map((term) => term.order)).toEqual([...terms.map((term) => term.order)].sort((a, b) => a - b));
    }
  });

  it('writes the templates in the requested language and covers the issue’s term categories', async () => {
    const deal = await openDeal(server, maker, { type: 'supply', lang: 'zh-Hant' });
    const terms = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc));
    expect(terms.map((term) => term.title)).toContain('單價');
    expect(terms.map((term) => term.category)).toEqual(['price', 'volume', 'payment', 'delivery', 'quality', 'esg-reporting', 'governing-law']);
    const licensing = BOARD_TEMPLATES['technology-licensing'].map((term) => term.category);
    expect(licensing).toContain('ip');
  });

  it('gives a stock y-websocket client the template as soon as it syncs', async () => {
    const deal = await openDeal(server, maker, { type: 'investment' });
    const client = await peers.doc(maker, deal.docs.board);
    expect(readTerms(client.doc).map((term) => term.category)).toEqual(['valuation', 'price', 'payment', 'governance', 'esg-reporting', 'governing-law']);
    const dossier = await peers.doc(maker, deal.docs.dossier);
    expect(readSections(dossier.doc).map((section) => section.key)).toContain('use-of-funds');
  });

  const mutualMatch = () => matchBothWant(server, maker, makerOrg, certifier, certifierOrg);

  it('opens a deal from a mutual match, pre-filled from both listings and attributed to the opener', async () => {
    const matchId = await mutualMatch();
    const certifierSocket = await peers.socket(certifier);
    const added = record(certifierSocket, 'deal:added');
    const response = await call<DealDetail>(server.url, maker, 'POST', '/api/deals', { matchId });
    expect(response.status).toBe(201);
    const deal = response.body;
    expect(deal).toMatchObject({ type: 'professional-service', matchId });
    expect(deal.title).toBe('Pearl River × Harbour Testing & Certification: seeking CE and FCC testing for inspection drones');
    expect(deal.orgs.map((org) => org.id)).toEqual([makerOrg.id, certifierOrg.id]);
    expect(deal.listingIds).toHaveLength(2);
    expect(deal.members).toEqual([
      expect.objectContaining({ userId: maker.user.id, role: 'party', orgId: makerOrg.id, owner: true }),
      expect.objectContaining({ userId: certifier.user.id, role: 'party', orgId: certifierOrg.id, owner: false }),
    ]);
    await expect.poll(() => added.length).toBe(1);
    expect(added[0].id).toBe(deal.id);

    const doc = await dossierOf(deal);
    const overview = sectionText(doc, 'overview');
    expect(overview).toContain('Pearl River Drones needs: Seeking CE and FCC testing for inspection drones');
    expect(overview).toContain('Harbour Testing & Certification offers: Drone testing and certification for CE and FCC');
    expect(overview).toContain('Accredited laboratory');
    expect(sectionText(doc, 'compliance-esg')).toContain('HOKLAS');
    expect(readKeyFacts(doc)).toMatchObject({ counterparties: 'Pearl River Drones; Harbour Testing & Certification', 'deal-size': 'Under US$1m' });
    expect(readKeyFacts(doc).sectors).toContain('Drones & unmanned aerial systems');
    // Both listings work in English (and one Chinese script each): the room's working language.
    expect(deal.lang).toBe('en');
    // Taxonomy facts keep their codes, so a Chinese reader sees them in Chinese.
    expect(readKeyFactCodes(doc)).toMatchObject({ 'deal-size': ['under-1m'] });
    expect(keyFactsIn(readKeyFacts(doc), readKeyFactCodes(doc), 'zh-Hant')).toMatchObject({ 'deal-size': '少於100萬美元' });

    const client = await peers.doc(certifier, deal.docs.dossier);
    const schema = getSchema([StarterKit]);
    const node = yXmlFragmentToProseMirrorRootNode(client.doc.getXmlFragment(sectionFragmentName('overview')), schema);
    // Four listing paragraphs, then sectors and regions (a service engagement has no market section).
    expect(node.childCount).toBe(6);
    expect(node.child(0).type.name).toBe('paragraph');
    expect(node.child(0).firstChild?.marks.map((mark) => mark.type.name)).toEqual(['bold']);
    expect(node.textContent).toContain('Seeking CE and FCC testing');

    const log = new AuthorshipLog(server.store);
    await expect.poll(async () => (await log.listEdits(deal.docs.dossier)).map((edit) => edit.userId)).toEqual([maker.user.id]);
  });

  it('opens a match only once: the opener gets the same deal back, others on neither side 404', async () => {
    const matchId = await mutualMatch();
    const first = await call<DealDetail>(server.url, certifier, 'POST', '/api/deals', { matchId, lang: 'zh-Hans' });
    expect(first.status).toBe(201);
    const again = await call<DealDetail>(server.url, maker, 'POST', '/api/deals', { matchId });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await call(server.url, outsider, 'POST', '/api/deals', { matchId })).status).toBe(404);
    // Titled in the deal's language: the brand of each side, the need's subject, a full-width colon.
    expect(first.body.title).toBe('珠江 × Harbour Testing & Certification：Seeking CE and FCC testing for inspection drones');
    const doc = await dossierOf(first.body);
    expect(sectionText(doc, 'overview')).toContain('提供');
  });

  it('refuses to open a deal from a match that is not yet mutual', async () => {
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Seeking FCC testing for cargo drones' }));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: 'FCC testing for cargo drones' }));
    const matches = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const matchId = matches.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    const response = await call<{ error: string }>(server.url, maker, 'POST', '/api/deals', { matchId });
    expect(response.status).toBe(409);
  });
});
