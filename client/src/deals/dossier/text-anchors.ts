// Comment anchors in dossier text: the reader's selection as two relative positions (base64, as
// the server stores them) with the quoted text, and back to a range in the editor.
import type { EditorState } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { decodeAnchorPosition, encodeAnchorPosition } from '../../../../shared/deal-docs.ts';
import type { TextAnchor } from '../../../../shared/schemas/comments.ts';
import { toAbsolute, toRelative } from './y-binding.ts';

/** The server keeps at most this much of the quoted text. */
const QUOTE_MAX = 2000;

export interface DecodedAnchor {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/** A range of a section's editor as a text anchor; null when it is empty. */
export function anchorFromRange(state: EditorState, section: string, from: number, to: number): TextAnchor | null {
  if (to <= from) return null;
  const start = toRelative(state, from);
  const end = toRelative(state, to);
  if (!start || !end) return null;
  const quote = state.doc.textBetween(from, to, '\n', ' ').trim().slice(0, QUOTE_MAX);
  return { type: 'text', doc: 'dossier', section, start: encodeAnchorPosition(start), end: encodeAnchorPosition(end), quote };
}

export function decodeTextAnchor(anchor: TextAnchor): DecodedAnchor | null {
  const start = decodeAnchorPosition(anchor.start);
  const end = decodeAnchorPosition(anchor.end);
  return start && end ? { start, end } : null;
}

/** The range an anchor covers now; null when its text was deleted. */
export function anchorRange(state: EditorState, anchor: DecodedAnchor): { from: number; to: number } | null {
  const from = toAbsolute(state, anchor.start);
  const to = toAbsolute(state, anchor.end);
  return from !== null && to !== null && to > from ? { from, to } : null;
}
