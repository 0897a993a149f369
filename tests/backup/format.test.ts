// The backup format in-process: value types survive the Extended JSON lines, a store larger than
// one page and one insert batch round-trips whole, and the same file moves between embedded and
// MongoDB (when MONGODB_URL is set).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupStore, restoreStore, verifyBackup } from '../../server/backup/index.ts';
import { decodeLine, encodeLine } from '../../server/backup/format.ts';
import { EmbeddedStore, type Store, type StoredRecord } from '../../server/store/index.ts';
import { announceMongoSkip, mongoMissing, ThrowawayMongo } from '../helpers/mongo.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { dumpStore } from './backup-fixture.ts';

type LooseRecord = StoredRecord & Record<string, unknown>;

const dirs: string[] = [];
async function freshStore(): Promise<{ store: Store; dir: string }> {
  const dir = await makeTempDir('superconnector-backup-format-');
  dirs.push(dir);
  return { store: await EmbeddedStore.open(dir), dir };
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function fill(store: Store, count: number): Promise<void> {
  const records = Array.from({ length: count }, (_, index) => ({
    _id: `rec-${String(index).padStart(5, '0')}`,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
    title: index % 2 ? `深圳無人機 ${index}` : `Harbour ${index}`,
    score: index / 7,
    tags: [index, { nested: new Date(index) }],
    missing: null,
  }));
  await store.collection('listings').insertMany(records);
  await store.collection<LooseRecord>('sessions').insertOne({ _id: 'session-hash', userId: 'u1' });
  await store.collection<LooseRecord>('ydoc_updates').insertOne({ _id: 'u-1', doc: 'note:a', data: 'AQGK8cn7CAAEAQ==', at: new Date(0) });
}

describe('the backup format', () => {
  it('keeps Dates, binary data, integers, doubles, large numbers and unicode through one line', () => {
    const record = { _id: 'x', at: new Date('2026-11-24T10:00:00.123Z'), bytes: Buffer.from([0, 1, 254, 255]), n: 42, f: 0.1, big: 2 ** 40, text: '前海 “quotes” \n', list: [1, 'two', null] };
    const line = encodeLine({ collection: 'things', record });
    expect(line).not.toContain('\n');
    expect(line).toContain('"$date"');
    expect(line).toContain('"$binary"');
    const decoded = decodeLine(line, 1) as { record: typeof record };
    expect(decoded.record).toEqual(record);
    expect(decoded.record.bytes).toBeInstanceOf(Buffer);
  });

  it('round-trips a store of more than one page and one batch, leaving sessions out', async () => {
    const source = await freshStore();
    await fill(source.store, 1_234);
    const file = path.join(source.dir, 'backup.ndjson');
    const summary = await backupStore(source.store, file);
    expect(summary.collections).toEqual({ listings: 1_234, ydoc_updates: 1 });
    expect((await verifyBackup(file)).trailer.sha256).toBe(summary.sha256);

    const target = await freshStore();
    expect((await restoreStore(target.store, file)).records).toBe(1_235);
    const original = await dumpStore(source.store);
    expect(await dumpStore(target.store)).toEqual(original);
    expect(original.listings[0]).toMatchObject({ at: expect.any(Date) });
    await source.store.close();
    await target.store.close();
  });
});

// The same file restores into MongoDB and back; each run uses a throw-away database.
announceMongoSkip('backup between embedded and MongoDB');
describe.skipIf(mongoMissing)('backup between embedded and MongoDB (set MONGODB_URL to run)', () => {
  const databases = new ThrowawayMongo('superconnector_backup');
  afterAll(() => databases.dropAll());

  it('restores an embedded backup into MongoDB and a MongoDB backup into embedded, unchanged', async () => {
    const source = await freshStore();
    await fill(source.store, 700);
    const embeddedFile = path.join(source.dir, 'embedded.ndjson');
    await backupStore(source.store, embeddedFile);
    const mongo = await databases.open();
    await restoreStore(mongo, embeddedFile);
    const original = await dumpStore(source.store);
    expect(await dumpStore(mongo)).toEqual(original);

    const mongoFile = path.join(source.dir, 'mongo.ndjson');
    await backupStore(mongo, mongoFile);
    const target = await freshStore();
    await restoreStore(target.store, mongoFile);
    expect(await dumpStore(target.store)).toEqual(original);
    await Promise.all([source.store.close(), mongo.close(), target.store.close()]);
  });
});
