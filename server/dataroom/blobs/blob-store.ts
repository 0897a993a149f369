// The blob store port: file contents, content-addressed by SHA-256. An upload is staged (streamed
// to a temporary place while hashed and counted), checked by the caller, then committed under its
// hash or discarded; nothing staged is ever visible. Reads stream, optionally a byte range.
import type { Readable } from 'node:stream';

/** An upload held aside until the caller decides: `commit()` makes it readable under `sha256`, `discard()` drops it. */
export interface StagedBlob {
  sha256: string;
  size: number;
  /** The first bytes (up to HEAD_BYTES), for telling the type from the content. */
  head: Buffer;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Inclusive byte offsets, as in an HTTP Range. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StageLimits {
  /** Past this many bytes the staging stops and rejects with `tooLarge()`. */
  maxBytes: number;
  tooLarge(): Error;
}

export interface BlobStore {
  readonly kind: 'files' | 'gridfs';
  /** Streams `source` into staging with backpressure; rejects (leaving nothing) on a stream error or past the limit. */
  stage(source: Readable, limits: StageLimits): Promise<StagedBlob>;
  /** The content of a committed blob, or a range of it. */
  read(sha256: string, range?: ByteRange): Readable;
  has(sha256: string): Promise<boolean>;
  remove(sha256: string): Promise<void>;
  /** Every committed blob's hash, for backups. */
  list(): AsyncIterable<string>;
  /** Drops what a crash left staged; called at start. Resolves with how many were dropped. */
  sweepStaging(): Promise<number>;
}

/** How much of the start of an upload is kept for type detection. */
export const HEAD_BYTES = 64 * 1024;

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
