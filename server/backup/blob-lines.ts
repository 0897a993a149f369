// Data-room file contents in a backup: each blob as consecutive lines of a reserved pseudo
// collection (`$blobs`, a name no store allows for a real one), one chunk of bytes per line, so the
// file stays one checksummed NDJSON stream and a blob of any size passes through flat memory.
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import type { BlobStore, StagedBlob } from '../dataroom/index.ts';
import type { StoredRecord } from '../store/index.ts';
import { BackupError } from './format.ts';

export const BLOB_COLLECTION = '$blobs';

export interface BlobChunkRecord extends StoredRecord {
  sha256: string;
  offset: number;
  data: Buffer;
}

/** Bytes per line at most, whatever chunk size the store reads in (GridFS: 255 KiB). */
const LINE_BYTES = 64 * 1024;

/** Every chunk of every blob, in hash order then offset. */
export async function* blobChunks(blobs: BlobStore): AsyncGenerator<BlobChunkRecord> {
  for await (const sha256 of blobs.list()) {
    let offset = 0;
    for await (const chunk of blobs.read(sha256)) {
      for (let start = 0; start < (chunk as Buffer).length; start += LINE_BYTES) {
        const data = (chunk as Buffer).subarray(start, start + LINE_BYTES);
        yield { _id: `${sha256}:${String(offset).padStart(13, '0')}`, sha256, offset, data };
        offset += data.length;
      }
    }
  }
}

/** Writes blobs back from their chunks, checking each against its hash before committing it. */
export class BlobRestorer {
  private current: { sha256: string; stream: PassThrough; staged: Promise<StagedBlob>; size: number } | null = null;
  restored = 0;

  constructor(private readonly blobs: BlobStore | undefined) {}

  async add(chunk: BlobChunkRecord): Promise<void> {
    if (!this.blobs) throw new BackupError('malformed', 'the backup holds file contents but no file store was given to restore them into');
    if (this.current?.sha256 !== chunk.sha256) await this.finish();
    if (!this.current) {
      const stream = new PassThrough();
      const staged = this.blobs.stage(stream, { maxBytes: Number.MAX_SAFE_INTEGER, tooLarge: () => new Error('unreachable') });
      // Rejections are awaited in finish(); keep them from being reported unhandled meanwhile.
      staged.catch(() => undefined);
      this.current = { sha256: chunk.sha256, stream, staged, size: 0 };
    }
    if (chunk.offset !== this.current.size) throw new BackupError('malformed', `file contents ${chunk.sha256} are out of order`);
    this.current.size += chunk.data.length;
    if (!this.current.stream.write(chunk.data)) await once(this.current.stream, 'drain');
  }

  /** Ends the blob under way (call after the last chunk). */
  async finish(): Promise<void> {
    const current = this.current;
    if (!current) return;
    this.current = null;
    current.stream.end();
    const staged = await current.staged;
    if (staged.sha256 !== current.sha256) {
      await staged.discard();
      throw new BackupError('checksum_mismatch', `file contents ${current.sha256} do not match their hash`);
    }
    await staged.commit();
    this.restored += 1;
  }
}
