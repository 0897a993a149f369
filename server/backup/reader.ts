// Reads a backup file line by line: checks its framing (header first, records, trailer last) and
// the SHA-256 of everything before the trailer, without holding the file in memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import {
  BACKUP_VERSION,
  BackupError,
  decodeLine,
  isHeader,
  isRecordLine,
  isTrailer,
  type BackupHeader,
  type BackupTrailer,
  type RecordLine,
} from './format.ts';

/** A backup file that passed every check, with its first and last lines. */
export interface VerifiedBackup {
  header: BackupHeader;
  trailer: BackupTrailer['trailer'];
}

async function* rawLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    yield* lines;
  } finally {
    lines.close();
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  const header = line === undefined ? undefined : decodeLine(line, 1);
  if (!isHeader(header)) throw new BackupError('malformed', 'not a Superconnector backup (no header line)');
  if (header.version !== BACKUP_VERSION) {
    throw new BackupError('unsupported_version', `backup format version ${header.version} is not supported (expected ${BACKUP_VERSION})`);
  }
  return header;
}

function parseRecord(line: string, lineNumber: number): RecordLine {
  const value = decodeLine(line, lineNumber);
  if (!isRecordLine(value)) throw new BackupError('malformed', `line ${lineNumber} is not a record line`);
  return value;
}

async function ensureReadableFile(file: string): Promise<void> {
  const found = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new BackupError('unreadable', `cannot read ${file}: ${error.code ?? error.message}`);
  });
  if (!found.isFile()) throw new BackupError('unreadable', `${file} is not a file`);
}

// A last line cut off mid-write is not Extended JSON; that is a truncated file, not a malformed one.
function parseTrailer(line: string, lineNumber: number): unknown {
  try {
    return decodeLine(line, lineNumber);
  } catch {
    return undefined;
  }
}

/**
 * Reads the whole file and checks it: a header, well-formed record lines, a trailer whose checksum
 * and record count match. Throws BackupError on the first problem; writes nothing anywhere.
 */
export async function verifyBackup(file: string): Promise<VerifiedBackup> {
  await ensureReadableFile(file);
  const hash = createHash('sha256');
  let header: BackupHeader | undefined;
  let previous: string | undefined;
  let lineNumber = 0;
  let records = 0;
  // Each line is checked and hashed once the next one arrives, since only the last is the trailer.
  for await (const line of rawLines(file)) {
    lineNumber += 1;
    if (previous !== undefined) {
      hash.update(`${previous}\n`);
      if (lineNumber === 2) header = parseHeader(previous);
      else {
        parseRecord(previous, lineNumber - 1);
        records += 1;
      }
    }
    previous = line;
  }
  if (lineNumber < 2 || header === undefined) throw new BackupError('truncated', 'the backup has no records or trailer');
  const trailer = parseTrailer(previous ?? '', lineNumber);
  if (!isTrailer(trailer)) throw new BackupError('truncated', 'the backup ends without its trailer line (incomplete file?)');
  if (trailer.trailer.sha256 !== hash.digest('hex')) throw new BackupError('checksum_mismatch', 'checksum mismatch: the backup was altered or damaged');
  if (trailer.trailer.records !== records) throw new BackupError('checksum_mismatch', `the trailer counts ${trailer.trailer.records} records, the file holds ${records}`);
  return { header, trailer: trailer.trailer };
}

/** The record lines of a file already checked by verifyBackup, in file order. */
export async function* backupRecords(file: string): AsyncGenerator<RecordLine> {
  let lineNumber = 0;
  let pending: string | undefined;
  for await (const line of rawLines(file)) {
    lineNumber += 1;
    // The header (line 1) is skipped; the last line, the trailer, is never yielded.
    if (pending !== undefined) yield parseRecord(pending, lineNumber - 1);
    pending = lineNumber === 1 ? undefined : line;
  }
}
