// Script planted everywhere people type: a person's name, organisation and listing names, a deal
// title, a comment, a note title, and the dossier and board rich text (as text, as a `script`
// and an `img onerror` element, and as a javascript: link). Each payload would set
// `window.__xss` if a page ever executed it.
import * as Y from 'yjs';
import { sectionFragmentName } from '../../shared/deal-docs.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { call, termWording } from '../deals/deal-helpers.ts';
import type { SecurityWorld } from './security-world.ts';

export const PAYLOAD = {
  deal: '<script>window.__xss = "deal"</script>Drones',
  org: '<img src=x onerror="window.__xss = \'org\'">Org',
  listing: '<svg onload="window.__xss = \'listing\'"></svg>Listing',
  comment: '<img src=x onerror="window.__xss = \'comment\'">Question',
  note: '<script>window.__xss = "note"</script>Note',
  dossier: '<script>window.__xss = "dossier"</script>Overview',
  term: '<img src=x onerror="window.__xss = \'term\'">Wording',
  link: 'javascript:window.__xss = "link"',
} as const;

/** A dossier paragraph carrying a script as text, a script element, an img element and a javascript: link. */
function hostileDossierNodes(): Y.XmlElement[] {
  const text = new Y.XmlElement('paragraph');
  text.insert(0, [new Y.XmlText(PAYLOAD.dossier)]);
  const script = new Y.XmlElement('script');
  script.insert(0, [new Y.XmlText('window.__xss = "element"')]);
  const image = new Y.XmlElement('img');
  image.setAttribute('src', 'x');
  image.setAttribute('onerror', 'window.__xss = "img-element"');
  const linked = new Y.XmlElement('paragraph');
  const linkText = new Y.XmlText();
  linkText.insert(0, 'click me', { link: { href: PAYLOAD.link } });
  linked.insert(0, [linkText]);
  return [text, script, image, linked];
}

async function expectOk(response: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${what} failed: ${status} ${JSON.stringify(body)}`);
}

/** Writes every payload into the world through the same APIs people use. */
export async function plantPayloads(server: TestServer, w: SecurityWorld): Promise<void> {
  await expectOk(call(server.url, w.owner, 'PATCH', `/api/deals/${w.deal.id}`, { title: PAYLOAD.deal }), 'deal title');
  await expectOk(call(server.url, w.owner, 'PATCH', `/api/orgs/${w.makerOrgId}`, { name: PAYLOAD.org }), 'org name');
  await expectOk(call(server.url, w.owner, 'PATCH', `/api/listings/${w.needId}`, { title: PAYLOAD.listing }), 'listing title');
  await expectOk(call(server.url, w.adviser, 'POST', `/api/deals/${w.deal.id}/comments`, { anchor: { type: 'term', termId: w.termId }, body: PAYLOAD.comment }), 'comment');
  await expectOk(call(server.url, w.owner, 'PATCH', `/api/notes/${w.note.id}`, { title: PAYLOAD.note }), 'note title');
  await server.app.registry.edit(w.deal.docs.dossier, w.owner.user, (shared) => {
    shared.doc.getXmlFragment(sectionFragmentName('overview')).insert(0, hostileDossierNodes());
  });
  await server.app.registry.edit(w.deal.docs.board, w.owner.user, (shared) => termWording(shared.doc, w.termId).insert(0, PAYLOAD.term));
}
