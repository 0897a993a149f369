// Meetings in real Chromium across time zones: Alice in Hong Kong (profile and browser
// Asia/Hong_Kong) proposes 09:30 her time in the deal room; Bob in London (Europe/London, on a
// phone, in 繁體中文) sees the same slot at London time, accepts it, and Alice's screen turns to
// confirmed live; the .ics Bob downloads holds the right UTC start. Then from a mutual match:
// proposed, accepted, rescheduled, accepted again and cancelled (after a confirmation), each
// state on both screens at each person's time. Screenshots of every state at both sizes in
// English (Alice) and 繁體 (Bob).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bearer, registerUser } from '../helpers/api.ts';
import { mutualMatch } from '../deals/deal-helpers.ts';
import { call, CERTIFIER, createOrg } from '../listings/marketplace-helpers.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { setUpDeal } from './deal-steps.ts';

if (skipBrowserTests) console.warn(`[browser] meetings suite ${SKIP_REASON}`);

/** `YYYY-MM-DD` of the day `days` from now. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const hourIn = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
/** The UTC instant of a Hong Kong wall-clock time (UTC+8 all year). */
const fromHongKong = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`).toISOString();

const card = (page: Page) => page.locator('[data-testid="meeting"]');
const cardIn = (page: Page, state: string) => page.locator(`[data-testid="meeting"][data-state="${state}"]`);
const slotTimes = (page: Page) => card(page).locator('[data-testid="slot-time"]').allTextContents();

describe.skipIf(skipBrowserTests)(`meetings in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-meet');

  it('a meeting proposed in Hong Kong and accepted in London shows each person’s local time, and the .ics the UTC one', { timeout: 90_000 }, async () => {
    const cast = await setUpDeal(suite.server);
    await call(suite.server.url, cast.alice, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' });
    await call(suite.server.url, cast.bob, 'PUT', '/api/auth/time-zone', { timeZone: 'Europe/London' });
    const alice = await suite.page(cast.alice, { timezoneId: 'Asia/Hong_Kong', locale: 'en-US', viewport: DESKTOP });
    const bob = await suite.page(cast.bob, { timezoneId: 'Europe/London', locale: 'zh-HK', viewport: PHONE });
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

  it('from a mutual match: Hong Kong proposes, London accepts at London time, Hong Kong reschedules, London accepts again and cancels', { timeout: 120_000 }, async () => {
    const [alice, bob] = await Promise.all([registerUser(suite.server.url, 'Alice Chan'), registerUser(suite.server.url, 'Bob Evans')]);
    const [makerOrg, certifierOrg] = [await createOrg(suite.server.url, alice), await createOrg(suite.server.url, bob, CERTIFIER)];
    const matchId = await mutualMatch(suite.server, alice, makerOrg, bob, certifierOrg);
    await call(suite.server.url, alice, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' });
    await call(suite.server.url, bob, 'PUT', '/api/auth/time-zone', { timeZone: 'Europe/London' });
    // Both devices sit in another zone than the profile: the app must go by the profile.
    const hk = await suite.page(alice, { timezoneId: 'Europe/Paris', locale: 'en-US', viewport: DESKTOP });
    const london = await suite.page(bob, { timezoneId: 'Asia/Tokyo', locale: 'zh-HK', viewport: PHONE });
    /** The page at its size and at the other one (desktop ⇄ phone). */
    async function shots(page: Page, name: string) {
      const size = page.viewportSize();
      const [here, there] = size?.width === PHONE.width ? ['phone', 'desktop'] : ['desktop', 'phone'];
      await suite.shot(page, `${name}-${here}`, { fullPage: true });
      await page.setViewportSize(here === 'phone' ? DESKTOP : PHONE);
      await suite.shot(page, `${name}-${there}`, { fullPage: true });
      await page.setViewportSize(size ?? DESKTOP);
    }

    // From the match card to the match's meetings page, empty, in Alice's zone.
    await hk.goto(`${suite.server.url}/#/matches`);
    await hk.locator(`.match-card[data-match-id="${matchId}"] [data-testid="match-meetings"]`).click();
    await hk.locator('.match-meetings .meetings-view[data-ready="true"] .empty-state').waitFor();
    expect(await hk.locator('.match-meetings h1').textContent()).toContain('Meetings with');
    expect(await hk.locator('[data-testid="propose-meeting"] [data-testid="zone-note"]').textContent()).toContain('Asia/Hong_Kong');
    await shots(hk, 'match-meetings-empty-en');

    const [first, second, moved] = [dayAhead(10), dayAhead(11), dayAhead(12)];
    const form = hk.locator('[data-testid="propose-meeting"]');
    await form.locator('input[name="title"]').fill('First call: CE marking plan');
    await form.locator('[data-testid="slot-input"]').fill(`${first}T09:30`);
    await form.getByRole('button', { name: 'Add a time' }).click();
    await form.locator('[data-testid="slot-input"]').nth(1).fill(`${second}T16:00`);
    await form.locator('input[value="place"]').check();
    await form.locator('input[name="address"]').fill('Hong Kong Science Park, Building 19W');
    await form.locator('button[type="submit"]').click();
    await cardIn(hk, 'proposed').waitFor();
    expect(await slotTimes(hk)).toEqual([expect.stringContaining('09:30'), expect.stringContaining('16:00')]);

    // Bob, on a phone in 繁體, sees the same two times at London time and his own zone named.
    await london.goto(`${suite.server.url}/#/matches/${matchId}/meetings`);
    await cardIn(london, 'proposed').locator('[data-testid="accept-slot"]').first().waitFor();
    const londonTimes = [fromHongKong(first, '09:30'), fromHongKong(second, '16:00')].map((iso) => hourIn(iso, 'Europe/London'));
    expect(await slotTimes(london)).toEqual(londonTimes.map((time) => expect.stringContaining(time)));
    expect(await card(london).textContent()).toContain('Europe/London');
    await shots(london, 'match-meeting-proposed-zh-hant');

    await card(london).locator('[data-testid="accept-slot"]').nth(1).click();
    await cardIn(london, 'confirmed').waitFor();
    await cardIn(hk, 'confirmed').locator('[data-testid="meeting-ics"]').waitFor();
    expect(await slotTimes(hk)).toEqual([expect.stringContaining('16:00')]);
    await shots(hk, 'match-meeting-confirmed-en');
    await shots(london, 'match-meeting-confirmed-zh-hant');

    // Alice moves it to another day: both see it rescheduled, Bob at London time, with the choice again.
    await card(hk).locator('[data-testid="reschedule"]').click();
    const reschedule = hk.locator('[data-testid="reschedule-form"]');
    await reschedule.locator('[data-testid="slot-input"]').fill(`${moved}T10:00`);
    await shots(hk, 'match-meeting-rescheduling-en');
    await reschedule.locator('button[type="submit"]').click();
    await cardIn(hk, 'rescheduled').waitFor();
    expect(await slotTimes(hk)).toEqual([expect.stringContaining('10:00')]);
    await cardIn(london, 'rescheduled').locator('[data-testid="accept-slot"]').waitFor();
    expect(await slotTimes(london)).toEqual([expect.stringContaining(hourIn(fromHongKong(moved, '10:00'), 'Europe/London'))]);
    await shots(london, 'match-meeting-rescheduled-zh-hant');
    await card(london).locator('[data-testid="accept-slot"]').click();
    await cardIn(hk, 'confirmed').waitFor();

    // The meeting's page holds the notes both sides write.
    await card(london).locator('[data-testid="meeting-page-link"]').click();
    await london.locator('.meeting-page[data-ready="true"] .note-text').waitFor();
    await shots(london, 'meeting-page-zh-hant');

    // Bob cancels, after saying yes to the question; both screens show it called off, the .ics a CANCEL.
    await card(london).locator('[data-testid="cancel-meeting"]').click();
    await card(london).locator('[data-testid="confirm-cancel"]').waitFor();
    await shots(london, 'match-meeting-cancel-confirm-zh-hant');
    await card(london).locator('[data-testid="confirm-cancel"]').click();
    await cardIn(london, 'cancelled').waitFor();
    await cardIn(hk, 'cancelled').waitFor();
    expect(await card(hk).locator('[data-testid="reschedule"], [data-testid="cancel-meeting"], [data-testid="accept-slot"]').count()).toBe(0);
    const meetingId = await card(hk).getAttribute('data-meeting-id');
    const ics = await (await fetch(`${suite.server.url}/api/meetings/${meetingId}/calendar.ics`, { headers: bearer(alice) })).text();
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain(`DTSTART:${moved.replaceAll('-', '')}T020000Z`);
    await cardIn(hk, 'cancelled').locator('[data-testid="meeting-ics"]').waitFor();
    await shots(hk, 'match-meeting-cancelled-en');
    await shots(london, 'meeting-page-cancelled-zh-hant');
  });
});
