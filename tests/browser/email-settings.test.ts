// The notification settings page's e-mail choices in real Chromium: each type's delivery, the
// digest's schedule in the profile's zone (shown, with the next digest in local time), the e-mail
// language named (the account's one, not asked twice), saved to the server; the page fits a phone, in English and in 繁體.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailPreferences } from '../../shared/schemas/email-delivery.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openAs, type PageLook } from './deal-steps.ts';
import { horizontalOverflow } from './page-fit.ts';

if (skipBrowserTests) console.warn(`[browser] e-mail settings suite ${SKIP_REASON}`);

const SHOTS = process.env.SCREENSHOT_DIR;

describe.skipIf(skipBrowserTests)(`e-mail settings in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;
  let user: TestUser;

  const saved = async () => (await call<EmailPreferences>(server.url, user, 'GET', '/api/notifications/email')).body;

  async function openSettings(look: PageLook = {}): Promise<Page> {
    const page = await openAs(browser, server, user, look);
    await page.goto(`${server.url}/#/notifications/settings`);
    await page.locator('select[data-delivery="qa.assigned"]').waitFor();
    return page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
    user = await registerUser(server.url, 'Mei Chan');
    expect((await call(server.url, user, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' })).status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves each type’s delivery and a weekly digest at a local hour, and says which zone it uses', async () => {
    const page = await openSettings();
    const questions = page.locator('select[data-delivery="qa.assigned"]');
    expect(await questions.inputValue()).toBe('immediate');
    await questions.selectOption('digest');
    await expect.poll(async () => (await saved()).delivery['qa.assigned']).toBe('digest');
    await page.locator('select[data-delivery="match.new"]').selectOption('in-app');
    await expect.poll(async () => (await saved()).delivery['match.new']).toBe('in-app');

    await page.getByText('Times in your time zone, Asia/Hong_Kong.').waitFor();
    await page.locator('select[name="digestFrequency"]').selectOption('weekly');
    await page.locator('select[name="digestWeekday"]').selectOption({ label: 'Friday' });
    await expect.poll(async () => (await saved()).digest).toEqual({ type: 'weekly', weekday: 5, hour: 8 });
    await page.locator('select[name="digestHour"]').selectOption({ label: '18:00' });
    await expect.poll(async () => (await saved()).digest).toEqual({ type: 'weekly', weekday: 5, hour: 18 });
    // The next digest, in Hong Kong time: a Friday at 18:00.
    await expect.poll(() => page.locator('.next').textContent()).toMatch(/^Next digest: Fri, .+, 18:00$/);
    // E-mails follow the language the app is read in; the page names it rather than asking twice.
    await page.getByText('E-mails are written in English, the language you read the app in.').waitFor();
    expect(await page.locator('select[name="mailLang"]').count()).toBe(0);

    // Switching a type off in the app leaves nothing to e-mail.
    await page.locator('input[data-type="comment.reply"]').uncheck();
    await expect.poll(() => page.locator('select[data-delivery="comment.reply"]').isDisabled()).toBe(true);
    await page.locator('input[data-type="comment.reply"]').check();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'email-settings-desktop-en.png'), fullPage: true });
    await page.context().close();
  });

  it('reads in 繁體 and fits a 390 px phone in both languages', async () => {
    for (const [locale, name] of [['en-US', 'en'], ['zh-HK', 'zh-Hant']] as const) {
      const phone = await openSettings({ locale, viewport: { width: 390, height: 844 } });
      if (name === 'zh-Hant') {
        await phone.getByText('時間以您的時區 Asia/Hong_Kong 計算。').waitFor();
        await phone.getByText('電郵以繁體中文撰寫，即您使用本平台的語言。').waitFor();
      }
      expect(await horizontalOverflow(phone)).toBeNull();
      if (SHOTS) await phone.screenshot({ path: path.join(SHOTS, `email-settings-phone-${name}.png`), fullPage: true });
      await phone.context().close();
    }
    const desktop = await openSettings({ locale: 'zh-HK', viewport: { width: 1280, height: 900 } });
    await desktop.getByText('電郵摘要').waitFor();
    expect(await desktop.locator('select[data-delivery="qa.assigned"] option:checked').textContent()).toBe('放入摘要');
    if (SHOTS) await desktop.screenshot({ path: path.join(SHOTS, 'email-settings-desktop-zh-Hant.png'), fullPage: true });
    await desktop.context().close();
  });
});
