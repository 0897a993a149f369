// The backup file: NDJSON in MongoDB Extended JSON (canonical), so Dates, exact number types and
// binary data survive and the same file restores into either store. Line 1 is a header, then one
// line per record grouped by collection, and last a trailer with the SHA-256 of every line before it.
import { Binary, EJSON } from 'bson';
import type { StoredRecord } from '../store/index.ts';

/** The header's `format` marker and the layout version restore understands. */
export const BACKUP_FORMAT = 'superconnector-backup';
export const BACKUP_VERSION = 1;

/**
 * Left out of backups: sessions are short-lived credentials, and a restored store should not keep
 * old sign-ins alive; people sign in again after a restore.
 */
export const EXCLUDED_COLLECTIONS: ReadonlySet<string> = new Set(['sessions']);

/** Line 1 of a backup. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: Date;
  /** The kind of store the backup was taken from. */
  source: string;
}

/** One stored record and the collection it belongs to. */
export interface RecordLine {
  collection: string;
  record: StoredRecord;
}

/** The last line: counts and the SHA-256 (hex) of every line before it, newlines included. */
export interface BackupTrailer {
  trailer: { sha256: string; records: number; collections: Record<string, number> };
}

export type BackupErrorCode = 'unreadable' | 'malformed' | 'truncated' | 'checksum_mismatch' | 'not_empty' | 'unsupported_version';

/** A backup file that cannot be restored, or a restore that would overwrite data. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

// EJSON writes Binary as binary but a bare Uint8Array as an object of numbers, so wrap it first.
function toEjsonValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return new Binary(value);
  if (Array.isArray(value)) return value.map(toEjsonValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toEjsonValue(inner)]));
  }
  return value;
}

// Binary comes back as a Buffer, which both adapters store as bytes.
function fromEjsonValue(value: unknown): unknown {
  if (value instanceof Binary) return Buffer.from(value.value());
  if (Array.isArray(value)) return value.map(fromEjsonValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fromEjsonValue(inner)]));
  }
  return value;
}

/** One line of the file (without the newline). */
export function encodeLine(value: BackupHeader | RecordLine | BackupTrailer): string {
  return EJSON.stringify(toEjsonValue(value), { relaxed: false });
}

/** Parses one line back into plain values (native numbers, Dates, Buffers). */
export function decodeLine(line: string, lineNumber: number): unknown {
  try {
    return fromEjsonValue(EJSON.parse(line, { relaxed: true }));
  } catch (error) {
    throw new BackupError('malformed', `line ${lineNumber} is not Extended JSON: ${(error as Error).message}`);
  }
}

/** True for a backup's header line. */
export function isHeader(value: unknown): value is BackupHeader {
  return (value as Partial<BackupHeader> | null)?.format === BACKUP_FORMAT;
}

/** True for the trailer line. */
export function isTrailer(value: unknown): value is BackupTrailer {
  const trailer = (value as Partial<BackupTrailer> | null)?.trailer;
  return typeof trailer?.sha256 === 'string' && typeof trailer.records === 'number';
}

/** True for a record line: a collection name and a record with a string _id. */
export function isRecordLine(value: unknown): value is RecordLine {
  const line = value as Partial<RecordLine> | null;
  return typeof line?.collection === 'string' && line.collection.length > 0 && typeof line.record?._id === 'string';
}
