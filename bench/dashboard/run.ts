// npm run bench:dashboard — seeds 5,000 deals, then times in Chromium from navigation to the
// managers' dashboard fully rendered (KPIs, charts, pipeline board and table), plus the API call
// alone. Prints the figures and writes bench/results/dashboard.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { seedDashboard } from './seed.ts';

const { values: args } = parseArgs({ options: { deals: { type: 'string', default: '5000' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '7' } } });
const DEALS = Number(args.deals);
const RUNS = Number(args.runs);
const CLIENT_DIR = path.resolve(process.env.CLIENT_DIST ?? 'dist');
const RESULTS = path.resolve('bench/results/dashboard.json');
const PASSWORD = 'Harbour-lights-2024';

interface Account {
  id: string;
  token: string;
  cookie: string;
}

async function register(url: string, name: string): Promise<Account> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@bench.example`;
  const response = await fetch(`${url}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, email, password: PASSWORD }) });
  if (response.status !== 201) throw new Error(`register failed: ${response.status}`);
  const body = (await response.json()) as { token: string; user: { id: string } };
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('sc_session='))?.split(';')[0] ?? '';
  return { id: body.user.id, token: body.token, cookie };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Navigates and resolves with ms from navigation start (page clock) until everything shows N deals. */
async function renderOnce(page: Page, url: string, deals: number): Promise<number> {
  await page.goto(`${url}/#/dashboard`);
  const handle = await page.waitForFunction(
    (expected) => {
      const kpi = document.querySelector('[data-testid="kpi-deals"]')?.textContent?.trim();
      const funnel = document.querySelector('[data-testid="chart-funnel"]')?.getAttribute('data-values') ?? '';
      const rows = document.querySelectorAll('[data-testid="dashboard-table"] tbody tr').length;
      const columns = [...document.querySelectorAll('[data-testid^="stage-count-"]')].reduce((sum, node) => sum + Number(node.textContent), 0);
      const charts = [...document.querySelectorAll('.chart canvas')].filter((canvas) => (canvas as HTMLCanvasElement).width > 0).length;
      const ready = kpi === String(expected) && funnel.split(',')[2] === String(expected) && rows > 0 && columns === expected && charts === 4;
      return ready ? performance.now() : false;
    },
    deals,
    { polling: 'raf', timeout: 120_000 },
  );
  return Math.round(Number(await handle.jsonValue()));
}

async function timeApi(url: string, token: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/api/dashboard`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: Math.round(performance.now() - started), bytes };
}

async function main(): Promise<void> {
  if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) throw new Error(`no built client in ${CLIENT_DIR}; run \`npx vite build\` first`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sc-bench-dashboard-'));
  const store = await EmbeddedStore.open(dataDir);
  const app = await createApp({ store, logger: createLogger('warn'), limits: { ...DEFAULT_LIMITS, apiRequestsPerWindow: 0 }, staticDir: CLIENT_DIR, cookieSecure: false });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const manager = await register(url, 'Bench Manager');
    const advisers = await Promise.all(['Adviser One', 'Adviser Two', 'Adviser Three'].map((name) => register(url, name)));
    const seedStarted = performance.now();
    await seedDashboard(store, { deals: DEALS, orgs: 200, managerId: manager.id, adviserIds: advisers.map((adviser) => adviser.id), seed: Number(args.seed) });
    const seedMs = Math.round(performance.now() - seedStarted);
    const api = [];
    for (let run = 0; run < RUNS; run++) api.push(await timeApi(url, manager.token));
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const [name, value] = manager.cookie.split('=');
    await context.addCookies([{ name, value, url }]);
    const page = await context.newPage();
    const renders: number[] = [];
    for (let run = 0; run < RUNS; run++) renders.push(await renderOnce(page, url, DEALS));
    const shot = path.join(os.tmpdir(), 'sc-bench-dashboard.png');
    await page.screenshot({ path: shot, fullPage: false });
    const result = {
      deals: DEALS,
      runs: RUNS,
      seedMs,
      apiMs: { median: median(api.map((entry) => entry.ms)), samples: api.map((entry) => entry.ms) },
      apiBytes: api[0].bytes,
      renderMs: { median: median(renders), max: Math.max(...renders), samples: renders },
      measuredAt: new Date().toISOString(),
    };
    console.info(`dashboard with ${DEALS} deals (seeded in ${seedMs} ms)`);
    console.info(`  GET /api/dashboard        median ${result.apiMs.median} ms   (${(result.apiBytes / 1024 / 1024).toFixed(1)} MB JSON)  samples ${result.apiMs.samples.join(', ')}`);
    console.info(`  navigation → rendered     median ${result.renderMs.median} ms   max ${result.renderMs.max} ms  samples ${renders.join(', ')}`);
    console.info(`  screenshot: ${shot}`);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    console.info(`  written: ${path.relative(process.cwd(), RESULTS)}`);
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
