// The deal as a printable HTML page: every piece of user text is escaped and links are limited to
// http(s) and mailto; the page carries no script and is served under a CSP that forbids any.
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { Block, Inline } from './blocks.ts';
import type { DealExport, ExportTerm, ExportThread } from './deal-export.ts';
import { itemFacts, type ExportChecklist } from './export-checklist.ts';
import { EXPORT_WORDS as W, safeHref } from './export-words.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

function textWithBreaks(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function inline(part: Inline): string {
  let html = textWithBreaks(part.text);
  if (part.code) html = `<code>${html}</code>`;
  if (part.bold) html = `<strong>${html}</strong>`;
  if (part.italic) html = `<em>${html}</em>`;
  if (part.strike) html = `<s>${html}</s>`;
  if (part.underline) html = `<u>${html}</u>`;
  const href = safeHref(part.href);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>` : html;
}

function block(node: Block): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${node.inlines.map(inline).join('')}</p>`;
    case 'heading': {
      const level = Math.min(node.level + 2, 6);
      return `<h${level}>${node.inlines.map(inline).join('')}</h${level}>`;
    }
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      return `<${tag}>${node.items.map((item) => `<li>${item.map(block).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${node.blocks.map(block).join('')}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    default:
      return '';
  }
}

function term(entry: ExportTerm, lang: Lang): string {
  const rows = [
    [W.status[lang], escapeHtml(entry.status)],
    ...(entry.owner ? [[W.owner[lang], escapeHtml(entry.owner)]] : []),
    ...(entry.due ? [[W.due[lang], escapeHtml(entry.due)]] : []),
    ...entry.positions.filter((position) => position.text.trim()).map((position) => [`${W.positions[lang]} — ${escapeHtml(position.org)}`, textWithBreaks(position.text)]),
    [
      W.signoffs[lang],
      entry.signoffs.length > 0
        ? entry.signoffs.map((signoff) => `${escapeHtml(signoff.org)} (${escapeHtml(signoff.by)}, ${escapeHtml(signoff.at)})`).join('<br>')
        : W.none[lang],
    ],
  ];
  return [
    `<section class="term"><h4>${escapeHtml(entry.title || '—')}</h4>`,
    `<blockquote>${textWithBreaks(entry.wording) || W.empty[lang]}</blockquote>`,
    `<table>${rows.map(([label, value]) => `<tr><th>${label}</th><td>${value}</td></tr>`).join('')}</table></section>`,
  ].join('');
}

function thread(entry: ExportThread): string {
  const comments = entry.comments.map((comment) => `<li><strong>${escapeHtml(comment.by)}</strong> (${escapeHtml(comment.at)}): ${textWithBreaks(comment.body)}</li>`);
  return [
    `<section class="thread"><h4>${escapeHtml(entry.on)} · ${escapeHtml(entry.status)}</h4>`,
    entry.quote.trim() ? `<blockquote>${textWithBreaks(entry.quote)}</blockquote>` : '',
    `<ul>${comments.join('')}</ul></section>`,
  ].join('');
}

function files(data: DealExport): string {
  const { lang } = data;
  const rows = data.files.flatMap((entry) =>
    entry.versions.map(
      (version) =>
        `<tr><td>${escapeHtml(entry.folder)} / ${escapeHtml(entry.name)}</td><td>${version.version}</td><td>${escapeHtml(version.size)}</td><td>${escapeHtml(version.by)}</td><td>${escapeHtml(version.at)}</td><td><code>${version.sha256}</code></td></tr>`,
    ),
  );
  return `<h2>${W.files[lang]}</h2>\n${rows.length > 0 ? `<table>${rows.join('')}</table>` : `<p>${W.none[lang]}</p>`}`;
}

function threads(data: DealExport): string {
  if (!data.threads) return '';
  const body = data.threads.length > 0 ? data.threads.map(thread).join('\n') : `<p>${W.none[data.lang]}</p>`;
  return `<h2>${W.comments[data.lang]}</h2>\n${body}`;
}

function checklist(data: DealExport): string {
  const list = data.checklist;
  if (!list) return '';
  const { lang } = data;
  const item = (entry: ExportChecklist['sections'][number]['items'][number]) => {
    const links = entry.links.length > 0 ? ` — ${W.linked[lang]}: ${entry.links.map(escapeHtml).join(', ')}` : '';
    return `<li>${entry.done ? '☑' : '☐'} ${escapeHtml(entry.text)} (${itemFacts(entry, W.overdue[lang]).map(escapeHtml).join(' · ')})${links}</li>`;
  };
  const sections = list.sections.map((section) => `<h3>${escapeHtml(section.title)}</h3><ul>${section.items.map(item).join('')}</ul>`);
  return `<h2>${W.checklist[lang]} (${list.done}/${list.total} ${W.done[lang]})</h2>\n${sections.join('\n')}`;
}

const STYLE = `body{font-family:system-ui,"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
h1{margin-bottom:.25rem}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #999}.term,.thread{break-inside:avoid;margin-bottom:1rem}
@media print{body{margin:0;max-width:none}h2{break-before:page}}`;

export function renderHtml(data: DealExport): string {
  const { lang } = data;
  const facts = data.keyFacts.map((fact) => `<tr><th>${escapeHtml(fact.label)}</th><td>${textWithBreaks(fact.value)}</td></tr>`).join('');
  const summary = [
    [W.type[lang], escapeHtml(data.type)],
    [W.stage[lang], escapeHtml(data.stage)],
    [W.organisations[lang], data.orgs.map(escapeHtml).join(', ')],
    [W.members[lang], data.members.map((member) => `${escapeHtml(member.name)} (${escapeHtml(member.role)})`).join(', ')],
    [W.generated[lang], escapeHtml(data.generatedAt)],
  ];
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(data.title)}</h1>
<table>${summary.map(([label, value]) => `<tr><th>${label}</th><td>${value}</td></tr>`).join('')}</table>
<h2>${W.dossier[lang]}</h2>
${facts ? `<h3>${W.keyFacts[lang]}</h3><table>${facts}</table>` : ''}
${data.sections.map((section) => `<h3>${escapeHtml(section.title)}</h3>${section.blocks.map(block).join('\n')}`).join('\n')}
<h2>${W.board[lang]}</h2>
${data.categories.map((category) => `<h3>${escapeHtml(category.label)}</h3>${category.terms.map((entry) => term(entry, lang)).join('\n')}`).join('\n')}
${checklist(data)}
${files(data)}
${threads(data)}
</body></html>
`;
}
