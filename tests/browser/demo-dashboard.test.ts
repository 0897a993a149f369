// The manager's dashboard over the demo programme in real Chromium, desktop and 390 px phone, in
// English and Chinese: a funnel that narrows, deals days into their stages, medians drawn, no
// same-place corridor; and a dashboard with nothing on it, whose charts and table say so in words.
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '../../server/demo/index.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { registerUser, signIn } from '../helpers/api.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

const DEMO_SIZE = { orgs: 120, listings: 240, seed: 20240618 };

if (skipBrowserTests) console.warn(`[browser] demo dashboard suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`demo dashboard in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-demo-dashboard', {
    server: async () => {
      const dataDir = await makeTempDir('superconnector-demo-dashboard-');
      const store = await EmbeddedStore.open(dataDir);
      await loadDemo({ store, logger: createLogger('silent'), size: DEMO_SIZE });
      return { dataDir, store };
    },
  });

  const figure = async (page: Awaited<ReturnType<typeof suite.page>>, testId: string) => Number(await page.locator(`[data-testid="${testId}"]`).textContent());

  it('shows the manager a programme with history, in English on a desktop and 繁體 on a phone', { timeout: 90_000 }, async () => {
    const manager = await signIn(suite.server.url, DEMO_ACCOUNTS.manager.email, DEMO_PASSWORD);
    for (const [look, name] of [[{ locale: 'en-GB', viewport: DESKTOP }, 'dashboard-en-desktop'], [{ locale: 'zh-HK', viewport: PHONE }, 'dashboard-zh-hant-phone']] as const) {
      const page = await suite.page(manager, look);
      await page.goto(`${suite.server.url}/#/dashboard`);
      await page.locator('[data-testid="dashboard"][data-ready="true"] [data-testid="dashboard-table"] tr[data-deal]').first().waitFor();
      const [matches, mutual, introductions, deals, won] = await Promise.all(['kpi-matches', 'kpi-mutual', 'kpi-introductions', 'kpi-deals', 'kpi-closed-won'].map((id) => figure(page, id)));
      expect(matches).toBeGreaterThan(mutual);
      expect(mutual).toBeGreaterThan(introductions);
      expect(introductions).toBeGreaterThanOrEqual(deals);
      expect(deals).toBeGreaterThan(won);
      await expect(page.locator('[data-testid="chart-time-in-stage"]').getAttribute('data-empty')).resolves.toBe('false');
      const corridors = await page.locator('[data-testid="dashboard-table"] tbody tr td:nth-child(4)').allTextContents();
      for (const corridor of corridors) {
        const [origin, destination] = corridor.split(' → ');
        expect(origin, corridor).not.toBe(destination);
      }
      await suite.shot(page, name, { fullPage: true });
    }
  });

  it('says in words that an empty dashboard has nothing to chart, in English and 简体', { timeout: 60_000 }, async () => {
    const newcomer = await registerUser(suite.server.url, 'Winnie Chan');
    for (const [look, name, text] of [
      [{ locale: 'en-GB', viewport: DESKTOP }, 'empty-en-desktop', 'No deal has left a stage yet'],
      [{ locale: 'zh-CN', viewport: PHONE }, 'empty-zh-hans-phone', '暂时没有交易离开任何阶段'],
    ] as const) {
      const page = await suite.page(newcomer, look);
      await page.goto(`${suite.server.url}/#/dashboard`);
      await page.locator('[data-testid="chart-time-in-stage-empty"]', { hasText: text }).waitFor();
      for (const chart of ['chart-funnel', 'chart-sectors', 'chart-corridors']) await page.locator(`[data-testid="${chart}-empty"]`).waitFor();
      await page.locator('[data-testid="dashboard-table-empty"]').waitFor();
      expect(await page.locator('[data-testid="chart-time-in-stage"] .canvas-box').isHidden()).toBe(true);
      await suite.shot(page, name, { fullPage: true });
    }
  });
});
