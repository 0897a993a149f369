// Collaborative document names: `kind:id`, e.g. `note:abc`, `dossier:<dealId>`, `board:<dealId>`,
// `meeting:<meetingId>` (a meeting's notes),
// and what a user may do with a document.
import { z } from 'zod';
export const DOC_KINDS = ['note', 'dossier', 'board', 'meeting'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export const DocIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1–64 letters, digits, - or _');

/** The Yjs XML fragment holding the rich text of a note-like document (`note:`, `meeting:`), as TipTap binds it. */
export const CONTENT_FIELD = 'content';

/** A user's access to a collaborative document: read-only connections get everything, their writes are dropped. */
export type DocAccess = 'none' | 'read' | 'write';
export interface DocName {
  kind: DocKind;
  id: string;
}

/** Parses `kind:id`; null for anything else, so callers refuse unknown names. */
export function parseDocName(name: string): DocName | null {
  const separator = name.indexOf(':');
  if (separator < 0) return null;
  const kind = name.slice(0, separator);
  const id = name.slice(separator + 1);
  if (!(DOC_KINDS as readonly string[]).includes(kind) || !DocIdSchema.safeParse(id).success) return null;
  return { kind: kind as DocKind, id };
}
export function formatDocName(kind: DocKind, id: string): string {
  return `${kind}:${id}`;
}
