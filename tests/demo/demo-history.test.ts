// The demo's programme history: the seeded plan (every deal's events in the past and in order, legal
// stage moves, stalled deals quiet, agreed deals with agreed and signed terms), and the history as
// loaded through the API onto a back-dated clock and read back from the manager's dashboard: a
// believable funnel, durations from past stage events, cross-border corridors only, sign-offs on
// agreed terms, and the same history from the same seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMove, isClosedStage } from '../../shared/pipeline/index.ts';
import type { DashboardRow, DashboardView } from '../../shared/schemas/dashboard.ts';
import { DEFAULT_STALLED_DAYS } from '../../shared/schemas/dashboard.ts';
import type { SignoffView } from '../../shared/schemas/deals.ts';
import { crossesBorder, jurisdictionOf } from '../../server/demo/borders.ts';
import { dealCount, HISTORY_DAYS, listingAgeDays, NEWEST_LISTING_DAYS, planDeals, type DealScript } from '../../server/demo/deal-plan.ts';
import { statusesFor } from '../../server/demo/deal-playback.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, FULL_DEMO, generateDemoData, loadDemo } from '../../server/demo/index.ts';
import { SeededRandom } from '../../server/demo/random.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { postJson } from '../helpers/api.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

const MEDIUM = { orgs: 90, listings: 180, seed: FULL_DEMO.seed };
const DAY_MS = 86_400_000;

function everyScript(): DealScript[] {
  const { history } = generateDemoData(FULL_DEMO);
  return [history.featured, ...history.deals];
}

describe('demo history plan', () => {
  it('dates every deal’s events in the past, oldest first, from interest through introduction to the deal room', () => {
    for (const script of everyScript()) {
      const ages = script.events.map((event) => event.daysAgo);
      expect(ages.every((age) => age > 0 && age < HISTORY_DAYS)).toBe(true);
      expect([...ages].sort((a, b) => b - a)).toEqual(ages);
      expect(new Set(ages).size).toBe(ages.length);
      expect(script.events.slice(0, 4).map((event) => event.kind)).toEqual(['interest', 'interest', 'introduce', 'open']);
    }
  });

  it('moves every deal only by legal steps, closing with a reason, to the stage it ends at', () => {
    for (const script of everyScript()) {
      let stage = 'introduced';
      for (const event of script.events) {
        if (event.kind !== 'move') continue;
        expect(checkMove(stage, event.to, null, event.reason?.[0]), `${stage} → ${event.to}`).toBeNull();
        stage = event.to;
      }
      expect(stage).toBe(script.stage);
    }
  });

  it('leaves stalled deals quiet past the stalled threshold and keeps the others recently active', () => {
    const scripts = everyScript();
    for (const script of scripts.filter((candidate) => !isClosedStage(candidate.stage))) {
      const lastActivity = script.events[script.events.length - 1].daysAgo;
      if (script.stalled) expect(lastActivity).toBeGreaterThan(DEFAULT_STALLED_DAYS);
      else expect(lastActivity).toBeLessThan(DEFAULT_STALLED_DAYS);
    }
    expect(scripts.filter((script) => script.stalled).length).toBeGreaterThanOrEqual(3);
  });

  it('agrees and signs off every term before a deal reaches agreed', () => {
    for (const script of everyScript().filter((candidate) => candidate.stage === 'agreed' || candidate.stage === 'closed-won')) {
      const toAgreed = script.events.findIndex((event) => event.kind === 'move' && event.to === 'agreed');
      const before = script.events[toAgreed - 1];
      expect(before).toMatchObject({ kind: 'terms', agreed: 1, signed: true });
    }
  });

  it('spreads the outcomes over the whole pipeline, won and lost included', () => {
    const stages = everyScript().map((script) => script.stage);
    for (const stage of ['introduced', 'nda', 'due-diligence', 'negotiation', 'agreed', 'closed-won', 'closed-lost']) expect(stages).toContain(stage);
    expect(dealCount(FULL_DEMO.orgs)).toBe(24);
  });

  it('plans the same history from the same seed, and another from another seed', () => {
    expect(planDeals(new SeededRandom(7), 200)).toEqual(planDeals(new SeededRandom(7), 200));
    expect(planDeals(new SeededRandom(8), 200)).not.toEqual(planDeals(new SeededRandom(7), 200));
  });

  it('posts listings evenly from the start of the programme to two days ago, oldest first', () => {
    expect(listingAgeDays(0, 600)).toBe(HISTORY_DAYS);
    expect(listingAgeDays(599, 600)).toBe(NEWEST_LISTING_DAYS);
    expect(listingAgeDays(100, 600)).toBeGreaterThan(listingAgeDays(101, 600));
  });

  it('tells a border crossing from two cities on one side', () => {
    expect(crossesBorder('shenzhen', 'guangzhou')).toBe(false);
    expect(crossesBorder('hk', 'hk-cyberport')).toBe(false);
    expect(crossesBorder('hk-loop', 'qianhai')).toBe(true);
    expect(crossesBorder('shenzhen', 'singapore')).toBe(true);
    expect(jurisdictionOf('nansha')).toBe('mainland');
  });

  it('sets term statuses by board order: agreed, then proposed, then blocked, the rest unchanged', () => {
    expect(statusesFor({ agreed: 0.3, proposed: 0.4, blocked: 1, signed: false }, 7)).toEqual(['agreed', 'agreed', 'proposed', 'proposed', 'proposed', 'blocked', null]);
    expect(statusesFor({ agreed: 1, proposed: 0, blocked: 0, signed: true }, 3)).toEqual(['agreed', 'agreed', 'agreed']);
  });
});

/** Loads the demo at MEDIUM into a fresh store and serves it; returns the server. */
async function loadedServer(): Promise<TestServer> {
  const dataDir = await makeTempDir('superconnector-demo-history-');
  const store = await EmbeddedStore.open(dataDir);
  const outcome = await loadDemo({ store, logger: createLogger('silent'), size: MEDIUM });
  if (outcome.status !== 'loaded') throw new Error('the demo did not load into an empty store');
  return startTestServer({ dataDir, store });
}

async function asManager<T>(server: TestServer, path: string): Promise<T> {
  const login = await postJson(`${server.url}/api/auth/login`, { email: DEMO_ACCOUNTS.manager.email, password: DEMO_PASSWORD });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** What a dashboard row says, without ids and times that depend on the moment of the load. */
function fingerprint(rows: DashboardRow[]) {
  return rows
    .map((row) => ({ title: row.title, stage: row.stage, corridor: row.corridor, stints: row.stints, terms: [row.progress.termsAgreed, row.progress.termsTotal, row.progress.termsBlocked] }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

describe('demo history as loaded', () => {
  let server: TestServer;
  let view: DashboardView;

  beforeAll(async () => {
    server = await loadedServer();
    view = await asManager<DashboardView>(server, '/api/dashboard');
  }, 120_000);
  afterAll(() => server?.close());

  it('gives the manager a funnel that narrows at every step', () => {
    const { matches, mutual, introductions, deals, closedWon } = view.kpis.funnel;
    expect(deals).toBeGreaterThanOrEqual(6);
    expect(matches).toBeGreaterThan(mutual);
    expect(mutual).toBeGreaterThan(introductions);
    expect(introductions).toBeGreaterThanOrEqual(deals);
    expect(deals).toBeGreaterThan(closedWon);
    expect(closedWon).toBeGreaterThan(0);
  });

  it('shows deals that moved through stages over past weeks, with time in stage and medians from their events', () => {
    const now = Date.now();
    for (const row of view.rows) {
      expect(Date.parse(row.stageSince)).toBeLessThan(now - DAY_MS / 2);
      for (const stint of row.stints) expect(stint.days).toBeGreaterThan(0);
    }
    expect(view.rows.filter((row) => row.stints.length >= 2).length).toBeGreaterThanOrEqual(3);
    expect(view.kpis.medianDaysInStage.introduced).toBeGreaterThan(0);
    expect(view.kpis.medianDaysInStage.nda).toBeGreaterThan(0);
    expect(view.kpis.stalled).toBeGreaterThanOrEqual(1);
    expect(Object.keys(view.kpis.byStage)).toEqual(expect.arrayContaining(['closed-won', 'closed-lost']));
  });

  it('stores every stage event in the past, in order, after the deal opened', async () => {
    const events = await server.store.collection<{ _id: string; dealId: string; at: Date }>('deal_stage_events').find({});
    const deals = await server.store.collection<{ _id: string; createdAt: Date }>('deals').find({});
    const openedAt = new Map(deals.map((deal) => [deal._id, new Date(deal.createdAt).getTime()]));
    expect(events.length).toBeGreaterThan(view.rows.length);
    const previous = new Map<string, number>();
    for (const event of [...events].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())) {
      const at = new Date(event.at).getTime();
      expect(at).toBeLessThan(Date.now());
      expect(at).toBeGreaterThan(previous.get(event.dealId) ?? openedAt.get(event.dealId) ?? Number.POSITIVE_INFINITY);
      previous.set(event.dealId, at);
    }
  });

  it('crosses a border in every corridor, never X → X', () => {
    for (const row of view.rows) {
      expect(row.corridor, row.title).not.toBeNull();
      if (row.corridor) expect(crossesBorder(row.corridor.origin, row.corridor.destination), `${row.corridor.origin}→${row.corridor.destination}`).toBe(true);
    }
  });

  it('has every term agreed and signed off by both sides on agreed and won deals', async () => {
    const agreedRows = view.rows.filter((row) => row.stage === 'agreed' || row.stage === 'closed-won');
    expect(agreedRows.length).toBeGreaterThan(0);
    for (const row of agreedRows) {
      expect(row.progress.termsTotal).toBeGreaterThan(0);
      expect(row.progress.termsAgreed).toBe(row.progress.termsTotal);
      const { signoffs } = await asManager<{ signoffs: SignoffView[] }>(server, `/api/deals/${row.id}/signoffs`);
      expect(signoffs).toHaveLength(2 * row.progress.termsAgreed);
    }
  });

  it('loads the same history from the same seed', async () => {
    const again = await loadedServer();
    try {
      expect(fingerprint((await asManager<DashboardView>(again, '/api/dashboard')).rows)).toEqual(fingerprint(view.rows));
    } finally {
      await again.close();
    }
  }, 120_000);
});
