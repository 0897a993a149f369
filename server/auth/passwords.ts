// Password hashing with Argon2id (@node-rs/argon2, OWASP's first choice).
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A stored hash that cannot be parsed matches nothing.
    return false;
  }
}

// Verifying against this when the e-mail is unknown keeps login time the same either way.
const DUMMY_HASH_PROMISE = hash('superconnector-timing-equaliser');

export async function spendVerifyTime(password: string): Promise<void> {
  await verifyPassword(await DUMMY_HASH_PROMISE, password);
}
