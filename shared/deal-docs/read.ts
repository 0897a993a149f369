// Reading deal documents as plain data: sections and their text, key facts, terms, and what a
// comment anchor (two relative positions) covers now. Readers tolerate malformed entries.
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import {
  BoardRoot,
  DossierRoot,
  isTermStatus,
  sectionFragmentName,
  TermField,
  type SectionEntry,
  type TermSnapshot,
} from './schema.ts';

/** Plain text of a Y.XmlText / Y.Text (marks dropped; embeds skipped). */
export function plainText(text: Y.XmlText | Y.Text): string {
  return (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/** Plain text of an XML subtree, one line per block. */
export function xmlPlainText(node: Y.XmlFragment | Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return plainText(node);
  const parts = node.toArray().map((child) => (child instanceof Y.XmlHook ? '' : xmlPlainText(child as Y.XmlElement | Y.XmlText)));
  const isInline = node instanceof Y.XmlElement && node.toArray().every((child) => child instanceof Y.XmlText);
  return parts.join(isInline ? '' : '\n');
}

export function readSections(doc: Y.Doc): SectionEntry[] {
  return doc
    .getArray<unknown>(DossierRoot.sections)
    .toArray()
    .flatMap((entry) => {
      if (!(entry instanceof Y.Map)) return [];
      const key = entry.get('key');
      const title = entry.get('title');
      return typeof key === 'string' ? [{ key, title: typeof title === 'string' ? title : null }] : [];
    });
}

export function sectionText(doc: Y.Doc, key: string): string {
  return xmlPlainText(doc.getXmlFragment(sectionFragmentName(key)));
}

/** Keys of the sections that hold any non-blank text. */
export function filledSections(doc: Y.Doc): string[] {
  return readSections(doc)
    .map((section) => section.key)
    .filter((key) => sectionText(doc, key).trim().length > 0);
}

/** Key facts by key; built with own properties only, so a key such as `__proto__` stays a fact. */
export function readKeyFacts(doc: Y.Doc): Record<string, string> {
  const entries = [...doc.getMap<unknown>(DossierRoot.keyFacts)].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return Object.fromEntries(entries);
}

function textOf(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}

function snapshotOf(term: Y.Map<unknown>): TermSnapshot | null {
  const id = term.get(TermField.id);
  if (typeof id !== 'string') return null;
  const stored = term.get(TermField.positions);
  // Object.fromEntries defines own properties: an organisation id of `__proto__` cannot reshape the object.
  const positions: Record<string, string> = stored instanceof Y.Map ? Object.fromEntries([...stored].map(([orgId, text]) => [orgId, textOf(text)])) : {};
  const status = term.get(TermField.status);
  const order = term.get(TermField.order);
  const ownerId = term.get(TermField.ownerId);
  const due = term.get(TermField.due);
  return {
    id,
    category: textOf(term.get(TermField.category)) || 'other',
    title: textOf(term.get(TermField.title)),
    wording: textOf(term.get(TermField.wording)),
    positions,
    status: isTermStatus(status) ? status : 'open',
    ownerId: typeof ownerId === 'string' ? ownerId : null,
    due: typeof due === 'string' ? due : null,
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
  };
}

/** Every well-formed term, in display order. */
export function readTerms(doc: Y.Doc): TermSnapshot[] {
  return doc
    .getArray<unknown>(BoardRoot.terms)
    .toArray()
    .flatMap((entry) => (entry instanceof Y.Map ? (snapshotOf(entry) ?? []) : []))
    .sort((a, b) => a.order - b.order);
}

/** The live term Y.Map with this id, if any. */
export function findTerm(doc: Y.Doc, termId: string): Y.Map<unknown> | undefined {
  for (const entry of doc.getArray<unknown>(BoardRoot.terms)) {
    if (entry instanceof Y.Map && entry.get(TermField.id) === termId) return entry as Y.Map<unknown>;
  }
  return undefined;
}

export function readTerm(doc: Y.Doc, termId: string): TermSnapshot | null {
  const term = findTerm(doc, termId);
  return term ? snapshotOf(term) : null;
}

/** A relative position as the base64 a comment anchor carries. */
export function encodeAnchorPosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    // Not a relative position: the anchor is malformed, which callers report as such.
    return null;
  }
}

/**
 * The text an anchor covers now, when both ends fall in the same text node (one paragraph);
 * null when an end was deleted or the range spans blocks (the editor resolves those itself).
 */
export function resolveTextAnchor(doc: Y.Doc, start: string, end: string): string | null {
  const from = decodeAnchorPosition(start);
  const to = decodeAnchorPosition(end);
  if (!from || !to) return null;
  const a = Y.createAbsolutePositionFromRelativePosition(from, doc);
  const b = Y.createAbsolutePositionFromRelativePosition(to, doc);
  if (!a || !b || a.type !== b.type) return null;
  if (!(a.type instanceof Y.XmlText) && !(a.type instanceof Y.Text)) return null;
  return plainText(a.type).slice(a.index, b.index);
}

export type AnchorPlacement = 'inside' | 'outside' | 'pending' | 'malformed';

/**
 * Where an encoded relative position points relative to one root type (a section's fragment):
 * `pending` when it refers to an edit this copy of the document has not received yet.
 */
export function anchorPlacement(doc: Y.Doc, encoded: string, rootName: string): AnchorPlacement {
  const position = decodeAnchorPosition(encoded);
  if (!position) return 'malformed';
  if (position.tname !== null) return position.tname === rootName ? 'inside' : 'outside';
  const id = position.item ?? position.type;
  if (!id) return 'malformed';
  if (Y.getState(doc.store, id.client) <= id.clock) return 'pending';
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute) return 'pending';
  return rootOf(absolute.type) === doc.share.get(rootName) ? 'inside' : 'outside';
}

/** The root type a nested type lives in. */
function rootOf(type: Y.AbstractType<unknown>): Y.AbstractType<unknown> | null {
  let current = type;
  while (current._item) {
    const parent = current._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
  return current;
}
