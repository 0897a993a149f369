// npx tsx bench/files/run.ts [--sizes 100,1024] — data-room upload and download through our HTTP API
// (session, folder access, content type from the head, SHA-256 while streaming, fsync + rename into
// the content-addressed store, audit on download) beside a plain `req → fs.createWriteStream` /
// `fs.createReadStream → res` server, in the same run. Each server runs in its own child process,
// fresh per file size, so its peak RSS (VmHWM) is its own. Files are generated in a temp dir.
// Prints the figures and writes bench/results/files.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { FileView, FolderView } from '../../shared/schemas/dataroom.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { bearer, registerUser } from '../../tests/helpers/api.ts';
import { startServerProcess } from '../../tests/helpers/server-process.ts';
import { CERTIFIER, call, createOrg } from '../../tests/listings/marketplace-helpers.ts';

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '100,1024' } } });
const SIZES_MB = args.sizes.split(',').map(Number);
const RESULTS = path.resolve('bench/results/files.json');
const MB = 1024 * 1024;

interface Target {
  child: ChildProcess;
  uploadUrl: string;
  /** Where the upload that answered `uploadBody` is downloaded from. */
  downloadUrl: (uploadBody: string) => string;
  headers: Record<string, string>;
}

/** A PDF head (so the content check sees a PDF) followed by random bytes, written in 16 MB chunks. */
async function generate(dir: string, sizeMb: number): Promise<string> {
  const file = path.join(dir, `bench-${sizeMb}mb.pdf`);
  const out = createWriteStream(file);
  const chunk = Buffer.alloc(16 * MB);
  for (let written = 0; written < sizeMb * MB; written += chunk.length) {
    randomFillSync(chunk);
    if (written === 0) chunk.write('%PDF-1.7\n', 0, 'latin1');
    const part = chunk.subarray(0, Math.min(chunk.length, sizeMb * MB - written));
    if (!out.write(part)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return file;
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** Our server with an owner, a two-party deal and a folder; uploads go in as the owner. */
async function ourServer(dataDir: string): Promise<Target> {
  const server = await startServerProcess(dataDir);
  const owner = await registerUser(server.url, 'Bench Owner');
  const other = await registerUser(server.url, 'Bench Certifier');
  const makerOrg = await createOrg(server.url, owner);
  const certifierOrg = await createOrg(server.url, other, CERTIFIER);
  const deal = await call<DealDetail>(server.url, owner, 'POST', '/api/deals', { title: 'Bench deal', type: 'supply', orgIds: [makerOrg.id, certifierOrg.id], actingOrgId: makerOrg.id });
  const folder = await call<FolderView>(server.url, owner, 'POST', `/api/deals/${deal.body.id}/folders`, { name: 'Bench', parentId: null });
  if (folder.status !== 201) throw new Error(`folder failed: ${folder.status} ${JSON.stringify(folder.body)}`);
  const base = `${server.url}/api/deals/${deal.body.id}/files`;
  return {
    child: server.child,
    uploadUrl: `${base}/uploads/${crypto.randomUUID()}?folderId=${folder.body.id}&name=accounts.pdf`,
    downloadUrl: (uploadBody) => `${base}/${(JSON.parse(uploadBody) as FileView).id}/download?version=1`,
    headers: bearer(owner),
  };
}

async function plainServer(dataDir: string): Promise<Target> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('bench/files/plain-server.ts')], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => child.stdout?.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { port: number }).port)));
  const url = `http://127.0.0.1:${port}/file`;
  return { child, uploadUrl: url, downloadUrl: () => url, headers: {} };
}

function request(url: string, method: string, headers: Record<string, string>): http.ClientRequest {
  return http.request(url, { method, headers, agent: false });
}

/** Streams the file up; resolves with the response body and the MB/s. */
async function upload(target: Target, file: string, size: number): Promise<{ mbps: number; body: string }> {
  const started = performance.now();
  const req = request(target.uploadUrl, 'PUT', { ...target.headers, 'content-type': 'application/pdf', 'content-length': String(size) });
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject);
  });
  await pipeline(createReadStream(file), req);
  const { status, body } = await answered;
  if (status >= 300) throw new Error(`upload failed: ${status} ${body}`);
  return { mbps: size / MB / ((performance.now() - started) / 1000), body };
}

/** Streams the file down into nothing; resolves with the MB/s after checking every byte arrived. */
async function download(target: Target, uploadBody: string, size: number): Promise<number> {
  const started = performance.now();
  const req = request(target.downloadUrl(uploadBody), 'GET', target.headers);
  req.end();
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => req.once('response', resolve).once('error', reject));
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`);
  let received = 0;
  await pipeline(res, new Writable({ write: (chunk: Buffer, _encoding, next) => ((received += chunk.length), next()) }));
  if (received !== size) throw new Error(`download truncated: ${received} of ${size} bytes`);
  return size / MB / ((performance.now() - started) / 1000);
}

async function measure(kind: 'ours' | 'plain', file: string, sizeMb: number, workDir: string) {
  const dataDir = await mkdtemp(path.join(workDir, `${kind}-`));
  const target = kind === 'ours' ? await ourServer(dataDir) : await plainServer(dataDir);
  try {
    const pid = target.child.pid ?? 0;
    const idle = memoryOf(pid).rssMb;
    const up = await upload(target, file, sizeMb * MB);
    const down = await download(target, up.body, sizeMb * MB);
    const { peakMb } = memoryOf(pid);
    return { uploadMBps: Number(up.mbps.toFixed(1)), downloadMBps: Number(down.toFixed(1)), idleRssMb: idle, peakRssMb: peakMb, growthMb: peakMb - idle };
  } finally {
    target.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'superconnector-bench-files-'));
  const rows = [];
  try {
    for (const sizeMb of SIZES_MB) {
      const file = await generate(workDir, sizeMb);
      const plain = await measure('plain', file, sizeMb, workDir);
      const ours = await measure('ours', file, sizeMb, workDir);
      const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
      const row = {
        sizeMb,
        ours,
        plain,
        ratios: { upload: ratio(ours.uploadMBps, plain.uploadMBps), download: ratio(ours.downloadMBps, plain.downloadMBps), peakRss: ratio(ours.peakRssMb, plain.peakRssMb) },
      };
      rows.push(row);
      console.log(
        `[files] ${sizeMb} MB  upload ours ${ours.uploadMBps} MB/s vs plain ${plain.uploadMBps} (×${row.ratios.upload})  ` +
          `download ours ${ours.downloadMBps} vs plain ${plain.downloadMBps} (×${row.ratios.download})  ` +
          `peak RSS ours ${ours.peakRssMb} MB (+${ours.growthMb} over idle) vs plain ${plain.peakRssMb} MB (+${plain.growthMb})`,
      );
      await rm(file, { force: true });
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ when: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  console.log(`[files] results in ${path.relative(process.cwd(), RESULTS)}`);
}

await main();
