// Meetings in real Chromium across time zones: Alice in Hong Kong (profile and browser
// Asia/Hong_Kong) proposes 09:30 her time in the deal room; Bob in London (Europe/London, on a
// phone, in 繁體中文) sees the same slot at London time, accepts it, and Alice's screen turns to
// confirmed live; the .ics Bob downloads holds the right UTC start. Screenshots: the empty tab,
// a refused past time, both screens, and Home's upcoming meetings.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bearer, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { setUpDeal } from './deal-steps.ts';

if (skipBrowserTests) console.warn(`[browser] meetings suite ${SKIP_REASON}`);

/** A page whose browser runs in `timezoneId`, signed in as `user`. */
async function openInZone(browser: Browser, server: TestServer, user: TestUser, look: { timezoneId: string; locale: string; viewport: { width: number; height: number } }): Promise<Page> {
  const context = await browser.newContext(look);
  const [name, value] = user.cookie.split('=');
  await context.addCookies([{ name, value, url: server.url }]);
  return context.newPage();
}

/** `YYYY-MM-DD` of the day `days` from now. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const hourIn = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe.skipIf(skipBrowserTests)(`meetings in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-meet');

  it('a meeting proposed in Hong Kong and accepted in London shows each person’s local time, and the .ics the UTC one', async () => {
    const cast = await setUpDeal(suite.server);
    await call(suite.server.url, cast.alice, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' });
    await call(suite.server.url, cast.bob, 'PUT', '/api/auth/time-zone', { timeZone: 'Europe/London' });
    const alice = await openInZone(suite.browser, suite.server, cast.alice, { timezoneId: 'Asia/Hong_Kong', locale: 'en-US', viewport: DESKTOP });
    const bob = await openInZone(suite.browser, suite.server, cast.bob, { timezoneId: 'Europe/London', locale: 'zh-HK', viewport: PHONE });
    const meetingsTab = `${suite.server.url}/#/deals/${cast.deal.id}/meetings`;

    await alice.goto(meetingsTab);
    await alice.locator('.meetings-view[data-ready="true"] .empty-state').waitFor();
    await suite.shot(alice, 'meetings-empty-en-desktop');
    const form = alice.locator('[data-testid="propose-meeting"]');
    await form.locator('input[name="title"]').fill('Certification plan');
    await form.locator('[data-testid="slot-input"]').fill(`${dayAhead(-1)}T09:30`);
    await form.locator('input[name="url"]').fill('https://meet.example/drones');
    await form.locator('button[type="submit"]').click();
    await form.locator('.error, [role="alert"]').first().waitFor();
    expect(await form.textContent()).toContain('in the past');
    await suite.shot(alice, 'meetings-past-refused-en-desktop');

    const day = dayAhead(10);
    await form.locator('[data-testid="slot-input"]').fill(`${day}T09:30`);
    await form.locator('button[type="submit"]').click();
    const aliceSlot = alice.locator('[data-testid="meeting"] [data-testid="slot-time"]');
    await aliceSlot.waitFor();
    expect(await aliceSlot.textContent()).toContain('09:30');
    const utcStart = await alice.locator('[data-testid="meeting"] .slot').getAttribute('data-start');
    expect(utcStart).toBe(new Date(`${day}T01:30:00Z`).toISOString());

    await bob.goto(meetingsTab);
    const bobSlot = bob.locator('[data-testid="meeting"] [data-testid="slot-time"]');
    await bobSlot.waitFor();
    expect(await bobSlot.textContent()).toContain(hourIn(utcStart ?? '', 'Europe/London'));
    await suite.shot(bob, 'meetings-proposed-zh-hant-phone', { fullPage: true });
    await bob.locator('[data-testid="accept-slot"]').click();
    await bob.locator('[data-testid="meeting"][data-status="confirmed"]').waitFor();
    await alice.locator('[data-testid="meeting"][data-status="confirmed"] [data-testid="meeting-ics"]').waitFor();
    expect(await aliceSlot.textContent()).toContain('09:30');
    await suite.shot(alice, 'meetings-confirmed-en-desktop');
    await suite.shot(bob, 'meetings-confirmed-zh-hant-phone', { fullPage: true });

    const meetingId = (await call<{ id: string }[]>(suite.server.url, cast.bob, 'GET', `/api/deals/${cast.deal.id}/meetings`)).body[0]?.id;
    const ics = await (await fetch(`${suite.server.url}/api/meetings/${meetingId}/calendar.ics`, { headers: bearer(cast.bob) })).text();
    expect(ics).toContain(`DTSTART:${day.replaceAll('-', '')}T013000Z`);
    expect(ics).toContain('METHOD:REQUEST');

    await bob.goto(`${suite.server.url}/#/`);
    const upcoming = bob.locator('[data-testid="upcoming-meetings"] [data-testid="upcoming-time"]');
    await upcoming.waitFor();
    expect(await upcoming.textContent()).toContain(hourIn(utcStart ?? '', 'Europe/London'));
    await suite.shot(bob, 'home-upcoming-zh-hant-phone', { fullPage: true });
  });
});
