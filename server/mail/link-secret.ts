// The key that signs unsubscribe links: made once per store and kept there, so every instance
// over the same store signs and checks alike, and links survive restarts.
import { randomBytes } from 'node:crypto';
import { DuplicateKeyError, type Store } from '../store/index.ts';

interface SecretRecord {
  _id: string;
  value: string;
}

const SECRET_ID = 'unsubscribe-link-key';

export async function loadLinkSecret(store: Store): Promise<Buffer> {
  const settings = store.collection<SecretRecord>('mail_settings');
  const existing = await settings.findOne({ _id: SECRET_ID });
  if (existing) return Buffer.from(existing.value, 'hex');
  const value = randomBytes(32).toString('hex');
  try {
    await settings.insertOne({ _id: SECRET_ID, value });
    return Buffer.from(value, 'hex');
  } catch (error) {
    // Another instance made it first: use theirs.
    if (!(error instanceof DuplicateKeyError)) throw error;
    const winner = await settings.findOne({ _id: SECRET_ID });
    if (!winner) throw error;
    return Buffer.from(winner.value, 'hex');
  }
}
