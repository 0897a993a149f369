// Which comment anchors lost their text: both ends now resolve to the same place because
// everything between them was deleted.
import * as Y from 'yjs';
import type { TextAnchor } from '../../../../shared/schemas/comments.ts';
import { decodeTextAnchor } from './text-anchors.ts';

export function isDetached(doc: Y.Doc, anchor: TextAnchor): boolean {
  const decoded = decodeTextAnchor(anchor);
  if (!decoded) return true;
  const start = Y.createAbsolutePositionFromRelativePosition(decoded.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(decoded.end, doc);
  // Not received yet, or spanning paragraphs: the editor decides what it can show.
  if (!start || !end || start.type !== end.type) return false;
  return end.index <= start.index;
}
