// The Markdown export's blocks and runs, read back with the CommonMark reference parser: nested
// lists, quotes, code and links keep their structure, and emphasis survives any neighbour.
import { HtmlRenderer, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../server/deals/export/blocks.ts';
import type { DealExport } from '../../server/deals/export/deal-export.ts';
import { renderMarkdown } from '../../server/deals/export/export-markdown.ts';
import { renderInlines } from '../../server/deals/export/markdown-inline.ts';

const render = (markdown: string) => new HtmlRenderer().render(new Parser().parse(markdown)).replace(/\n/g, '');
const paragraph = (text: string): Block => ({ type: 'paragraph', inlines: [{ text }] });

function exportOf(blocks: Block[]): DealExport {
  return { lang: 'en', title: 'T', type: 'Supply', stage: 'Lead', orgs: [], members: [], generatedAt: 'now', sections: [{ title: 'Overview', blocks }], keyFacts: [], categories: [], threads: null, checklist: null, files: [] };
}

describe('Markdown export', () => {
  it('keeps emphasis whatever is next to it', () => {
    const cases: [Parameters<typeof renderInlines>[0], string][] = [
      [[{ text: 'Deal size: ', bold: true }, { text: 'US$1m–5m' }], '<p><strong>Deal size:</strong> US$1m–5m</p>'],
      [[{ text: '條款' }, { text: '：價格：', bold: true }, { text: '每台' }], '<p>條款：<strong>價格</strong>：每台</p>'],
      [[{ text: 'a' }, { text: ' b ', italic: true, bold: true }, { text: 'c' }], '<p>a <em><strong>b</strong></em> c</p>'],
      [[{ text: 'gone', strike: true }], '<p>~~gone~~</p>'],
      [[{ text: '   ', bold: true }, { text: 'x' }], '<p>x</p>'],
      [[{ text: 'see ', bold: true }, { text: 'docs', href: 'https://example.com/a b' }], '<p><strong>see</strong> <a href="https://example.com/a%20b">docs</a></p>'],
      [[{ text: 'x`y', code: true }], '<p><code>xʼy</code></p>'],
    ];
    for (const [inlines, html] of cases) expect(render(renderInlines(inlines)), JSON.stringify(inlines)).toBe(html);
  });

  it('keeps nested lists, quotes and code in their blocks', () => {
    const nested: Block = { type: 'list', ordered: true, items: [[paragraph('one'), { type: 'list', ordered: false, items: [[paragraph('one.a')], [paragraph('1. not a list')]] }], [{ type: 'code', text: 'let x = 1;' }]] };
    const quote: Block = { type: 'quote', blocks: [paragraph('said'), { type: 'list', ordered: false, items: [[paragraph('- point')]] }] };
    const html = render(renderMarkdown(exportOf([nested, quote, { type: 'heading', level: 1, inlines: [{ text: '# not a heading' }] }, { type: 'rule' }])));
    expect(html).toContain('<ol><li>one<ul><li>one.a</li><li>1. not a list</li></ul></li><li><pre><code>let x = 1;</code></pre></li></ol>');
    expect(html).toContain('<blockquote><p>said</p><ul><li>- point</li></ul></blockquote>');
    expect(html).toContain('<h3># not a heading</h3><hr />');
  });
});
