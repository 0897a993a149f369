// Compares document texts across processes without shipping them.
import { createHash } from 'node:crypto';
import type * as Y from 'yjs';

/** SHA-256 (hex) of a text's content. */
export function textDigest(text: Y.Text): string {
  return createHash('sha256').update(text.toString()).digest('hex');
}
