// Every feature that tells people something, through the real commands: new, interesting and
// mutual matches (an anonymous side stays anonymous), deal invitations, @mentions, replies to a
// thread one took part in, and signed terms — each to the people concerned and nobody else.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '../../shared/deal-docs.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { CERTIFIER, addMember, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { Peers, addDealMember, call, openDeal, setTermStatus, startDealServer } from '../deals/deal-helpers.ts';
import { awaitType, notificationsOf, ofType } from './notification-helpers.ts';

describe('notification senders', () => {
  let server: TestServer;
  let maker: TestUser;
  let colleague: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer({ signoffCheckDelayMs: 10 });
    [maker, colleague, certifier, outsider] = await Promise.all(['Maker Mo', 'Colleague Cy', 'Certifier Cai', 'Outsider Oz'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker);
    await addMember(server.url, maker, makerOrg.id, colleague);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    await createOrg(server.url, outsider, { name: 'Elsewhere Ltd', region: 'uk', sectors: ['fintech'] });
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => peers.closeAll());

  /** Nothing in the notification names the anonymous certifier or its people. */
  function expectAnonymous(value: unknown): void {
    const text = JSON.stringify(value);
    for (const secret of [certifierOrg.id, CERTIFIER.name, certifier.user.id, certifier.user.name, certifier.user.email]) expect(text).not.toContain(secret);
  }

  it('tells both organisations of a new match, interest, and a mutual match, never unmasking an anonymous side', async () => {
    const need = await createListing(server.url, maker, needFor(makerOrg.id));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { anonymous: true }));
    const [forMaker] = await awaitType(server, maker, 'match.new');
    const [forColleague] = await awaitType(server, colleague, 'match.new');
    expect(forMaker).toMatchObject({ subject: { kind: 'match', title: need.title }, actor: null, data: { listingId: need.id, theirTitle: offer.title } });
    expect(forColleague.subject.id).toBe(forMaker.subject.id);
    expectAnonymous(forMaker);
    const [forCertifier] = await awaitType(server, certifier, 'match.new');
    expect(forCertifier.subject.title).toBe(offer.title);
    const matchId = forMaker.subject.id;
    const listed = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    expect(listed.body.matches.find((match) => match.listing.id === offer.id)?.matchId).toBe(matchId);

    expect((await call(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
    const [interest] = await awaitType(server, maker, 'match.interest');
    expect(interest).toMatchObject({ subject: { kind: 'match', id: matchId, title: need.title }, actor: null });
    expectAnonymous(interest);
    await awaitType(server, colleague, 'match.interest');
    expect(await ofType(server, certifier, 'match.interest')).toEqual([]);

    expect((await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
    const [mutual] = await awaitType(server, certifier, 'match.mutual');
    expect(mutual).toMatchObject({ subject: { kind: 'match', id: matchId, title: offer.title }, actor: { id: maker.user.id, name: maker.user.name } });
    await awaitType(server, colleague, 'match.mutual');
    await quietFor(80, 'a mutual-match notice to the one who acted would have been stored');
    expect(await ofType(server, maker, 'match.mutual')).toEqual([]);
    expect((await notificationsOf(server, outsider)).total).toBe(0);
    await call(server.url, maker, 'POST', `/api/listings/${need.id}/withdraw`);
    await call(server.url, certifier, 'POST', `/api/listings/${offer.id}/withdraw`);
  });

  it('tells a person they were invited to a deal, once', async () => {
    const deal = await openDeal(server, maker, { title: 'Invitation news' });
    await addDealMember(server, maker, deal.id, certifier, 'adviser');
    const [invitation] = await awaitType(server, certifier, 'deal.invitation');
    expect(invitation).toMatchObject({ subject: { kind: 'invitation', title: deal.title }, actor: { id: maker.user.id }, data: { role: 'adviser', invitationKind: 'deal' } });
    await addDealMember(server, maker, deal.id, certifier, 'manager');
    await quietFor(80, 'a second invitation for the role change would have been stored');
    const aboutThisDeal = (items: { subject: { title: string } }[]) => items.filter((item) => item.subject.title === deal.title);
    expect(aboutThisDeal(await ofType(server, certifier, 'deal.invitation'))).toHaveLength(1);
    expect(aboutThisDeal(await ofType(server, maker, 'deal.invitation'))).toEqual([]);
  });

  it('tells thread participants of replies and mentioned members of mentions, not both, and no bystander', async () => {
    const deal = await openDeal(server, maker);
    await addDealMember(server, maker, deal.id, colleague, 'adviser');
    await addDealMember(server, maker, deal.id, certifier, 'manager');
    const termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
    const comments = `/api/deals/${deal.id}/comments`;
    const thread = await call<{ id: string }>(server.url, maker, 'POST', comments, { anchor: { type: 'term', termId }, body: 'Which Incoterm?' });
    await call(server.url, colleague, 'POST', `${comments}/${thread.body.id}/replies`, { body: 'FOB Shenzhen.' });
    const [reply] = await awaitType(server, maker, 'comment.reply');
    expect(reply).toMatchObject({ subject: { kind: 'deal', id: deal.id }, actor: { id: colleague.user.id }, data: { threadId: thread.body.id, excerpt: 'FOB Shenzhen.' } });
    await quietFor(80, 'a reply notice to someone outside the thread would have been stored');
    expect(await ofType(server, certifier, 'comment.reply')).toEqual([]);

    await call(server.url, certifier, 'POST', `${comments}/${thread.body.id}/replies`, { body: `@${maker.user.email} agreed?` });
    const [mention] = await awaitType(server, maker, 'comment.mention');
    // The person is named, never their e-mail.
    expect(mention.data.excerpt).toBe(`@${maker.user.name} agreed?`);
    await awaitType(server, colleague, 'comment.reply', 1);
    await quietFor(80, 'a reply notice repeating the mention would have been stored');
    expect(await ofType(server, maker, 'comment.reply')).toHaveLength(1);
    expect((await notificationsOf(server, outsider)).total).toBe(0);
  });

  it('tells the other members of a deal that a term was signed off', async () => {
    const deal = await openDeal(server, maker, { orgIds: [makerOrg.id, certifierOrg.id] });
    await addDealMember(server, maker, deal.id, certifier, 'party', { orgId: certifierOrg.id });
    await addDealMember(server, maker, deal.id, colleague, 'manager');
    const board = await peers.doc(maker, deal.docs.board);
    const term = readTerms(board.doc)[0];
    setTermStatus(board.doc, term.id, 'agreed');
    await waitFor(() => board.isSaved(), 'status stored');
    expect((await call(server.url, maker, 'POST', `/api/deals/${deal.id}/terms/${term.id}/sign-off`, {})).status).toBe(201);
    const [signed] = await awaitType(server, certifier, 'term.signed');
    expect(signed).toMatchObject({ subject: { kind: 'deal', id: deal.id }, actor: { id: maker.user.id }, data: { termId: term.id, termTitle: term.title } });
    await awaitType(server, colleague, 'term.signed');
    await quietFor(80, 'a sign-off notice to the signer would have been stored');
    expect(await ofType(server, maker, 'term.signed')).toEqual([]);
    expect((await notificationsOf(server, outsider)).total).toBe(0);
  });
});
