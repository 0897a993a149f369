// One-click unsubscribe tokens: the recipient's address and the kind, signed with the store's link
// key (HMAC-SHA256), so a link can switch off only what it was sent for.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAIL_KINDS, type MailKind } from '../../shared/schemas/mail.ts';

export interface UnsubscribeClaim {
  email: string;
  kind: MailKind;
  /** What within the kind the link switches off (a notification type); absent: the whole kind. */
  topic?: string;
}

function signature(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(`unsubscribe:${payload}`).digest();
}

export function signUnsubscribe(key: Buffer, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify(claim.topic === undefined ? [claim.email, claim.kind] : [claim.email, claim.kind, claim.topic])).toString('base64url');
  return `${payload}.${signature(key, payload).toString('base64url')}`;
}

/** The claim of a well-signed token, else null (forged, altered or malformed alike). */
export function verifyUnsubscribe(key: Buffer, token: string): UnsubscribeClaim | null {
  const [payload, signed, extra] = token.split('.');
  if (!payload || !signed || extra !== undefined) return null;
  const given = Buffer.from(signed, 'base64url');
  const expected = signature(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const [email, kind, topic] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
    if (typeof email !== 'string' || !(MAIL_KINDS as readonly unknown[]).includes(kind)) return null;
    if (topic !== undefined && typeof topic !== 'string') return null;
    return topic === undefined ? { email, kind: kind as MailKind } : { email, kind: kind as MailKind, topic };
  } catch {
    // A signed payload is ours; unreadable means a key change or a bug, and reads as invalid.
    return null;
  }
}
