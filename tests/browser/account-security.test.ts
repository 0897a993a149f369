// Account security in real Chromium, one person on two devices: a wrong current password is
// refused with a message; changing the password on one device signs the other out at once (its
// open note says so and stops taking input) while this one stays signed in; "Sign out everywhere"
// ends this device's session too. Screenshots: desktop English, 390 px phone 简体中文.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNote, registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { anotherSession } from '../auth/session-clients.ts';
import { builtClientDir, launchChromium, SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { openAs } from './deal-steps.ts';

const SHOTS = path.join(os.tmpdir(), 'superconnector-account');
const NEW_PASSWORD = 'Lantau-ferry-at-dawn-7';

if (skipBrowserTests) console.warn(`[browser] account-security suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`account security${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    server = await startTestServer({ staticDir: builtClientDir() });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    console.info(`[browser] account screenshots in ${SHOTS}`);
  });

  async function device(user: TestUser, locale = 'en-US', viewport = { width: 1280, height: 860 }): Promise<Page> {
    const page = await openAs(browser, server, user, { locale, viewport });
    contexts.push(page.context());
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it('changes the password here and signs the other device out of its open note', { timeout: 60_000 }, async () => {
    const laptop = await registerUser(server.url, 'Li Wei');
    const phone = await anotherSession(server.url, laptop);
    const note = await createNote(server.url, laptop, 'Distributor shortlist');
    const onPhone = await device(phone);
    await onPhone.goto(`${server.url}/#/notes/${note.id}`);
    await onPhone.locator('.note-editor .save-indicator[data-status="saved"]').waitFor();

    const here = await device(laptop);
    await here.goto(`${server.url}/#/account`);
    await here.getByLabel('Current password').fill('not-my-password-at-all');
    await here.getByLabel('New password').fill(NEW_PASSWORD);
    await here.getByRole('button', { name: 'Change password' }).click();
    await here.getByRole('alert').first().waitFor();
    await shot(here, 'wrong-current-password-en-desktop');
    expect(await onPhone.getByTestId('collab-signed-out').count()).toBe(0);

    await here.getByLabel('Current password').fill(laptop.password);
    await here.getByRole('button', { name: 'Change password' }).click();
    await here.getByText('Password changed.').waitFor();
    await shot(here, 'password-changed-en-desktop');
    await onPhone.getByTestId('collab-signed-out').waitFor({ timeout: 5_000 });
    expect(await onPhone.locator('.note-editor .ProseMirror').getAttribute('contenteditable')).toBe('false');
    await here.reload();
    await here.getByRole('heading', { name: 'Account security' }).waitFor();

    await here.getByTestId('sign-out-everywhere').click();
    await here.getByRole('heading', { name: 'Sign in' }).waitFor();
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: laptop.cookie } });
    expect(me.status).toBe(401);
  });

  it('reads well on a phone in Simplified Chinese', { timeout: 30_000 }, async () => {
    const user = await registerUser(server.url, '王芳');
    const page = await device(user, 'zh-CN', { width: 390, height: 844 });
    await page.goto(`${server.url}/#/account`);
    await page.getByTestId('sign-out-everywhere').waitFor();
    await shot(page, 'account-zh-hans-phone');
  });
});
