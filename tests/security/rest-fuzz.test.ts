// Property-based fuzzing of every REST write endpoint: mutated bodies (wrong types, extra and
// prototype keys, NoSQL operators in every string position, huge values), broken JSON, huge
// bodies and hostile path segments are answered with a 4xx in the shared error shape, never a 500,
// and a refused request leaves the store exactly as it was; no operator key is ever stored. Every
// read endpoint gets hostile query strings (operator brackets, repeated keys, odd numbers).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/protocol.ts';
import { bearer } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { FuzzTally } from './fuzz-report.ts';
import { mutatedBody, operatorInEveryString } from './hostile-values.ts';
import { buildSecurityWorld, type SecurityWorld } from './security-world.ts';
import { settledDigest, storeDigest, storedOperatorKeys } from './store-fingerprint.ts';
import { bodyEndpoints, pathOnlyEndpoints, queryEndpoints, type WriteEndpoint } from './write-endpoints.ts';

const RUNS_PER_ENDPOINT = 20;
const RUNS_PER_PATH = 10;
const RUNS_PER_QUERY = 15;
const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

const QUERY_KEYS = ['q', 'kind', 'sector', 'region', 'orgId', 'page', 'pageSize', 'limit', 'lang', 'state', 'status', 'doc', 'type', 'unread', 'minScore'];
/** Query strings with real and bracketed operator keys, repeated keys and hostile values. */
const HOSTILE_QUERY = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.constantFrom(...QUERY_KEYS).map((key) => `${key}[$ne]`), fc.constantFrom('__proto__', 'constructor[prototype]', '$where')),
      fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '-1', '1e309', 'NaN', '0x10', '99999999999', 'true', '{"$gt":""}', 'a'.repeat(3000))),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

const HOSTILE_SEGMENTS = fc.oneof(
  fc.constantFrom('%', '%E0%A4%A', '..', '.%2e', '%2e%2e%2f%2e%2e', '%00', '%7B%22%24gt%22%3A%22%22%7D', '__proto__', 'constructor', '$where', 'a'.repeat(5000)),
  fc.string({ maxLength: 80 }).map(encodeURIComponent),
);

interface Sent {
  endpoint: WriteEndpoint;
  path: string;
  raw: string;
  contentType?: string;
}

function send(baseUrl: string, { endpoint, path, raw, contentType = 'application/json' }: Sent): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: endpoint.method,
    headers: { 'content-type': contentType, ...(endpoint.as ? bearer(endpoint.as) : {}) },
    body: raw,
  });
}

// Hundreds of requests per case kind: on two busy cores a kind can take well over the default 30 s.
describe('REST fuzzing', { timeout: 120_000 }, () => {
  let server: TestServer;
  let world: SecurityWorld;
  const tally = new FuzzTally('REST endpoints');

  beforeAll(async () => {
    // Documents stay loaded (an idle unload compacts their logs: a store change no request made) and
    // save at once, so an accepted request's writes have landed by the time the store has settled.
    server = await startTestServer({ limits: { docIdleMs: 10 * 60_000, flushDelayMs: 1, apiRequestsPerWindow: 0 }, dealRooms: { autoVersionQuietMs: 60 * 60_000 } });
    world = await buildSecurityWorld(server);
  });

  afterAll(async () => {
    tally.print();
    await server.close();
  });

  /** The store's digest after the last request (settled when that one was accepted). */
  let digest = '';

  /** Sends one request; a 4xx must carry the error body and change nothing in the store. */
  async function check(sent: Sent, kind: string): Promise<void> {
    tally.count(kind);
    digest ||= await settledDigest(server.store);
    const response = await send(server.url, sent);
    const text = await response.text();
    expect(response.status, `${sent.endpoint.method} ${sent.path} ${sent.raw.slice(0, 200)} → ${text.slice(0, 300)}`).toBeLessThan(500);
    if (response.status < 400) {
      digest = await settledDigest(server.store);
      return;
    }
    const body = JSON.parse(text) as { error: string; message: string };
    expect(ERROR_CODES.has(body.error) && typeof body.message === 'string').toBe(true);
    const before = digest.split('\n');
    digest = await storeDigest(server.store);
    const changed = digest.split('\n').filter((line) => !before.includes(line));
    expect(changed, `${sent.endpoint.method} ${sent.path} was refused (${response.status}) but changed these collections`).toEqual([]);
  }

  it('refuses mutated bodies on every write endpoint with a 4xx and stores nothing', async () => {
    for (const endpoint of bodyEndpoints(world)) {
      await fc.assert(
        fc.asyncProperty(mutatedBody(endpoint.body ?? {}), async (body) => check({ endpoint, path: endpoint.path, raw: JSON.stringify(body) }, 'mutated body')),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    }
  });

  it('refuses a NoSQL operator in each string position of each body', async () => {
    for (const endpoint of bodyEndpoints(world)) {
      for (const body of operatorInEveryString(endpoint.body)) {
        await check({ endpoint, path: endpoint.path, raw: JSON.stringify(body) }, 'operator in a string position');
      }
    }
  });

  it('refuses broken JSON, non-object JSON, huge bodies and the wrong content type', async () => {
    const raws = ['{"title": ', '[]', '"text"', 'null', '42', JSON.stringify({ title: 'x'.repeat(70 * 1024) }), '{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}'];
    for (const endpoint of bodyEndpoints(world)) {
      for (const raw of raws) await check({ endpoint, path: endpoint.path, raw }, 'raw body');
      await check({ endpoint, path: endpoint.path, raw: JSON.stringify(endpoint.body), contentType: 'text/plain' }, 'wrong content type');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses hostile path segments on every write endpoint', async () => {
    const withParam = [...pathOnlyEndpoints(world), ...bodyEndpoints(world).filter((endpoint) => /\/api\/\w+\/[^/]+/.test(endpoint.path))];
    for (const endpoint of withParam) {
      await fc.assert(
        fc.asyncProperty(HOSTILE_SEGMENTS, async (segment) => {
          const path = endpoint.path.includes('/:') ? endpoint.path.replace(/:\w+/, segment) : endpoint.path.replace(/^(\/api\/\w+\/)[^/]+/, `$1${segment}`);
          await check({ endpoint, path, raw: JSON.stringify(endpoint.body ?? {}) }, 'hostile path segment');
        }),
        { numRuns: RUNS_PER_PATH },
      );
    }
  });

  it('answers hostile query strings on every read endpoint with a 2xx or a 4xx, never a 500', async () => {
    for (const path of queryEndpoints(world)) {
      await fc.assert(
        fc.asyncProperty(HOSTILE_QUERY, async (query) => {
          tally.count('hostile query string');
          const response = await fetch(`${server.url}${path}?${query}`, { headers: bearer(world.owner) });
          const text = await response.text();
          expect(response.status, `GET ${path}?${query} → ${text.slice(0, 300)}`).toBeLessThan(500);
          if (response.status >= 400) expect(ERROR_CODES.has((JSON.parse(text) as { error: string }).error)).toBe(true);
        }),
        { numRuns: RUNS_PER_QUERY },
      );
    }
  });

  it('never stores an operator or prototype key, and the prototype stays clean', async () => {
    expect(await storedOperatorKeys(server.store)).toEqual([]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
