// Export of a deal as Markdown and as a printable HTML page: the dossier and the board with each
// term's status, positions and sign-offs, dates in the export's language, optionally the comment
// threads; whatever people typed is escaped, never executed. The Markdown is read back with the
// CommonMark reference parser: it must render what was typed, formatted as it was.
import { HtmlRenderer, Parser } from 'commonmark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { bearer, registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { CERTIFIER, createOrg } from '../listings/marketplace-helpers.ts';
import { Peers, addDealMember, call, openDeal, sectionText, setTermStatus, startDealServer, termWording } from './deal-helpers.ts';

const SCRIPT = '<script>alert("x")</script>';
const IMG = '<img src=x onerror=alert(1)>';

/** Markdown as a CommonMark renderer shows it (raw HTML passed through, as many do). */
function commonmark(markdown: string): string {
  return new HtmlRenderer().render(new Parser().parse(markdown));
}

describe('deal export', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  let deal: DealDetail;
  let termId: string;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
    [maker, certifier, outsider] = await Promise.all(['Maker Ming', 'Certifier Chan', 'Outsider'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    deal = await openDeal(server, maker, { title: `Drones ${SCRIPT}`, orgIds: [makerOrg.id, certifierOrg.id] });
    await addDealMember(server, maker, deal.id, certifier, 'party', { orgId: certifierOrg.id });

    const dossier = await peers.doc(maker, deal.docs.dossier);
    sectionText(dossier.doc, 'overview').insert(0, `Scope ${IMG} and [link](javascript:alert(1))`);
    sectionText(dossier.doc, 'risks').insert(0, 'Customs delays', { bold: {} });
    sectionText(dossier.doc, 'risks').insert(14, ' at Lok Ma Chau', { link: { href: 'javascript:alert(1)' } });
    // As the match pre-fill writes labels: bold with a trailing space; and bold ending in
    // punctuation right before text, as anyone may type in Chinese.
    const financials = sectionText(dossier.doc, 'financials');
    const runs: [string, Record<string, object>][] = [['Deal size: ', { bold: {} }], ['US$1m–5m for Kwok & Leung, fees &amp; costs; 條款：', {}], ['價格：', { bold: {} }], ['每台US$9k', {}]];
    runs.reduce((at, [text, marks]) => (financials.insert(at, text, marks), at + text.length), 0);
    dossier.doc.getMap('keyFacts').set('product', `Drone ${SCRIPT}`);
    // Keys any writer may choose, named like what every plain object inherits.
    dossier.doc.getMap('keyFacts').set('constructor', 'Inherited-name fact');
    dossier.doc.getMap('keyFacts').set('__proto__', 'Proto-named fact');
    const board = await peers.doc(maker, deal.docs.board);
    termId = readTerms(board.doc)[0].id;
    termWording(board.doc, termId).insert(0, `${SCRIPT} `);
    setTermStatus(board.doc, termId, 'agreed');
    await waitFor(() => dossier.isSaved() && board.isSaved(), 'content stored');
    expect((await call(server.url, maker, 'POST', `/api/deals/${deal.id}/terms/${termId}/sign-off`)).status).toBe(201);
    const thread = await call(server.url, certifier, 'POST', `/api/deals/${deal.id}/comments`, { anchor: { type: 'term', termId }, body: `Price ok ${SCRIPT} & more` });
    expect(thread.status).toBe(201);
    peers.closeAll();
  });

  afterAll(async () => {
    await server.close();
  });

  async function get(path: string, user: TestUser = maker): Promise<Response> {
    return fetch(`${server.url}/api/deals/${deal.id}/${path}`, { headers: bearer(user) });
  }

  it('exports Markdown with the dossier, key facts and each term’s status and sign-offs, escaped', async () => {
    const response = await get('export.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    const markdown = await response.text();
    expect(markdown).toContain('Inherited-name fact');
    expect(markdown).toContain('Proto-named fact');
    expect(markdown).toContain('# Drones \\<script\\>alert("x")\\</script\\>');
    expect(markdown).toContain('### Overview');
    expect(markdown).toContain('**Customs delays**');
    // Typed link syntax stays text, and a link mark to javascript: loses its link.
    expect(markdown).toContain('\\[link\\](javascript:alert(1))');
    expect(markdown).toContain('**Customs delays** at Lok Ma Chau');
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img)|(^|[^\\])\]\(<?javascript/);
    expect(markdown).toContain('#### Unit price');
    expect(markdown).toContain('- **Status:** Agreed');
    expect(markdown).toContain('- **Sign-offs:** Pearl River Drones (Maker Ming,');
    expect(markdown).toContain('- **Sign-offs:** None');
    expect(markdown).toContain('**Product:** Drone \\<script\\>');
    expect(markdown).not.toContain('## Comments');
  });

  it('is CommonMark that renders what was typed, formatted as it was, and nothing else', async () => {
    const markdown = await (await get('export.md')).text();
    // No entities: the one here was typed, and stays as typed.
    expect(markdown).not.toMatch(/(^|[^\\])&(amp|lt|gt|quot);/);
    expect(markdown).toContain('**Deal size:** US$1m–5m for Kwok & Leung, fees \\&amp; costs; 條款：**價格**：每台US$9k');
    const html = commonmark(markdown);
    expect(html).toContain('<h1>Drones &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>');
    expect(html).toContain('<strong>Deal size:</strong> US$1m–5m for Kwok &amp; Leung, fees &amp;amp; costs; 條款：<strong>價格</strong>：每台US$9k');
    expect(html).toContain('<strong>Customs delays</strong> at Lok Ma Chau');
    expect(html).toContain('<li><strong>Status:</strong> Agreed</li>');
    expect(html).toContain('Scope &lt;img src=x onerror=alert(1)&gt; and [link](javascript:alert(1))');
    // Nothing typed became markup: no tag, no link, no stray delimiter.
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).not.toContain('**');
    expect(html).toContain('<strong>__proto__:</strong> Proto-named fact');
  });

  it('writes dates in the export’s language', async () => {
    const en = await (await get('export.md')).text();
    expect(en).toMatch(/- \*\*Exported:\*\* \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} UTC/);
    expect(en).toMatch(/Pearl River Drones \(Maker Ming, \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} UTC\)/);
    const zh = await (await get('export.md?lang=zh-Hans')).text();
    expect(zh).toMatch(/- \*\*导出时间：?\*\* \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} UTC/);
    expect(zh).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('adds the comment threads when asked, escaped in both formats', async () => {
    const markdown = await (await get('export.md?comments=1')).text();
    expect(markdown).toContain('## Comments');
    expect(markdown).toMatch(/#### Unit price · Open\n\n- \*\*Certifier Chan\*\* \(\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} UTC\): Price ok \\<script\\>/);
    expect(commonmark(markdown)).toContain('Price ok &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    const html = await (await get('export.html?comments=1&lang=zh-Hant')).text();
    expect(html).toContain('<h2>評論</h2>');
    expect(html).toContain('Price ok &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).not.toMatch(/<script/i);
    expect((await get('export.md?comments=yes')).status).toBe(400);
  });

  it('exports a printable HTML page with everything escaped, no script allowed', async () => {
    const response = await get('export.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('Scope &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<strong>Customs delays</strong> at Lok Ma Chau');
    expect(html).toContain('<th>Status</th><td>Agreed</td>');
    expect(html).toMatch(/<th>Sign-offs<\/th><td>Pearl River Drones \(Maker Ming, \d{1,2} [A-Z][a-z]+ \d{4} at /);
    expect(html).not.toContain('<h2>Comments</h2>');
    expect(html).toContain('@media print');
  });

  it('exports in the language asked for, and only to members', async () => {
    const html = await (await get('export.html?lang=zh-Hant')).text();
    expect(html).toContain('談判板');
    expect(html).toContain('已同意');
    expect((await get('export.md', outsider)).status).toBe(404);
    expect((await get('export.html', outsider)).status).toBe(404);
    expect((await call(server.url, maker, 'GET', `/api/deals/${deal.id}/export.md?lang=fr`)).status).toBe(400);
  });
});
