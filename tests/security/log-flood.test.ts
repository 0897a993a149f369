// Warning lines any client can cause do not flood the log: many clients breaking the collaboration
// socket (a frame past the size limit) or getting cut for their Socket.IO event rate produce one
// warning line each kind and one summary with the count, not a line per client.
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { DEFAULT_LIMITS, type Limits } from '../../server/config.ts';
import { EmbeddedStore, type Store } from '../../server/store/index.ts';
import { createNote, registerUser } from '../helpers/api.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { connectSocket } from '../listings/marketplace-helpers.ts';

const CLIENTS = 12;

interface LoggedApp {
  app: App;
  url: string;
  lines: { msg: string; repeats?: number }[];
  close(): Promise<void>;
}

async function startLoggedApp(limits: Partial<Limits>): Promise<LoggedApp> {
  const lines: LoggedApp['lines'] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LoggedApp['lines'][number]);
      done();
    },
  });
  const dataDir = await makeTempDir();
  const store: Store = await EmbeddedStore.open(dataDir);
  const app = await createApp({ store, logger: pino({ level: 'warn' }, sink), limits: { ...DEFAULT_LIMITS, ...limits }, cookieSecure: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    lines,
    close: async () => {
      await app.close();
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function linesSaying(lines: LoggedApp['lines'], message: string) {
  return lines.filter((line) => line.msg.startsWith(message));
}

describe('warnings clients can cause', () => {
  let running: LoggedApp | undefined;

  async function closeRunning(): Promise<void> {
    const closing = running;
    running = undefined;
    await closing?.close();
  }

  afterEach(closeRunning);

  it('logs one line and one summary for many collaboration sockets sending oversized frames', async () => {
    running = await startLoggedApp({ maxFrameBytes: 64 });
    const owner = await registerUser(running.url);
    const note = await createNote(running.url, owner);
    const url = `${running.url.replace('http', 'ws')}/collab/${note.docName}?token=${owner.token}`;
    const closes = await Promise.all(
      Array.from(
        { length: CLIENTS },
        () =>
          new Promise<number>((resolve, reject) => {
            const ws = new WebSocket(url);
            ws.on('open', () => ws.send(Buffer.alloc(500)));
            ws.on('close', (code) => resolve(code));
            ws.on('error', reject);
          }),
      ),
    );
    expect(closes).toEqual(Array(CLIENTS).fill(1009));
    expect(linesSaying(running.lines, 'collaboration socket error')).toHaveLength(1);

    // The summary comes when the window ends or, as here, when the server closes.
    const { lines } = running;
    await closeRunning();
    expect(linesSaying(lines, 'collaboration socket error')[1]).toMatchObject({ repeats: CLIENTS - 1 });
  });

  it('logs one line for many Socket.IO connections cut for their event rate, and the count when the window ends', async () => {
    running = await startLoggedApp({ socketEventsPerWindow: 1, socketWindowMs: 60_000 });
    const { url, lines } = running;
    const user = await registerUser(url);
    const sockets = await Promise.all(Array.from({ length: CLIENTS }, () => connectSocket(url, user)));
    const cuts = sockets.map((socket) => new Promise((resolve) => socket.once('disconnect', resolve)));
    for (const socket of sockets) for (let i = 0; i < 3; i++) socket.emit('session:whoami', () => undefined);
    await Promise.all(cuts);
    expect(linesSaying(lines, 'socket cut')).toHaveLength(1);

    await closeRunning();
    expect(linesSaying(lines, 'socket cut')[1]).toMatchObject({ repeats: CLIENTS - 1 });
  });
});
