// The deal as Markdown: every piece of user text is escaped, so it can neither break the layout
// nor smuggle HTML into a renderer that passes HTML through.
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { Block, Inline } from './blocks.ts';
import type { DealExport, ExportTerm } from './deal-export.ts';
import { EXPORT_WORDS as W, safeHref } from './export-words.ts';

/**
 * Escapes one line of text: inline Markdown punctuation, list and heading markers at the start,
 * and the HTML-significant characters (as entities, so no renderer sees a tag).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+=]|\d+[.)])/, (_match, space: string, marker: string) => `${space}${marker.replace(/[-+=.)]/, (char) => `\\${char}`)}`);
}

function lines(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeMarkdown(line))
    .join('  \n');
}

function inline(part: Inline): string {
  if (part.text === '\n') return '  \n';
  let text = lines(part.text);
  if (text.trim() === '') return text;
  if (part.code) text = `\`${part.text.replace(/`/g, 'ʼ')}\``;
  if (part.bold) text = `**${text}**`;
  if (part.italic) text = `*${text}*`;
  if (part.strike) text = `~~${text}~~`;
  const href = safeHref(part.href);
  return href ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
}

function block(node: Block, indent = ''): string {
  switch (node.type) {
    case 'paragraph':
      return indent + node.inlines.map(inline).join('');
    case 'heading':
      return `${indent}${'#'.repeat(Math.min(node.level + 2, 6))} ${node.inlines.map(inline).join('')}`;
    case 'list':
      return node.items
        .map((item, index) => {
          const marker = node.ordered ? `${index + 1}. ` : '- ';
          const [first = '', ...rest] = item.map((child) => block(child, `${indent}   `).trimStart());
          return [`${indent}${marker}${first}`, ...rest.map((line) => `${indent}   ${line}`)].join('\n');
        })
        .join('\n');
    case 'quote':
      return node.blocks.map((child) => `${indent}> ${block(child)}`).join('\n');
    case 'code':
      return `${indent}\`\`\`\n${node.text.replace(/```/g, 'ʼʼʼ')}\n${indent}\`\`\``;
    case 'rule':
      return `${indent}---`;
    default:
      return '';
  }
}

function term(entry: ExportTerm, lang: Lang): string {
  const out = [`#### ${escapeMarkdown(entry.title || '—')}`, '', `> ${lines(entry.wording) || W.empty[lang]}`, ''];
  out.push(`- **${W.status[lang]}:** ${escapeMarkdown(entry.status)}`);
  if (entry.owner) out.push(`- **${W.owner[lang]}:** ${escapeMarkdown(entry.owner)}`);
  if (entry.due) out.push(`- **${W.due[lang]}:** ${escapeMarkdown(entry.due)}`);
  for (const position of entry.positions) {
    if (position.text.trim()) out.push(`- **${W.positions[lang]} — ${escapeMarkdown(position.org)}:** ${lines(position.text)}`);
  }
  const signed = entry.signoffs.map((signoff) => `${escapeMarkdown(signoff.org)} (${escapeMarkdown(signoff.by)}, ${signoff.at})`);
  out.push(`- **${W.signoffs[lang]}:** ${signed.length > 0 ? signed.join('; ') : W.none[lang]}`);
  return out.join('\n');
}

export function renderMarkdown(data: DealExport): string {
  const { lang } = data;
  const out = [
    `# ${escapeMarkdown(data.title)}`,
    '',
    `- **${W.type[lang]}:** ${escapeMarkdown(data.type)}`,
    `- **${W.stage[lang]}:** ${escapeMarkdown(data.stage)}`,
    `- **${W.organisations[lang]}:** ${data.orgs.map(escapeMarkdown).join(', ')}`,
    `- **${W.members[lang]}:** ${data.members.map((member) => `${escapeMarkdown(member.name)} (${member.role})`).join(', ')}`,
    `- **${W.generated[lang]}:** ${data.generatedAt}`,
    '',
    `## ${W.dossier[lang]}`,
    '',
  ];
  if (data.keyFacts.length > 0) {
    out.push(`### ${W.keyFacts[lang]}`, '', ...data.keyFacts.map((fact) => `- **${escapeMarkdown(fact.label)}:** ${lines(fact.value)}`), '');
  }
  for (const section of data.sections) {
    out.push(`### ${escapeMarkdown(section.title)}`, '', ...section.blocks.map((node) => `${block(node)}\n`), '');
  }
  out.push(`## ${W.board[lang]}`, '');
  for (const category of data.categories) {
    out.push(`### ${escapeMarkdown(category.label)}`, '', ...category.terms.map((entry) => `${term(entry, lang)}\n`));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
