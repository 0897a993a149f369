// Oversized and malformed requests get the usual `{error, message}` JSON: thousands of query
// parameters or a huge URL or header (refused by Node's parser past 16 KB, before Express) are
// 431 with a body, more parameters than any endpoint reads are 400, and bytes that are not HTTP
// are 400; ordinary queries are unaffected.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_PARAMETERS } from '../../server/http/query-limit.ts';
import { bearer, registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

interface RawAnswer {
  status: number;
  contentType: string | undefined;
  body: unknown;
}

function get(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: server.port, path, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], body: text ? JSON.parse(text) : null }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** Sends raw bytes and resolves with everything the server wrote back before closing. */
function sendRaw(server: TestServer, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

const params = (count: number) => Array.from({ length: count }, () => 'a=1').join('&');
const ERROR_SHAPE = { error: 'bad_request', message: expect.any(String) };

describe('oversized and malformed requests', () => {
  let server: TestServer;
  let user: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    user = await registerUser(server.url);
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers 5,000 query parameters with 431 and the JSON error body', async () => {
    const answer = await get(server, `/api/listings?${params(5000)}`, bearer(user));
    expect(answer).toEqual({ status: 431, contentType: 'application/json; charset=utf-8', body: ERROR_SHAPE });
  });

  it('answers a huge URL and a huge header with 431 and the JSON error body, also outside the API', async () => {
    for (const path of [`/api/listings?q=${'x'.repeat(100_000)}`, `/healthz?${'b'.repeat(20_000)}`, `/collab/note:x?token=${'t'.repeat(20_000)}`]) {
      expect((await get(server, path)).body).toEqual(ERROR_SHAPE);
    }
    const bigHeader = await get(server, '/api/auth/me', { cookie: `sc_session=${'c'.repeat(20_000)}` });
    expect(bigHeader).toMatchObject({ status: 431, body: ERROR_SHAPE });
  });

  it(`refuses more than ${MAX_QUERY_PARAMETERS} parameters that fit in the headers with 400 instead of dropping the rest`, async () => {
    const answer = await get(server, `/api/listings?${params(1500)}`, bearer(user));
    expect(answer).toEqual({ status: 400, contentType: 'application/json; charset=utf-8', body: { error: 'bad_request', message: expect.stringContaining(`${MAX_QUERY_PARAMETERS}`) } });
    expect((await get(server, `/api/notifications?${params(MAX_QUERY_PARAMETERS + 1)}`, bearer(user))).status).toBe(400);
  });

  it('answers bytes that are not HTTP with 400 and the JSON error body', async () => {
    const answer = await sendRaw(server, 'HELLO THERE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual(ERROR_SHAPE);
  });

  it('leaves ordinary queries alone', async () => {
    const answer = await get(server, '/api/listings?kind=need&sector=drones&sector=testing-certification&q=inspection', bearer(user));
    expect(answer.status).toBe(200);
    expect((await get(server, '/api/listings', bearer(user))).status).toBe(200);
  });
});
