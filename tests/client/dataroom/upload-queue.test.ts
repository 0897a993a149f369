// The upload queue: a few files at a time, progress per file, cancel, and retries that keep the
// upload id so the server can never store one upload twice; failures named by what to do next.
import { describe, expect, it } from 'vitest';
import { UploadFailed, UploadQueue, randomUploadId, type UploadRequest } from '../../../client/src/dataroom/upload-queue.ts';
import { uploadProblem } from '../../../client/src/dataroom/upload-problem.ts';

/** A transport whose sends the test finishes by hand. */
function manualTransport() {
  const sends: { request: UploadRequest; progress: (sent: number) => void; signal: AbortSignal; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const transport = (request: UploadRequest, progress: (sent: number) => void, signal: AbortSignal) =>
    new Promise<unknown>((resolve, reject) => {
      sends.push({ request, progress, signal, resolve: () => resolve({}), reject });
    });
  return { sends, transport };
}

const file = (name: string, bytes: number) => Object.assign(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), { name });
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
let counter = 0;
const ids = () => `upload-${++counter}`;

describe('upload queue', () => {
  it('sends two files at once and holds the third until one is done', async () => {
    const { sends, transport } = manualTransport();
    const queue = new UploadQueue(transport, { parallel: 2, newUploadId: ids });
    queue.add([file('a.pdf', 10), file('b.pdf', 20), file('c.pdf', 30)], { folderId: 'f1' });
    expect(sends.map((send) => send.request.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(queue.items.map((item) => item.state)).toEqual(['sending', 'sending', 'queued']);
    sends[0].resolve();
    await settle();
    expect(queue.items.map((item) => item.state)).toEqual(['done', 'sending', 'sending']);
    expect(sends[2].request).toMatchObject({ name: 'c.pdf', folderId: 'f1' });
  });

  it('reports each file’s progress to subscribers and marks a finished file fully sent', async () => {
    const { sends, transport } = manualTransport();
    const uploaded: string[] = [];
    const queue = new UploadQueue(transport, { newUploadId: ids, uploaded: (item) => uploaded.push(item.name) });
    const seen: number[] = [];
    queue.subscribe((items) => items[0] && seen.push(items[0].sent));
    queue.add([file('deck.pdf', 1000)], { folderId: 'f1' });
    sends[0].progress(250);
    sends[0].progress(900);
    expect(queue.items[0].sent).toBe(900);
    sends[0].resolve();
    await settle();
    expect(queue.items[0]).toMatchObject({ state: 'done', sent: 1000 });
    expect(seen).toEqual(expect.arrayContaining([250, 900, 1000]));
    expect(uploaded).toEqual(['deck.pdf']);
  });

  it('retries a failed upload under the same upload id, and only passing failures', async () => {
    const { sends, transport } = manualTransport();
    const queue = new UploadQueue(transport, { newUploadId: ids });
    const [uploadId] = queue.add([file('deck.pdf', 100)], { folderId: 'f1' });
    sends[0].reject(new UploadFailed({ kind: 'network' }));
    await settle();
    expect(queue.items[0]).toMatchObject({ state: 'failed', problem: { kind: 'network' } });
    queue.retry(uploadId);
    expect(sends).toHaveLength(2);
    expect(sends[1].request.uploadId).toBe(uploadId);
    expect(sends[1].request.uploadId).toBe(sends[0].request.uploadId);
    sends[1].reject(new UploadFailed({ kind: 'too-large', limitBytes: 50 }));
    await settle();
    queue.retry(uploadId);
    expect(sends).toHaveLength(2);
    expect(queue.items[0].problem).toEqual({ kind: 'too-large', limitBytes: 50 });
  });

  it('cancels a sending file (aborting it) and can send it again under its id', async () => {
    const { sends, transport } = manualTransport();
    const queue = new UploadQueue(transport, { newUploadId: ids });
    const [uploadId] = queue.add([file('big.pdf', 100)], { folderId: 'f1' });
    sends[0].progress(40);
    queue.cancel(uploadId);
    expect(sends[0].signal.aborted).toBe(true);
    sends[0].progress(60);
    sends[0].reject(new Error('aborted'));
    await settle();
    expect(queue.items[0]).toMatchObject({ state: 'cancelled', sent: 0, problem: null });
    queue.retry(uploadId);
    expect(sends[1].request.uploadId).toBe(uploadId);
  });

  it('refuses an empty file at once without sending it', () => {
    const { sends, transport } = manualTransport();
    const queue = new UploadQueue(transport, { newUploadId: ids });
    queue.add([file('empty.pdf', 0)], { folderId: 'f1' });
    expect(sends).toHaveLength(0);
    expect(queue.items[0]).toMatchObject({ state: 'failed', problem: { kind: 'empty' } });
  });

  it('sends a new version with the file id it belongs to', () => {
    const { sends, transport } = manualTransport();
    new UploadQueue(transport, { newUploadId: ids }).add([file('v2.pdf', 5)], { folderId: 'f1', fileId: 'file-9' });
    expect(sends[0].request).toMatchObject({ fileId: 'file-9', folderId: 'f1' });
  });

  it('clears finished files and keeps the ones still going', async () => {
    const { sends, transport } = manualTransport();
    const queue = new UploadQueue(transport, { newUploadId: ids });
    queue.add([file('a.pdf', 1), file('b.pdf', 1)], { folderId: 'f1' });
    sends[0].resolve();
    await settle();
    queue.clearFinished();
    expect(queue.items.map((item) => item.name)).toEqual(['b.pdf']);
  });

  it('makes upload ids the server accepts, a new one each time', () => {
    const made = new Set(Array.from({ length: 50 }, randomUploadId));
    expect(made.size).toBe(50);
    for (const id of made) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});

describe('upload failures', () => {
  it('names the limit of a 413 from its details', () => {
    expect(uploadProblem({ status: 413, body: { error: 'payload_too_large', message: 'x', details: { max: 2147483648, unit: 'bytes' } } })).toEqual({
      kind: 'too-large',
      limitBytes: 2147483648,
    });
    expect(uploadProblem({ status: 413, body: null })).toEqual({ kind: 'too-large', limitBytes: null });
  });

  it('tells a refused type, a forbidden folder, a bad request and a lost connection apart', () => {
    expect(uploadProblem({ status: 415, body: { message: 'Not a PDF' } })).toEqual({ kind: 'type-refused', message: 'Not a PDF' });
    expect(uploadProblem({ status: 403, body: {} })).toEqual({ kind: 'forbidden' });
    expect(uploadProblem({ status: 400, body: { message: 'The file is empty' } })).toEqual({ kind: 'invalid', message: 'The file is empty' });
    expect(uploadProblem({ status: 0, body: null })).toEqual({ kind: 'network' });
    expect(uploadProblem({ status: 503, body: null })).toEqual({ kind: 'server', status: 503 });
  });
});
