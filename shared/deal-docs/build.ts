// Writing deal documents: the templates, pre-filled paragraphs as TipTap / y-prosemirror reads
// them (Y.XmlElement('paragraph') holding Y.XmlText, marks as formatting attributes), new terms,
// and the order value for drag and drop. Call inside a transaction.
import * as Y from 'yjs';
import type { Lang } from '../taxonomy/index.ts';
import type { DealType } from '../schemas/deals.ts';
import { BOARD_TEMPLATES, TERM_CATEGORIES } from './board-templates.ts';
import { DOSSIER_TEMPLATES } from './dossier-templates.ts';
import { BoardRoot, DEAL_DOC_SCHEMA_VERSION, DossierRoot, sectionFragmentName, TermField, type TermStatus } from './schema.ts';

/** A paragraph of plain text, optionally led by a bold label ("Need: …"). */
export interface ParagraphSpec {
  label?: string;
  text: string;
}

/** Content written into a new dossier (from matched listings): paragraphs per section, key facts. */
export interface DossierPrefill {
  sections: Record<string, ParagraphSpec[]>;
  keyFacts: Record<string, string>;
  /** Taxonomy codes of the coded facts (CODED_FACTS); their `keyFacts` text is the codes' labels. */
  keyFactCodes?: Record<string, string[]>;
}

/** A ProseMirror paragraph for y-prosemirror: `<paragraph>` with one text child. */
export function paragraph(spec: ParagraphSpec | string): Y.XmlElement {
  const { label, text } = typeof spec === 'string' ? { label: undefined, text: spec } : spec;
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  // Marks are formatting attributes named after the mark, valued with the mark's attrs ({} for bold).
  // One delta, because inserts on a type not yet in a document are queued and see length 0.
  content.applyDelta(label ? [{ insert: `${label} `, attributes: { bold: {} } }, { insert: text }] : [{ insert: text }]);
  element.insert(0, [content]);
  return element;
}

function writeMeta(meta: Y.Map<unknown>, type: DealType, lang: Lang): void {
  meta.set('schemaVersion', DEAL_DOC_SCHEMA_VERSION);
  meta.set('dealType', type);
  meta.set('lang', lang);
}

/** Writes the dossier template of the deal type, with pre-filled content when given. */
export function initDossier(doc: Y.Doc, type: DealType, lang: Lang, prefill?: DossierPrefill): void {
  const template = DOSSIER_TEMPLATES[type];
  writeMeta(doc.getMap(DossierRoot.meta), type, lang);
  const sections = doc.getArray<Y.Map<unknown>>(DossierRoot.sections);
  sections.push(
    template.sections.map((key) => {
      const entry = new Y.Map<unknown>();
      entry.set('key', key);
      return entry;
    }),
  );
  const facts = doc.getMap<string>(DossierRoot.keyFacts);
  for (const key of template.keyFacts) facts.set(key, prefill?.keyFacts[key] ?? '');
  const codes = doc.getMap<string[]>(DossierRoot.keyFactCodes);
  for (const [key, list] of Object.entries(prefill?.keyFactCodes ?? {})) if (template.keyFacts.includes(key) && list.length > 0) codes.set(key, list);
  for (const [key, paragraphs] of Object.entries(prefill?.sections ?? {})) {
    if (paragraphs.length > 0) doc.getXmlFragment(sectionFragmentName(key)).push(paragraphs.map(paragraph));
  }
}

export interface NewTerm {
  id?: string;
  category: string;
  title: string;
  wording: string;
  orgIds: readonly string[];
  status?: TermStatus;
  ownerId?: string | null;
  due?: string | null;
  order: number;
}

/** A random term id. */
export function newTermId(): string {
  return `t-${globalThis.crypto.randomUUID()}`;
}

/** A term Y.Map ready to push into `terms`, with an empty position per organisation. */
export function createTerm(input: NewTerm): Y.Map<unknown> {
  const term = new Y.Map<unknown>();
  term.set(TermField.id, input.id ?? newTermId());
  term.set(TermField.category, input.category);
  term.set(TermField.title, input.title);
  term.set(TermField.wording, new Y.Text(input.wording));
  const positions = new Y.Map<Y.Text>();
  for (const orgId of input.orgIds) positions.set(orgId, new Y.Text(''));
  term.set(TermField.positions, positions);
  term.set(TermField.status, input.status ?? 'open');
  term.set(TermField.ownerId, input.ownerId ?? null);
  term.set(TermField.due, input.due ?? null);
  term.set(TermField.order, input.order);
  return term;
}

/** Gap between template terms, leaving room to drop terms in between. */
export const ORDER_STEP = 1024;

/** An order value between two neighbours (either may be missing at the ends of a column). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return ORDER_STEP;
  if (before === undefined) return (after as number) - ORDER_STEP;
  if (after === undefined) return before + ORDER_STEP;
  return (before + after) / 2;
}

/** Writes the board template of the deal type, with a position per organisation on every term. */
export function initBoard(doc: Y.Doc, type: DealType, lang: Lang, orgIds: readonly string[]): void {
  writeMeta(doc.getMap(BoardRoot.meta), type, lang);
  const categoryRank = new Map(TERM_CATEGORIES.map((category, index) => [category.code, index]));
  const templates = [...BOARD_TEMPLATES[type]].sort(
    (a, b) => (categoryRank.get(a.category) ?? 99) - (categoryRank.get(b.category) ?? 99),
  );
  doc.getArray<Y.Map<unknown>>(BoardRoot.terms).push(
    templates.map((template, index) =>
      createTerm({
        category: template.category,
        title: template.title[lang],
        wording: template.wording[lang],
        orgIds,
        order: (index + 1) * ORDER_STEP,
      }),
    ),
  );
}
