// A dossier section's ProseMirror content (as y-prosemirror stores it in a Y.XmlFragment) turned
// into a small neutral block model that the Markdown and HTML exports both render.
import * as Y from 'yjs';

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  code?: boolean;
  href?: string;
}

export type Block =
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'heading'; level: number; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

/** y-prosemirror names overlapping marks `<mark>--<hash>`. */
function markName(attribute: string): string {
  return attribute.split('--')[0];
}

function inlinesOfText(text: Y.XmlText): Inline[] {
  const ops = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
  return ops.flatMap((op) => {
    if (typeof op.insert !== 'string') return [];
    const inline: Inline = { text: op.insert };
    for (const [attribute, value] of Object.entries(op.attributes ?? {})) {
      const name = markName(attribute);
      if (name === 'bold' || name === 'italic' || name === 'strike' || name === 'underline' || name === 'code') inline[name] = true;
      if (name === 'link' && value && typeof (value as { href?: unknown }).href === 'string') inline.href = (value as { href: string }).href;
    }
    return [inline];
  });
}

function inlinesOf(element: Y.XmlElement): Inline[] {
  return element.toArray().flatMap((child): Inline[] => {
    if (child instanceof Y.XmlText) return inlinesOfText(child);
    if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') return [{ text: '\n' }];
    if (child instanceof Y.XmlElement) return inlinesOf(child);
    return [];
  });
}

function plain(element: Y.XmlElement): string {
  return inlinesOf(element)
    .map((inline) => inline.text)
    .join('');
}

function childBlocks(node: Y.XmlFragment | Y.XmlElement): Block[] {
  return node.toArray().flatMap((child): Block[] => {
    if (child instanceof Y.XmlText) return [{ type: 'paragraph', inlines: inlinesOfText(child) }];
    return child instanceof Y.XmlElement ? blockOf(child) : [];
  });
}

function blockOf(element: Y.XmlElement): Block[] {
  switch (element.nodeName) {
    case 'paragraph':
      return [{ type: 'paragraph', inlines: inlinesOf(element) }];
    case 'heading': {
      const level = Number(element.getAttribute('level') ?? 2);
      return [{ type: 'heading', level: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2, inlines: inlinesOf(element) }];
    }
    case 'bulletList':
    case 'orderedList':
      return [{ type: 'list', ordered: element.nodeName === 'orderedList', items: element.toArray().map((item) => (item instanceof Y.XmlElement ? childBlocks(item) : [])) }];
    case 'blockquote':
      return [{ type: 'quote', blocks: childBlocks(element) }];
    case 'codeBlock':
      return [{ type: 'code', text: plain(element) }];
    case 'horizontalRule':
      return [{ type: 'rule' }];
    default:
      // Unknown nodes keep their content rather than dropping what people wrote.
      return childBlocks(element);
  }
}

export function blocksOf(fragment: Y.XmlFragment): Block[] {
  return childBlocks(fragment);
}
