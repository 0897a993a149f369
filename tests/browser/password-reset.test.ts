// Password reset in real Chromium, reading the link from a real SMTP server in the test process:
// "Forgot your password?" on sign-in, the neutral confirmation, the e-mailed link, a new password,
// the other device signed out, sign-in with the new password, and the used link explained with a
// way to ask again. Screenshots: desktop and 390 px phone, English and 繁體中文.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

const NEW_PASSWORD = 'Star-Ferry-to-Central-88';

if (skipBrowserTests) console.warn(`[browser] password-reset suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`password reset${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let inbox: SmtpInbox;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
  });
  const suite = browserSuite('superconnector-reset', { server: async () => ({ mail: { smtpUrl: inbox.url } }) });
  afterAll(async () => {
    await inbox.stop();
  });

  const shot = (page: Page, name: string) => suite.shot(page, name, { fullPage: true });

  async function signedOut(locale: string, viewport: { width: number; height: number }): Promise<Page> {
    const context = await suite.browser.newContext({ locale, viewport });
    return context.newPage();
  }

  /** The app address of the newest reset link e-mailed to `user` (the e-mail's host is PUBLIC_URL's). */
  async function linkFromInbox(user: TestUser, count: number): Promise<string> {
    const links = () => inbox.messages.filter((mail) => mail.to.includes(user.user.email)).flatMap((mail) => /\/#\/reset\/[\w-]+/.exec(mail.parsed.text ?? '') ?? []);
    await inbox.next(() => links().length >= count, `reset e-mail ${count} to ${user.user.email}`);
    return `${suite.server.url}${links()[count - 1]?.slice(1)}`;
  }

  async function askForLink(page: Page, user: TestUser, labels: { email: string; send: string }): Promise<void> {
    await page.getByLabel(labels.email).fill(user.user.email);
    await page.getByRole('button', { name: labels.send }).click();
    await page.getByTestId('reset-sent').waitFor();
  }

  it('resets a forgotten password from the e-mailed link and signs the other device out', { timeout: 90_000 }, async () => {
    const user = await registerUser(suite.server.url, 'Rachel Tan');
    const otherDevice = await suite.page(user);
    await otherDevice.goto(`${suite.server.url}/#/account`);
    await otherDevice.locator('.account-security form').first().waitFor();

    const page = await signedOut('en-US', DESKTOP);
    await page.goto(`${suite.server.url}/#/sign-in`);
    await page.getByTestId('forgot-password').waitFor();
    await shot(page, 'sign-in-en-desktop');
    await page.getByTestId('forgot-password').click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await shot(page, 'reset-request-en-desktop');
    await askForLink(page, user, { email: 'E-mail', send: 'Send the link' });
    expect(await page.getByTestId('reset-sent').textContent()).toContain(`If an account exists for ${user.user.email}`);
    await shot(page, 'reset-sent-en-desktop');

    const link = await linkFromInbox(user, 1);
    await page.goto(link);
    await page.locator('input[name="new-password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm-password"]').fill(`${NEW_PASSWORD}!`);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await shot(page, 'reset-mismatch-en-desktop');
    await page.locator('input[name="confirm-password"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByTestId('reset-done').waitFor();
    await shot(page, 'reset-done-en-desktop');

    await otherDevice.reload();
    await otherDevice.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail').fill(user.user.email);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.home-page').waitFor();

    await page.goto(link);
    await page.getByTestId('reset-dead').waitFor();
    expect(await page.getByTestId('reset-dead').textContent()).toContain('already used');
    await shot(page, 'reset-used-en-desktop');
    await page.getByRole('link', { name: 'Ask for a new link' }).click();
    await page.getByTestId('reset-request').waitFor();
  });

  it('reads well in 繁體中文 on a desktop and in both languages on a phone', { timeout: 90_000 }, async () => {
    const user = await registerUser(suite.server.url, '陳大文');
    const desktop = await signedOut('zh-HK', DESKTOP);
    await desktop.goto(`${suite.server.url}/#/sign-in`);
    await desktop.getByTestId('forgot-password').click();
    await desktop.getByRole('heading', { name: '重設密碼' }).waitFor();
    await shot(desktop, 'reset-request-zh-hant-desktop');
    await askForLink(desktop, user, { email: '電郵', send: '寄出連結' });
    await shot(desktop, 'reset-sent-zh-hant-desktop');
    const link = await linkFromInbox(user, 1);
    const mail = inbox.messages.find((received) => received.to.includes(user.user.email));
    expect(mail?.parsed.subject).toBe('重設您的 Superconnector 密碼');
    await desktop.goto(link);
    await desktop.getByRole('button', { name: '設定新密碼' }).waitFor();
    await shot(desktop, 'reset-form-zh-hant-desktop');

    for (const [locale, name] of [['en-US', 'en'], ['zh-HK', 'zh-hant']] as const) {
      const phone = await signedOut(locale, PHONE);
      await phone.goto(`${suite.server.url}/#/reset`);
      await phone.getByTestId('reset-request').waitFor();
      await shot(phone, `reset-request-${name}-phone`);
      await phone.goto(link);
      await phone.locator('[data-testid="reset-password"] input[name="new-password"]').waitFor();
      await shot(phone, `reset-form-${name}-phone`);
      await phone.goto(`${suite.server.url}/#/reset/forged-link-token`);
      await phone.getByTestId('reset-dead').waitFor();
      await shot(phone, `reset-invalid-${name}-phone`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
