// npx tsx bench/inbox/run.ts [--cards 500] [--rounds 30] — the match inbox of one person with
// hundreds of cards, on a real server over the embedded store: offers are posted through the API
// until the person's need has `cards` matches, then the inbox calls the page makes (first page by
// fit, a Chinese search, a listing filter, a later page, the old 200-card call) are timed. Prints
// the figures and writes bench/results/inbox.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../../server/app.ts';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { MatchInboxPage } from '../../shared/schemas/matches.ts';

const { values: args } = parseArgs({ options: { cards: { type: 'string', default: '500' }, rounds: { type: 'string', default: '30' } } });
const CARDS = Number(args.cards);
const ROUNDS = Number(args.rounds);
const RESULTS = path.resolve('bench/results/inbox.json');
const PASSWORD = 'Harbour-lights-2024';
const CITIES = ['Singapore', 'Kuala Lumpur', 'Ho Chi Minh City', 'Jakarta', 'Bangkok'];
const REGIONS = ['singapore', 'malaysia', 'vietnam', 'indonesia', 'thailand'];

async function request<T>(url: string, method: string, pathname: string, token: string | null, body?: unknown): Promise<{ body: T; bytes: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${url}${pathname}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${pathname} failed: ${response.status} ${text}`);
  return { body: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
}

async function account(url: string, name: string): Promise<string> {
  const email = `${name.replace(/\W+/g, '.').toLowerCase()}.${Date.now()}@bench.example`;
  return (await request<{ token: string }>(url, 'POST', '/api/auth/register', null, { name, email, password: PASSWORD })).body.token;
}

async function org(url: string, token: string, name: string, sectors: string[]): Promise<string> {
  return (await request<{ id: string }>(url, 'POST', '/api/orgs', token, { name, region: 'singapore', sectors })).body.id;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1));
}

async function timed(url: string, token: string, query: string): Promise<{ p50: number; p95: number; bytes: number; total: number }> {
  const times: number[] = [];
  let last: { body: MatchInboxPage; bytes: number } | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    last = await request<MatchInboxPage>(url, 'GET', `/api/matches?${query}`, token);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes: last?.bytes ?? 0, total: last?.body.total ?? 0 };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'superconnector-bench-inbox-'));
  const store = await EmbeddedStore.open(dataDir);
  const app = await createApp({ store, logger: createLogger('silent'), limits: { ...DEFAULT_LIMITS, apiRequestsPerWindow: 1_000_000, signupsPerAddress: 0 }, trust: { listingsPerDay: 0 } });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  try {
    const maker = await account(url, 'Maker');
    const makerOrg = await org(url, maker, 'Pearl River Drones', ['drones']);
    const need = await request<{ id: string }>(url, 'POST', '/api/listings', maker, {
      orgId: makerOrg,
      kind: 'need',
      category: 'market-entry',
      title: 'Distributors wanted across ASEAN',
      description: 'Shenzhen maker of inspection drones seeks distributors across ASEAN. 深圳巡檢無人機廠商尋找東盟分銷夥伴。',
      sectors: ['drones'],
      regions: ['asean'],
    });
    const posting = performance.now();
    let posted = 0;
    let cards = 0;
    for (let supplier = 0; cards < CARDS && supplier < 40; supplier++) {
      const token = await account(url, `Distributor ${supplier}`);
      const orgId = await org(url, token, `ASEAN Distribution ${supplier}`, ['drones', 'logistics']);
      for (let offer = 0; offer < 20; offer++, posted++) {
        const city = CITIES[(supplier + offer) % CITIES.length];
        await request(url, 'POST', '/api/listings', token, {
          orgId,
          kind: 'offer',
          category: 'market-entry',
          title: `Drone distribution in ${city} #${supplier}-${offer}`,
          description: offer % 2 === 0 ? `Distributor of drones and robotics in ${city}; import permits and after-sales service.` : `${city}无人机及机器人分销商，提供进口许可及售后服务。`,
          sectors: offer % 3 === 0 ? ['drones', 'logistics'] : ['drones'],
          regions: [REGIONS[(supplier + offer) % REGIONS.length]],
        });
      }
      cards = (await request<MatchInboxPage>(url, 'GET', '/api/matches?limit=1', maker)).body.total;
    }
    const seedSeconds = Number(((performance.now() - posting) / 1000).toFixed(1));
    const calls = {
      firstPageByFit: 'sort=fit&tab=active&limit=25&lang=en',
      chineseSearch: `sort=fit&tab=active&limit=25&lang=zh-Hant&q=${encodeURIComponent('無人機 分銷')}`,
      listingAndScore: `sort=fit&tab=active&limit=25&listing=${need.body.id}&minScore=0.5&region=asean`,
      tenthPage: 'sort=fit&tab=active&limit=25&offset=225',
      oldCall200: 'limit=200',
    };
    const timings: Record<string, Awaited<ReturnType<typeof timed>>> = {};
    for (const [name, query] of Object.entries(calls)) timings[name] = await timed(url, maker, query);
    const result = { at: new Date().toISOString(), store: 'embedded', cards, offersPosted: posted, seedSeconds, rounds: ROUNDS, timingsMs: timings };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await app.close();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
