// One-time link tokens (invitation links, password resets): 32 random bytes handed to the
// recipient once, of which only the SHA-256 is stored, so a leaked store opens no link.
import { createHash, randomBytes } from 'node:crypto';

/** A fresh token for the link and the hash to store in its place. */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOneTimeToken(token) };
}

/** The stored form of a token, to look a presented link up by. */
export function hashOneTimeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
