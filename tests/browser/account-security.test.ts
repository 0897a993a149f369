// Account security in real Chromium, one person on two devices: a wrong current password is
// refused with a message; changing the password on one device signs the other out at once (its
// open note says so and stops taking input) while this one stays signed in; "Sign out everywhere"
// ends this device's session too. Screenshots: desktop English, 390 px phone 简体中文.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createNote, registerUser, type TestUser } from '../helpers/api.ts';
import { anotherSession } from '../auth/session-clients.ts';
import { browserSuite, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

const NEW_PASSWORD = 'Lantau-ferry-at-dawn-7';

if (skipBrowserTests) console.warn(`[browser] account-security suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`account security${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('superconnector-account');
  const device = (user: TestUser, locale = 'en-US', viewport = { width: 1280, height: 860 }): Promise<Page> => suite.page(user, { locale, viewport });
  const shot = (page: Page, name: string) => suite.shot(page, name, { fullPage: true });

  it('changes the password here and signs the other device out of its open note', { timeout: 60_000 }, async () => {
    const laptop = await registerUser(suite.server.url, 'Li Wei');
    const phone = await anotherSession(suite.server.url, laptop);
    const note = await createNote(suite.server.url, laptop, 'Distributor shortlist');
    const onPhone = await device(phone);
    await onPhone.goto(`${suite.server.url}/#/notes/${note.id}`);
    await onPhone.locator('.note-editor .save-indicator[data-status="saved"]').waitFor();

    const here = await device(laptop);
    await here.goto(`${suite.server.url}/#/account`);
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
    const me = await fetch(`${suite.server.url}/api/auth/me`, { headers: { cookie: laptop.cookie } });
    expect(me.status).toBe(401);
  });

  it('reads well on a phone in Simplified Chinese', { timeout: 30_000 }, async () => {
    const user = await registerUser(suite.server.url, '王芳');
    const page = await device(user, 'zh-CN', PHONE);
    await page.goto(`${suite.server.url}/#/account`);
    await page.getByTestId('sign-out-everywhere').waitFor();
    await shot(page, 'account-zh-hans-phone');
  });
});
