// The deal as CommonMark: every piece of user text is escaped (markdown-inline.ts), so it can
// neither break the layout nor smuggle HTML into a renderer that passes HTML through; nested
// blocks are indented under their list item's content and every line of a quote is quoted.
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { Block } from './blocks.ts';
import type { DealExport, ExportTerm, ExportThread } from './deal-export.ts';
import { itemFacts, type ExportChecklist } from './export-checklist.ts';
import type { ExportFile } from './export-files.ts';
import { EXPORT_WORDS as W } from './export-words.ts';
import { escapeLines, escapeMarkdown, renderInlines } from './markdown-inline.ts';

/** Prefixes the first line with `first` and every other line with `rest`. */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line === '' ? rest.trimEnd() : rest) + line)
    .join('\n');
}

function listItem(item: Block[], marker: string): string {
  // A paragraph and a nested list sit on consecutive lines; blocks stay in the item's content column.
  const content = item.map(block).join('\n') || ' ';
  return prefixLines(content, marker, ' '.repeat(marker.length));
}

function block(node: Block): string {
  switch (node.type) {
    case 'paragraph':
      return renderInlines(node.inlines);
    case 'heading':
      return `${'#'.repeat(Math.min(node.level + 2, 6))} ${renderInlines(node.inlines)}`;
    case 'list':
      return node.items.map((item, index) => listItem(item, node.ordered ? `${index + 1}. ` : '- ')).join('\n');
    case 'quote':
      return prefixLines(node.blocks.map(block).join('\n\n'), '> ', '> ');
    case 'code':
      return `\`\`\`\n${node.text.replace(/```/g, 'ʼʼʼ')}\n\`\`\``;
    case 'rule':
      return '---';
    default:
      return '';
  }
}

/** "**Label:** value" / "**標籤：** value" — the closing `**` is followed by a space, so it always closes. */
const labelled = (label: string, lang: Lang) => `- **${label}${lang === 'en' ? ':' : '：'}** `;
const field = (label: string, value: string, lang: Lang) => `${labelled(label, lang)}${value}`;

function term(entry: ExportTerm, lang: Lang): string {
  const out = [`#### ${escapeMarkdown(entry.title || '—')}`, '', prefixLines(escapeLines(entry.wording) || W.empty[lang], '> ', '> '), ''];
  out.push(field(W.status[lang], escapeMarkdown(entry.status), lang));
  if (entry.owner) out.push(field(W.owner[lang], escapeMarkdown(entry.owner), lang));
  if (entry.due) out.push(field(W.due[lang], escapeMarkdown(entry.due), lang));
  for (const position of entry.positions) {
    if (position.text.trim()) out.push(prefixLines(escapeLines(position.text), labelled(`${W.positions[lang]} — ${escapeMarkdown(position.org)}`, lang), '  '));
  }
  const signed = entry.signoffs.map((signoff) => `${escapeMarkdown(signoff.org)} (${escapeMarkdown(signoff.by)}, ${escapeMarkdown(signoff.at)})`);
  out.push(field(W.signoffs[lang], signed.length > 0 ? signed.join('; ') : W.none[lang], lang));
  return out.join('\n');
}

function thread(entry: ExportThread): string {
  const out = [`#### ${escapeMarkdown(entry.on)} · ${escapeMarkdown(entry.status)}`, ''];
  if (entry.quote.trim()) out.push(prefixLines(escapeLines(entry.quote), '> ', '> '), '');
  for (const comment of entry.comments) {
    out.push(prefixLines(escapeLines(comment.body), `- **${escapeMarkdown(comment.by)}** (${escapeMarkdown(comment.at)}): `, '  '));
  }
  return out.join('\n');
}

function file(entry: ExportFile, lang: Lang): string {
  const versions = entry.versions.map(
    (version) => `  - ${W.version[lang]} ${version.version}: ${escapeMarkdown(version.size)}, ${escapeMarkdown(version.by)}, ${escapeMarkdown(version.at)}, SHA-256 \`${version.sha256}\``,
  );
  return [`- **${escapeMarkdown(entry.folder)} / ${escapeMarkdown(entry.name)}**`, ...versions].join('\n');
}

function checklist(list: ExportChecklist, lang: Lang): string[] {
  const out = [`## ${W.checklist[lang]} (${list.done}/${list.total} ${W.done[lang]})`, ''];
  for (const section of list.sections) {
    out.push(`### ${escapeMarkdown(section.title)}`, '');
    for (const item of section.items) {
      const facts = itemFacts(item, W.overdue[lang]);
      const links = item.links.length > 0 ? ` — ${W.linked[lang]}: ${item.links.map(escapeMarkdown).join(', ')}` : '';
      out.push(`- [${item.done ? 'x' : ' '}] ${escapeMarkdown(item.text)} (${facts.map(escapeMarkdown).join(' · ')})${links}`);
    }
    out.push('');
  }
  return out;
}

export function renderMarkdown(data: DealExport): string {
  const { lang } = data;
  const out = [
    `# ${escapeMarkdown(data.title)}`,
    '',
    field(W.type[lang], escapeMarkdown(data.type), lang),
    field(W.stage[lang], escapeMarkdown(data.stage), lang),
    field(W.organisations[lang], data.orgs.map(escapeMarkdown).join(', '), lang),
    field(W.members[lang], data.members.map((member) => `${escapeMarkdown(member.name)} (${escapeMarkdown(member.role)})`).join(', '), lang),
    field(W.generated[lang], escapeMarkdown(data.generatedAt), lang),
    '',
    `## ${W.dossier[lang]}`,
    '',
  ];
  if (data.keyFacts.length > 0) {
    out.push(`### ${W.keyFacts[lang]}`, '', ...data.keyFacts.map((fact) => prefixLines(escapeLines(fact.value), labelled(escapeMarkdown(fact.label), lang), '  ')), '');
  }
  for (const section of data.sections) {
    out.push(`### ${escapeMarkdown(section.title)}`, '', ...section.blocks.map((node) => `${block(node)}\n`), '');
  }
  out.push(`## ${W.board[lang]}`, '');
  for (const category of data.categories) {
    out.push(`### ${escapeMarkdown(category.label)}`, '', ...category.terms.map((entry) => `${term(entry, lang)}\n`));
  }
  if (data.checklist) out.push(...checklist(data.checklist, lang));
  out.push(`## ${W.files[lang]}`, '', ...(data.files.length > 0 ? data.files.map((entry) => file(entry, lang)) : [W.none[lang]]), '');
  if (data.threads) {
    out.push(`## ${W.comments[lang]}`, '', ...(data.threads.length > 0 ? data.threads.map((entry) => `${thread(entry)}\n`) : [W.none[lang]]));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
