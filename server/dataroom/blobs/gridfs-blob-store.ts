// Blobs in MongoDB GridFS (the official driver's GridFSBucket, bucket `dataroom`): an upload is
// streamed in under a `staging/<random>` name while hashed, then renamed to its SHA-256 (or dropped
// when that content is already stored). Reads ask GridFS for just the range wanted.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GridFSBucket, type Db, type ObjectId } from 'mongodb';
import { BlobMeter } from './blob-meter.ts';
import { SHA256_PATTERN, type BlobStore, type ByteRange, type StageLimits, type StagedBlob } from './blob-store.ts';

const STAGING_PREFIX = 'staging/';
/** Staged uploads older than this are a crash's leftovers (younger ones may be another instance's upload under way). */
const STALE_STAGING_MS = 60 * 60_000;

export class GridFsBlobStore implements BlobStore {
  readonly kind = 'gridfs' as const;
  private readonly bucket: GridFSBucket;

  constructor(db: Db, bucketName = 'dataroom') {
    this.bucket = new GridFSBucket(db, { bucketName });
  }

  async stage(source: Readable, limits: StageLimits): Promise<StagedBlob> {
    const upload = this.bucket.openUploadStream(`${STAGING_PREFIX}${randomUUID()}`);
    const meter = new BlobMeter(limits);
    try {
      await pipeline(source, meter, upload);
    } catch (error) {
      await this.dropStaged(upload.id);
      throw error;
    }
    const sha256 = meter.sha256();
    return {
      sha256,
      size: meter.size,
      head: meter.head(),
      commit: async () => {
        if (await this.has(sha256)) await this.dropStaged(upload.id);
        else await this.bucket.rename(upload.id, sha256);
      },
      discard: () => this.dropStaged(upload.id),
    };
  }

  private async dropStaged(id: ObjectId): Promise<void> {
    await this.bucket.delete(id).catch(() => undefined);
  }

  read(sha256: string, range?: ByteRange): Readable {
    if (!SHA256_PATTERN.test(sha256)) throw new Error(`not a blob hash: ${sha256}`);
    // GridFS's `end` is exclusive, an HTTP range's inclusive.
    return this.bucket.openDownloadStreamByName(sha256, range ? { start: range.start, end: range.end + 1 } : {});
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.bucket.find({ filename: sha256 }, { limit: 1 }).toArray()).length > 0;
  }

  async remove(sha256: string): Promise<void> {
    for (const file of await this.bucket.find({ filename: sha256 }).toArray()) await this.bucket.delete(file._id);
  }

  async *list(): AsyncIterable<string> {
    const names = new Set<string>();
    for await (const file of this.bucket.find({}, { sort: { filename: 1 }, projection: { filename: 1 } })) {
      if (SHA256_PATTERN.test(file.filename) && !names.has(file.filename)) {
        names.add(file.filename);
        yield file.filename;
      }
    }
  }

  async sweepStaging(): Promise<number> {
    const stale = await this.bucket
      .find({ filename: { $regex: `^${STAGING_PREFIX}` }, uploadDate: { $lt: new Date(Date.now() - STALE_STAGING_MS) } })
      .toArray();
    for (const file of stale) await this.dropStaged(file._id);
    return stale.length;
  }
}
