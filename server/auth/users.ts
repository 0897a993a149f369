// User repository: accounts keyed by a random id, unique by lower-cased e-mail.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { DEFAULT_TIME_ZONE } from '../../shared/schemas/time-zone.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface UserRecord {
  _id: string;
  email: string;
  name: string;
  passwordHash: string;
  /** IANA zone from the profile; absent on accounts made before zones were kept (UTC). */
  timeZone?: string;
  /** The language e-mails are written in; absent on accounts made before it was kept (then the sender's choice). */
  lang?: Lang;
  createdAt: Date;
}

export const USER_INDEXES: IndexSpec[] = [{ collection: 'users', fields: ['email'], unique: true }];

/** The zone a user's times are shown in. */
export function timeZoneOf(user: Pick<UserRecord, 'timeZone'> | null): string {
  return user?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The language e-mail to this person is worded in (English for accounts from before it was kept). */
export function langOf(user: Pick<UserRecord, 'lang'> | null): Lang {
  return user?.lang ?? 'en';
}

export function toPublicUser(user: UserRecord): PublicUser {
  return { id: user._id, email: user.email, name: user.name };
}

export class UserRepository {
  constructor(private readonly store: Store) {}

  private get users() {
    return this.store.collection<UserRecord>('users');
  }

  /** Throws DuplicateKeyError when the e-mail is taken. */
  async create(input: { email: string; name: string; passwordHash: string; timeZone?: string; lang?: Lang }): Promise<UserRecord> {
    const user: UserRecord = { _id: randomUUID(), ...input, createdAt: new Date() };
    await this.users.insertOne(user);
    return user;
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.users.findOne({ email });
  }

  findById(id: string): Promise<UserRecord | null> {
    return this.users.findOne({ _id: id });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users.updateOne({ _id: id }, { $set: { passwordHash } });
  }

  async setTimeZone(id: string, timeZone: string): Promise<void> {
    await this.users.updateOne({ _id: id }, { $set: { timeZone } });
  }

  async setLang(id: string, lang: Lang): Promise<void> {
    await this.users.updateOne({ _id: id }, { $set: { lang } });
  }

  findByIds(ids: string[]): Promise<UserRecord[]> {
    return this.users.find({ _id: { $in: ids } });
  }
}
