// The fingerprint an acceptance records: SHA-256 of the exact UTF-8 bytes of the text accepted.
import { createHash } from 'node:crypto';

export function ndaSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
