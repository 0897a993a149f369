// One contract for the data room's blob store port, run against the embedded store's files under
// DATA_DIR always and GridFS when MONGODB_URL is set: streamed put and get (whole and ranged),
// content addressing and dedupe, a missing blob, delete, sizes, the limit, and that an interrupted
// or discarded upload leaves nothing behind — neither a listed blob nor a staged leftover.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
// GridFS is not exported by the feature: it is loaded only beside a MongoDB store (openBlobStore).
import { GridFsBlobStore } from '../../server/dataroom/blobs/gridfs-blob-store.ts';
import { FsBlobStore, type BlobStore } from '../../server/dataroom/index.ts';
import type { MongoStore } from '../../server/store/index.ts';
import { announceMongoSkip, mongoMissing, ThrowawayMongo } from '../helpers/mongo.ts';
import { makeTempDir } from '../helpers/test-server.ts';

interface Harness {
  blobs: BlobStore;
  /** Uploads still staged (not committed, not dropped), counted from the adapter's own storage. */
  stagedLeftovers(): Promise<number>;
  close(): Promise<void>;
}

class TooLarge extends Error {}
const LIMITS = { maxBytes: 64 * 1024 * 1024, tooLarge: () => new TooLarge('too large') };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** `total` bytes in `chunk`-sized pieces, generated as they are read (never all in memory at once). */
function generated(total: number, seed: number, chunk = 256 * 1024): { stream: Readable; digest: () => string } {
  const hash = createHash('sha256');
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const size = Math.min(chunk, total - sent);
      const piece = Buffer.alloc(size, (seed + sent / chunk) % 251);
      if (size >= 4) piece.writeUInt32LE(sent, 0);
      hash.update(piece);
      sent += size;
      this.push(piece);
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

/** A source that sends `bytes` and then fails, as a cut-off request body does. */
function cutOff(bytes: Buffer): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(bytes);
      } else this.destroy(new Error('the upload was cut off'));
    },
  });
}

async function listed(blobs: BlobStore): Promise<string[]> {
  const names: string[] = [];
  for await (const name of blobs.list()) names.push(name);
  return names;
}

async function put(blobs: BlobStore, bytes: Buffer): Promise<string> {
  const staged = await blobs.stage(Readable.from([bytes]), LIMITS);
  await staged.commit();
  return staged.sha256;
}

function describeBlobStoreContract(name: string, open: () => Promise<Harness>): void {
  describe(name, () => {
    let harness: Harness;
    let blobs: BlobStore;

    beforeEach(async () => {
      harness = await open();
      blobs = harness.blobs;
    });

    afterEach(async () => {
      await harness.close();
    });

    it('streams an upload in and out under its SHA-256, with its size and first bytes', async () => {
      const total = 12 * 1024 * 1024 + 5;
      const source = generated(total, 3);
      const staged = await blobs.stage(source.stream, LIMITS);
      expect(staged.sha256).toBe(source.digest());
      expect(staged.size).toBe(total);
      expect(staged.head.length).toBe(64 * 1024);
      expect(staged.head.readUInt32LE(0)).toBe(0);
      expect(await blobs.has(staged.sha256)).toBe(false);
      await staged.commit();
      expect(await blobs.has(staged.sha256)).toBe(true);
      const back = createHash('sha256');
      let size = 0;
      for await (const chunk of blobs.read(staged.sha256)) {
        back.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      expect({ sha256: back.digest('hex'), size }).toEqual({ sha256: staged.sha256, size: total });
    });

    it('reads an inclusive byte range', async () => {
      const bytes = randomBytes(300_000);
      const hash = await put(blobs, bytes);
      expect(await buffer(blobs.read(hash, { start: 0, end: 0 }))).toEqual(bytes.subarray(0, 1));
      expect(await buffer(blobs.read(hash, { start: 255_000, end: 299_999 }))).toEqual(bytes.subarray(255_000));
    });

    it('keeps the same content once, however often it is uploaded', async () => {
      const bytes = randomBytes(100_000);
      const first = await put(blobs, bytes);
      const second = await put(blobs, Buffer.from(bytes));
      const other = await put(blobs, randomBytes(10));
      expect(second).toBe(first);
      expect((await listed(blobs)).sort()).toEqual([first, other].sort());
      expect(await buffer(blobs.read(first))).toEqual(bytes);
      expect(await harness.stagedLeftovers()).toBe(0);
    });

    it('answers a missing blob as absent, and reading it fails', async () => {
      const missing = sha256(Buffer.from('never stored'));
      expect(await blobs.has(missing)).toBe(false);
      await expect(buffer(blobs.read(missing))).rejects.toThrow();
      expect(() => blobs.read('../../etc/passwd')).toThrow();
    });

    it('deletes a blob, and deleting it again is harmless', async () => {
      const kept = await put(blobs, randomBytes(1000));
      const dropped = await put(blobs, randomBytes(1000));
      await blobs.remove(dropped);
      await blobs.remove(dropped);
      expect(await blobs.has(dropped)).toBe(false);
      expect(await listed(blobs)).toEqual([kept]);
      await expect(buffer(blobs.read(dropped))).rejects.toThrow();
    });

    it('leaves nothing when the upload is cut off, passes the limit, or is discarded', async () => {
      await expect(blobs.stage(cutOff(randomBytes(2 * 1024 * 1024)), LIMITS)).rejects.toThrow('cut off');
      const small = { ...LIMITS, maxBytes: 1024 * 1024 };
      await expect(blobs.stage(generated(small.maxBytes + 1, 9, 100_000).stream, small)).rejects.toBeInstanceOf(TooLarge);
      const discarded = await blobs.stage(Readable.from([randomBytes(5000)]), LIMITS);
      await discarded.discard();
      expect(await blobs.has(discarded.sha256)).toBe(false);
      expect(await listed(blobs)).toEqual([]);
      expect(await harness.stagedLeftovers()).toBe(0);
    });

    it('keeps a staged upload out of sight until it is committed', async () => {
      const staged = await blobs.stage(Readable.from([randomBytes(4096)]), LIMITS);
      expect(await listed(blobs)).toEqual([]);
      expect(await harness.stagedLeftovers()).toBe(1);
      await staged.commit();
      expect(await listed(blobs)).toEqual([staged.sha256]);
      expect(await harness.stagedLeftovers()).toBe(0);
    });
  });
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function openFiles(): Promise<Harness & { dir: string }> {
  const dir = await makeTempDir('superconnector-blobs-');
  dirs.push(dir);
  const blobs = await FsBlobStore.open(dir);
  return { dir, blobs, stagedLeftovers: async () => (await readdir(path.join(dir, 'staging'))).length, close: async () => undefined };
}

describeBlobStoreContract('files blob store contract', openFiles);

describe('files blob store at start', () => {
  it('sweeps what a killed process left staged, and keeps every committed blob', async () => {
    const harness = await openFiles();
    const kept = await put(harness.blobs, randomBytes(2048));
    await writeFile(path.join(harness.dir, 'staging', randomUUID()), randomBytes(1500));
    const reopened = await FsBlobStore.open(harness.dir);
    expect(await reopened.sweepStaging()).toBe(1);
    expect(await harness.stagedLeftovers()).toBe(0);
    expect(await listed(reopened)).toEqual([kept]);
  });
});

announceMongoSkip('GridFS blob store contract');
describe.skipIf(mongoMissing)('GridFS (set MONGODB_URL to run)', () => {
  const databases = new ThrowawayMongo('superconnector_blobs');
  afterAll(() => databases.dropAll());
  describeBlobStoreContract('GridFS blob store contract', async () => {
    const store = (await databases.open()) as MongoStore;
    const bucketName = `blobs_${randomUUID().slice(0, 8)}`;
    const files = store.db.collection(`${bucketName}.files`);
    const chunks = store.db.collection(`${bucketName}.chunks`);
    /** Staged file documents, plus chunks of an upload cut off before its file document was written. */
    const stagedLeftovers = async () => {
      const fileIds = new Set((await files.distinct('_id')).map(String));
      const orphans = (await chunks.distinct('files_id')).filter((id) => !fileIds.has(String(id)));
      return (await files.countDocuments({ filename: { $regex: '^staging/' } })) + orphans.length;
    };
    return { blobs: new GridFsBlobStore(store.db, bucketName), stagedLeftovers, close: () => store.close() };
  });
});
