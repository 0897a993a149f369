// Blobs as files under a directory (the embedded store's DATA_DIR/files): an upload is written to
// staging/<random>, hashed on the way, fsynced, then renamed to <sha256> and the directory fsynced,
// so a blob is either wholly there under its hash or not at all. The same content twice is kept once.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobMeter } from './blob-meter.ts';
import { SHA256_PATTERN, type BlobStore, type ByteRange, type StageLimits, type StagedBlob } from './blob-store.ts';

async function fsync(target: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await open(target, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class FsBlobStore implements BlobStore {
  readonly kind = 'files' as const;
  private readonly stagingDir: string;

  private constructor(private readonly dir: string) {
    this.stagingDir = path.join(dir, 'staging');
  }

  static async open(dir: string): Promise<FsBlobStore> {
    const store = new FsBlobStore(dir);
    await mkdir(store.stagingDir, { recursive: true });
    return store;
  }

  private pathOf(sha256: string): string {
    if (!SHA256_PATTERN.test(sha256)) throw new Error(`not a blob hash: ${sha256}`);
    return path.join(this.dir, sha256);
  }

  async stage(source: Readable, limits: StageLimits): Promise<StagedBlob> {
    const temp = path.join(this.stagingDir, randomUUID());
    const meter = new BlobMeter(limits);
    try {
      await pipeline(source, meter, createWriteStream(temp, { flags: 'wx' }));
      await fsync(temp, 'r+');
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    const sha256 = meter.sha256();
    const target = this.pathOf(sha256);
    return {
      sha256,
      size: meter.size,
      head: meter.head(),
      commit: async () => {
        // rename over an existing blob of the same hash replaces equal bytes with equal bytes.
        await rename(temp, target);
        await fsync(this.dir, 'r');
      },
      discard: () => rm(temp, { force: true }),
    };
  }

  read(sha256: string, range?: ByteRange): Readable {
    return createReadStream(this.pathOf(sha256), range ? { start: range.start, end: range.end } : {});
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      (info) => info.isFile(),
      () => false,
    );
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async *list(): AsyncIterable<string> {
    for (const name of (await readdir(this.dir)).sort()) if (SHA256_PATTERN.test(name)) yield name;
  }

  async sweepStaging(): Promise<number> {
    const names = await readdir(this.stagingDir);
    await Promise.all(names.map((name) => rm(path.join(this.stagingDir, name), { force: true })));
    return names.length;
  }
}
