// The shape of a deal's two Yjs documents: root names, section fragments, term fields and
// statuses. The server writes the template when a deal is created; clients never initialise.
import * as Y from 'yjs';

export const DEAL_DOC_SCHEMA_VERSION = 1;

/**
 * `dossier:<dealId>` roots:
 * - `meta` Y.Map: `schemaVersion` number, `dealType`, `lang` of the template.
 * - `sections` Y.Array of Y.Map `{key: string, title?: string}`: section order; `title` only on
 *   custom sections (template sections are labelled from SECTION_DEFS in the reader's language).
 * - `section:<key>` Y.XmlFragment per section: ProseMirror content (TipTap Collaboration `field`).
 * - `keyFacts` Y.Map<string>: field key → value (fields per type in KEY_FACT_DEFS / templates).
 * - `keyFactCodes` Y.Map<string[]>: for facts that hold taxonomy codes (CODED_FACTS), the codes;
 *   the value in `keyFacts` is then their labels in the working language, for readers without codes.
 */
export const DossierRoot = { meta: 'meta', sections: 'sections', keyFacts: 'keyFacts', keyFactCodes: 'keyFactCodes' } as const;

/**
 * `board:<dealId>` roots:
 * - `meta` Y.Map: `schemaVersion`, `dealType`, `lang`.
 * - `terms` Y.Array of term Y.Maps (TermField); display order is the `order` field, not the index.
 */
export const BoardRoot = { meta: 'meta', terms: 'terms' } as const;

export const SECTION_PREFIX = 'section:';
/** Section keys: lower-case letters, digits and dashes. */
export const SECTION_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,47}$/;

/** The Y.XmlFragment name of a dossier section: TipTap `Collaboration.configure({ field })`. */
export function sectionFragmentName(key: string): string {
  return `${SECTION_PREFIX}${key}`;
}

/** Fields of a term Y.Map. `wording` is Y.Text; `positions` is Y.Map(orgId → Y.Text). */
export const TermField = {
  id: 'id',
  category: 'category',
  title: 'title',
  wording: 'wording',
  positions: 'positions',
  status: 'status',
  ownerId: 'ownerId',
  /** ISO date (YYYY-MM-DD) or null. */
  due: 'due',
  /** A number; terms sort ascending; drag and drop sets it between the neighbours (orderBetween). */
  order: 'order',
} as const;

export const TERM_STATUSES = ['open', 'proposed', 'agreed', 'blocked', 'withdrawn'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** Statuses in which a party may sign a term off; any other status withdraws its sign-offs. */
export const SIGNABLE_STATUSES: readonly TermStatus[] = ['proposed', 'agreed'];

export function isTermStatus(value: unknown): value is TermStatus {
  return typeof value === 'string' && (TERM_STATUSES as readonly string[]).includes(value);
}

/** A term as plain data. */
export interface TermSnapshot {
  id: string;
  category: string;
  title: string;
  wording: string;
  positions: Record<string, string>;
  status: TermStatus;
  ownerId: string | null;
  due: string | null;
  order: number;
}

export interface SectionEntry {
  key: string;
  /** Only custom sections carry a title; template ones are labelled by key. */
  title: string | null;
}

export type DealDocKind = 'dossier' | 'board';

/** A root type of a deal document. */
export type DealDocRoot = Y.Map<unknown> | Y.Array<unknown> | Y.XmlFragment;

/** Root type of one name, typed per the schema; null for names the schema does not know. */
function typedRoot(doc: Y.Doc, kind: DealDocKind, name: string): DealDocRoot | null {
  if (name === 'meta') return doc.getMap(name);
  if (kind === 'board') return name === BoardRoot.terms ? doc.getArray(name) : null;
  if (name === DossierRoot.sections) return doc.getArray(name);
  if (name === DossierRoot.keyFacts || name === DossierRoot.keyFactCodes) return doc.getMap(name);
  return name.startsWith(SECTION_PREFIX) ? doc.getXmlFragment(name) : null;
}

/**
 * Every schema root of the document under the given names (plus the fixed ones), as typed
 * instances. A name a client defined with another type is skipped.
 */
export function schemaRoots(doc: Y.Doc, kind: DealDocKind, names: Iterable<string> = doc.share.keys()): DealDocRoot[] {
  const fixed = kind === 'board' ? Object.values(BoardRoot) : Object.values(DossierRoot);
  const roots: DealDocRoot[] = [];
  for (const name of new Set([...fixed, ...names])) {
    try {
      const root = typedRoot(doc, kind, name);
      if (root) roots.push(root);
    } catch {
      // Yjs throws when a root exists with another type; such a root is not part of the schema.
    }
  }
  return roots;
}
