// One contract for the storage port, run against the embedded store always and MongoDB when
// MONGODB_URL is set, plus the embedded store's own durability promises (reopen, refusing what it cannot read).
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateKeyError, EmbeddedStore, LegacyDataDirError, type Store } from '../../server/store/index.ts';
import { announceMongoSkip, mongoMissing, ThrowawayMongo } from '../helpers/mongo.ts';
import { makeTempDir } from '../helpers/test-server.ts';

interface Person {
  _id: string;
  email: string;
  name: string;
  age: number;
  version?: number;
  createdAt?: Date;
}

interface Shared {
  _id: string;
  ownerId: string;
  shares: { email: string; access: 'read' | 'write' }[];
}

const PEOPLE: Person[] = [
  { _id: 'p1', email: 'ana@example.com', name: 'Ana', age: 31 },
  { _id: 'p2', email: 'bo@example.com', name: 'Bo', age: 25 },
  { _id: 'p3', email: 'cai@example.com', name: 'Cai', age: 47 },
  { _id: 'p4', email: 'dee@example.com', name: 'Dee', age: 38 },
  { _id: 'p5', email: 'eli@example.com', name: 'Eli', age: 19 },
];

const ids = (records: { _id: string }[]): string[] => records.map((record) => record._id);

/** The storage port's contract; `open` must give a fresh, empty store each time. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(name, () => {
    let store: Store;
    const people = () => store.collection<Person>('people');

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    async function seedPeople(): Promise<void> {
      for (const person of PEOPLE) await people().insertOne(person);
    }

    it('finds an inserted record by id and returns null for a missing one', async () => {
      const createdAt = new Date('2024-05-01T10:00:00Z');
      await people().insertOne({ ...PEOPLE[0], createdAt });
      const found = await people().findOne({ _id: 'p1' });
      expect(found).toMatchObject({ _id: 'p1', email: 'ana@example.com', name: 'Ana', age: 31 });
      expect(new Date(found?.createdAt ?? 0).toISOString()).toBe(createdAt.toISOString());
      expect(await people().findOne({ _id: 'nobody' })).toBeNull();
    });

    it('inserts many records in one call, and refuses the batch on a duplicate key', async () => {
      await people().insertMany(PEOPLE.slice(0, 3));
      expect(ids(await people().find({}, { sort: { _id: 1 } }))).toEqual(['p1', 'p2', 'p3']);
      await people().insertMany([]);
      await expect(people().insertMany([PEOPLE[3], PEOPLE[0]])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await people().findOne({ _id: 'p1' })).toEqual(PEOPLE[0]);
    });

    it('does not let a caller mutate a stored record through the object it inserted', async () => {
      const record = { ...PEOPLE[0] };
      await people().insertOne(record);
      record.name = 'Changed after insert';
      expect((await people().findOne({ _id: 'p1' }))?.name).toBe('Ana');
    });

    it('sorts ascending and descending, then skips and limits', async () => {
      await seedPeople();
      expect(ids(await people().find({}, { sort: { age: 1 } }))).toEqual(['p5', 'p2', 'p1', 'p4', 'p3']);
      expect(ids(await people().find({}, { sort: { age: -1 } }))).toEqual(['p3', 'p4', 'p1', 'p2', 'p5']);
      expect(ids(await people().find({}, { sort: { age: 1 }, skip: 1, limit: 2 }))).toEqual(['p2', 'p1']);
      expect(ids(await people().find({}, { sort: { name: -1 }, limit: 1 }))).toEqual(['p5']);
    });

    it('matches with $in, $or and comparison operators', async () => {
      await seedPeople();
      const byIn = await people().find({ _id: { $in: ['p2', 'p4', 'missing'] } }, { sort: { _id: 1 } });
      expect(ids(byIn)).toEqual(['p2', 'p4']);
      const byOr = await people().find({ $or: [{ name: 'Ana' }, { age: { $gte: 40 } }] }, { sort: { _id: 1 } });
      expect(ids(byOr)).toEqual(['p1', 'p3']);
      expect(await people().count({ age: { $lt: 30 } })).toBe(2);
    });

    it('matches a dot path into an array of objects when any element equals', async () => {
      const notes = store.collection<Shared>('notes');
      await notes.insertOne({ _id: 'n1', ownerId: 'u1', shares: [{ email: 'bo@example.com', access: 'read' }, { email: 'cai@example.com', access: 'write' }] });
      await notes.insertOne({ _id: 'n2', ownerId: 'u2', shares: [{ email: 'cai@example.com', access: 'read' }] });
      await notes.insertOne({ _id: 'n3', ownerId: 'u1', shares: [] });
      expect(ids(await notes.find({ 'shares.email': 'cai@example.com' }, { sort: { _id: 1 } }))).toEqual(['n1', 'n2']);
      expect(ids(await notes.find({ 'shares.email': 'bo@example.com' }))).toEqual(['n1']);
      expect(await notes.find({ 'shares.email': 'nobody@example.com' })).toEqual([]);
      const visible = await notes.find({ $or: [{ ownerId: 'u1' }, { 'shares.email': 'cai@example.com' }] }, { sort: { _id: 1 } });
      expect(ids(visible)).toEqual(['n1', 'n2', 'n3']);
    });

    it('updates one record with $set and reports one match, or zero when nothing matches', async () => {
      await seedPeople();
      expect(await people().updateOne({ _id: 'p2' }, { $set: { name: 'Bo Li', age: 26 } })).toBe(1);
      expect(await people().findOne({ _id: 'p2' })).toMatchObject({ name: 'Bo Li', age: 26, email: 'bo@example.com' });
      expect(await people().updateOne({ _id: 'missing' }, { $set: { name: 'Ghost' } })).toBe(0);
      expect(await people().count({ name: 'Ghost' })).toBe(0);
    });

    it('applies a versioned update only while the version still matches', async () => {
      await people().insertOne({ ...PEOPLE[0], version: 1 });
      expect(await people().updateOne({ _id: 'p1', version: 1 }, { $set: { name: 'First writer', version: 2 } })).toBe(1);
      expect(await people().updateOne({ _id: 'p1', version: 1 }, { $set: { name: 'Stale writer', version: 2 } })).toBe(0);
      expect(await people().findOne({ _id: 'p1' })).toMatchObject({ name: 'First writer', version: 2 });
    });

    it('upserts: creates the record when missing, then updates it in place', async () => {
      expect(await people().updateOne({ _id: 'u1' }, { $set: { email: 'new@example.com', age: 1 } }, { upsert: true })).toBe(1);
      expect(await people().findOne({ _id: 'u1' })).toMatchObject({ _id: 'u1', email: 'new@example.com', age: 1 });
      expect(await people().updateOne({ _id: 'u1' }, { $set: { age: 2 } }, { upsert: true })).toBe(1);
      expect(await people().count({})).toBe(1);
      expect((await people().findOne({ _id: 'u1' }))?.age).toBe(2);
    });

    it('increments a counter with $inc', async () => {
      await people().insertOne(PEOPLE[0]);
      await people().updateOne({ _id: 'p1' }, { $inc: { age: 2 } });
      expect((await people().findOne({ _id: 'p1' }))?.age).toBe(33);
    });

    it('deletes every match and returns how many it removed', async () => {
      await seedPeople();
      expect(await people().deleteMany({ age: { $gte: 30 } })).toBe(3);
      expect(await people().deleteMany({ age: { $gte: 30 } })).toBe(0);
      expect(ids(await people().find({}, { sort: { _id: 1 } }))).toEqual(['p2', 'p5']);
    });

    it('counts matches, and zero in a collection never written', async () => {
      await seedPeople();
      expect(await people().count({})).toBe(5);
      expect(await people().count({ name: { $in: ['Ana', 'Eli'] } })).toBe(2);
      expect(await store.collection('never-written').count({})).toBe(0);
    });

    it('refuses a second record with the same _id with DuplicateKeyError', async () => {
      await people().insertOne(PEOPLE[0]);
      await expect(people().insertOne({ ...PEOPLE[1], _id: 'p1' })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await people().findOne({ _id: 'p1' }))?.name).toBe('Ana');
    });

    it('enforces a unique index with DuplicateKeyError on insert and on update', async () => {
      await store.ensureIndexes([{ collection: 'people', fields: ['email'], unique: true }]);
      await people().insertOne(PEOPLE[0]);
      await people().insertOne(PEOPLE[1]);
      const error = await people()
        .insertOne({ ...PEOPLE[2], email: 'ana@example.com' })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect((error as DuplicateKeyError).code).toBe('duplicate_key');
      await expect(people().updateOne({ _id: 'p2' }, { $set: { email: 'ana@example.com' } })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await people().count({ email: 'ana@example.com' })).toBe(1);
      expect((await people().findOne({ _id: 'p2' }))?.email).toBe('bo@example.com');
    });

    it('ensures indexes idempotently, and the unique one still holds afterwards', async () => {
      const specs = [
        { collection: 'people', fields: ['email'], unique: true },
        { collection: 'people', fields: ['age'] },
      ];
      await store.ensureIndexes(specs);
      await store.ensureIndexes(specs);
      await people().insertOne(PEOPLE[0]);
      await expect(people().insertOne({ ...PEOPLE[1], email: PEOPLE[0].email })).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('answers ping while open', async () => {
      await people().insertOne(PEOPLE[0]);
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('lists every collection written to, sorted, and none in a fresh store', async () => {
      expect(await store.listCollections()).toEqual([]);
      await store.collection('things').insertOne({ _id: 't1' });
      await seedPeople();
      const names = await store.listCollections();
      expect(names).toEqual([...names].sort());
      expect(names).toEqual(expect.arrayContaining(['people', 'things']));
    });

    it('compares and sorts dates as dates, and keeps them dates', async () => {
      const at = (day: number) => new Date(Date.UTC(2024, 4, day));
      await people().insertMany(PEOPLE.slice(0, 3).map((person, i) => ({ ...person, createdAt: at(10 - i) })));
      await store.ensureIndexes([{ collection: 'people', fields: ['createdAt'] }]);
      expect(ids(await people().find({ createdAt: { $lt: at(10) } }, { sort: { createdAt: 1 } }))).toEqual(['p3', 'p2']);
      expect(ids(await people().find({}, { sort: { createdAt: -1 } }))).toEqual(['p1', 'p2', 'p3']);
      expect((await people().findOne({ createdAt: at(9) }))?._id).toBe('p2');
      expect((await people().findOne({ _id: 'p1' }))?.createdAt).toBeInstanceOf(Date);
    });

    it('matches array members, $ne, $nin, $exists, null and $regex, indexed or not', async () => {
      const notes = store.collection<Shared & { tags?: string[]; archived?: boolean | null }>('notes');
      await store.ensureIndexes([{ collection: 'notes', fields: ['ownerId'] }, { collection: 'notes', fields: ['shares.email'] }]);
      await notes.insertMany([
        { _id: 'n1', ownerId: 'u1', shares: [{ email: 'bo@example.com', access: 'read' }], tags: ['a', 'b'], archived: false },
        { _id: 'n2', ownerId: 'u2', shares: [], tags: ['b'], archived: null },
        { _id: 'n3', ownerId: 'u3', shares: [] },
      ]);
      expect(ids(await notes.find({ tags: 'b' }, { sort: { _id: 1 } }))).toEqual(['n1', 'n2']);
      expect(ids(await notes.find({ tags: { $in: ['a', 'z'] } }))).toEqual(['n1']);
      expect(ids(await notes.find({ ownerId: { $ne: 'u1' } }, { sort: { _id: 1 } }))).toEqual(['n2', 'n3']);
      expect(ids(await notes.find({ ownerId: { $nin: ['u1', 'u2'] } }))).toEqual(['n3']);
      expect(ids(await notes.find({ tags: { $exists: false } }))).toEqual(['n3']);
      expect(ids(await notes.find({ archived: null }, { sort: { _id: 1 } }))).toEqual(['n2', 'n3']);
      expect(ids(await notes.find({ archived: false }))).toEqual(['n1']);
      expect(ids(await notes.find({ ownerId: { $regex: /^u[12]$/ } }, { sort: { _id: -1 } }))).toEqual(['n2', 'n1']);
      expect(await notes.count({ 'shares.email': 'bo@example.com' })).toBe(1);
    });

    it('pulls from one array and adds to another only what it lacks, in one update', async () => {
      const deals = store.collection<{ _id: string; pending: string[]; orgs: string[] }>('deals');
      await deals.insertOne({ _id: 'd1', pending: ['o1', 'o2'], orgs: ['o3'] });
      expect(await deals.updateOne({ _id: 'd1', pending: 'o1' }, { $pull: { pending: 'o1' }, $addToSet: { orgs: 'o1' } })).toBe(1);
      await deals.updateOne({ _id: 'd1' }, { $addToSet: { orgs: 'o3' }, $push: { pending: 'o4' } });
      expect(await deals.findOne({ _id: 'd1' })).toEqual({ _id: 'd1', pending: ['o2', 'o4'], orgs: ['o3', 'o1'] });
      expect(await deals.updateOne({ _id: 'd1', pending: 'o1' }, { $pull: { pending: 'o1' } })).toBe(0);
      await deals.updateOne({ _id: 'd1' }, { $unset: { orgs: '' } });
      expect(await deals.findOne({ _id: 'd1' })).toEqual({ _id: 'd1', pending: ['o2', 'o4'] });
    });

    it('pages through a whole collection in _id order with $gt and a limit (how backup reads)', async () => {
      await seedPeople();
      const seen: string[] = [];
      let after = '';
      for (;;) {
        const page = await people().find({ _id: { $gt: after } }, { sort: { _id: 1 }, limit: 2 });
        if (page.length === 0) break;
        seen.push(...ids(page));
        after = page[page.length - 1]._id;
      }
      expect(seen).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    });
  });
}

// The embedded store: the contract in a fresh temp dir per test, then its durability promises.
const embeddedDirs: string[] = [];

async function openEmbedded(dir?: string): Promise<EmbeddedStore> {
  const dataDir = dir ?? (await makeTempDir('superconnector-store-'));
  if (!dir) embeddedDirs.push(dataDir);
  return EmbeddedStore.open(dataDir);
}

afterAll(async () => {
  await Promise.all(embeddedDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describeStoreContract('embedded store contract', () => openEmbedded());

describe('embedded store durability', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('superconnector-store-');
    embeddedDirs.push(dataDir);
  });

  it('keeps records and unique indexes across close and reopen of the same directory', async () => {
    const first = await openEmbedded(dataDir);
    await first.ensureIndexes([{ collection: 'people', fields: ['email'], unique: true }]);
    for (const person of PEOPLE) await first.collection<Person>('people').insertOne(person);
    await first.collection<Person>('people').updateOne({ _id: 'p3' }, { $set: { name: 'Cai Wen' } });
    await first.collection<Person>('people').deleteMany({ _id: 'p5' });
    await first.close();

    const second = await openEmbedded(dataDir);
    await second.ensureIndexes([{ collection: 'people', fields: ['email'], unique: true }]);
    const people = second.collection<Person>('people');
    expect(ids(await people.find({}, { sort: { _id: 1 } }))).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect((await people.findOne({ _id: 'p3' }))?.name).toBe('Cai Wen');
    await expect(people.insertOne({ ...PEOPLE[4], email: 'ana@example.com' })).rejects.toBeInstanceOf(DuplicateKeyError);
    await second.close();
  });

  it('has every acknowledged write on disk before close, as a kill -9 would find it', async () => {
    const running = await openEmbedded(dataDir);
    await running.collection<Person>('people').insertOne(PEOPLE[0]);
    await running.collection<Person>('people').updateOne({ _id: 'p1' }, { $set: { age: 32 } });
    await running.collection<Person>('people').insertOne(PEOPLE[1]);

    // A second store reads the files as a restarted process would, without the first closing.
    const afterCrash = await openEmbedded(dataDir);
    const people = afterCrash.collection<Person>('people');
    expect(ids(await people.find({}, { sort: { _id: 1 } }))).toEqual(['p1', 'p2']);
    expect((await people.findOne({ _id: 'p1' }))?.age).toBe(32);
    await afterCrash.close();
    await running.close();
  });

  it('refuses a NeDB data folder of before rather than starting empty beside it', async () => {
    await writeFile(path.join(dataDir, 'people.db'), `${JSON.stringify(PEOPLE[0])}\n`);
    await expect(openEmbedded(dataDir)).rejects.toBeInstanceOf(LegacyDataDirError);
    expect(await readFile(path.join(dataDir, 'people.db'), 'utf8')).toContain('ana@example.com');
  });

  it('refuses to open a store file that is not a database rather than replacing it', async () => {
    await writeFile(path.join(dataDir, 'store.sqlite'), 'not a database at all, but somebody\'s data');
    await expect(openEmbedded(dataDir)).rejects.toThrow();
    expect(await readFile(path.join(dataDir, 'store.sqlite'), 'utf8')).toContain('somebody');
  });
});

announceMongoSkip('MongoDB store contract');
describe.skipIf(mongoMissing)('MongoDB (set MONGODB_URL to run)', () => {
  const databases = new ThrowawayMongo('superconnector_contract');
  afterAll(() => databases.dropAll());
  describeStoreContract('MongoDB store contract', databases.open);
});
