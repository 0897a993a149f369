// MongoDB for the suites that need one, when MONGODB_URL names a server: each open gets a throw-away
// database, all dropped by dropAll(). Without MONGODB_URL those suites are skipped and say why.
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { openMongoStore, type Store } from '../../server/store/index.ts';

const MONGODB_URL = process.env.MONGODB_URL ?? '';

/** True when no MongoDB is configured; use with `describe.skipIf`. */
export const mongoMissing = MONGODB_URL === '';

/** Writes the skip reason once: the default reporter hides skipped titles. */
export function announceMongoSkip(suite: string): void {
  if (mongoMissing) process.stderr.write(`${suite} skipped: set MONGODB_URL to run it\n`);
}

export class ThrowawayMongo {
  private readonly databases: string[] = [];

  constructor(private readonly prefix: string) {}

  readonly open = (): Promise<Store> => {
    const url = new URL(MONGODB_URL);
    const database = `${this.prefix}_${randomUUID().slice(0, 8)}`;
    // The driver authenticates against the URL's database unless told otherwise; keep the original.
    if (url.username && !url.searchParams.has('authSource')) url.searchParams.set('authSource', url.pathname.slice(1) || 'admin');
    url.pathname = `/${database}`;
    this.databases.push(database);
    return openMongoStore(url.toString());
  };

  async dropAll(): Promise<void> {
    const client = await new MongoClient(MONGODB_URL).connect();
    for (const database of this.databases.splice(0)) await client.db(database).dropDatabase();
    await client.close();
  }
}
