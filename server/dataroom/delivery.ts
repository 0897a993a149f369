// Serving a file's bytes: the type found at upload, `nosniff`, a sandboxing CSP and no caching (the
// content is confidential and must not run as a page), the name in Content-Disposition (RFC 5987 /
// 8187 for non-ASCII names), and single byte ranges so the PDF viewer can fetch pages as it goes.
import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import type { BlobStore, ByteRange } from './blobs/blob-store.ts';
import type { OpenedFile } from './file-reads.ts';

/** Text types were checked to be UTF-8 at upload. */
function contentTypeOf(mime: string): string {
  return mime.startsWith('text/') ? `${mime}; charset=utf-8` : mime;
}

/** The one range asked for, null for the whole file, 'unsatisfiable' for a range past the end. */
function rangeOf(req: Request, size: number): ByteRange | null | 'unsatisfiable' {
  if (!req.headers.range) return null;
  const ranges = req.range(size, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  // Malformed or several ranges: answer the whole file, which a client must accept.
  if (ranges === undefined || ranges === -2 || ranges.length !== 1) return null;
  return { start: ranges[0].start, end: ranges[0].end };
}

export async function deliver(req: Request, res: Response, opened: OpenedFile, blobs: BlobStore, disposition: 'inline' | 'attachment'): Promise<void> {
  const { version, file } = opened;
  res.set({
    'Content-Type': contentTypeOf(version.mime),
    'Content-Disposition': contentDisposition(file.name, { type: disposition }),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
    'Accept-Ranges': 'bytes',
    ETag: `"${version.sha256}"`,
  });
  const range = rangeOf(req, version.size);
  if (range === 'unsatisfiable') {
    res.status(416).set('Content-Range', `bytes */${version.size}`).end();
    return;
  }
  // A range request is the viewer fetching more of what it opened: only the first is recorded.
  if (!range || range.start === 0) await opened.record();
  if (range) res.status(206).set({ 'Content-Range': `bytes ${range.start}-${range.end}/${version.size}`, 'Content-Length': String(range.end - range.start + 1) });
  else res.set('Content-Length', String(version.size));
  await pipeline(blobs.read(version.sha256, range ?? undefined), res).catch((error: unknown) => {
    // The reader went away mid-file (closed the tab, cancelled): nothing to answer.
    if (!res.destroyed && !res.writableEnded) throw error;
  });
}
