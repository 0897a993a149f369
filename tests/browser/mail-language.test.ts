// In real Chromium: the meeting invitation and reminder e-mails, as written to the outbox folder,
// read well on a desktop and a phone in English and 繁體中文, their titles shown as text. Screenshots of each.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../shared/schemas/meetings.ts';
import type { TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call } from '../deals/deal-helpers.ts';
import { buildQaWorld } from '../qa/qa-world.ts';
import { browserSuite, DESKTOP, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';

const HOUR = 60 * 60_000;

if (skipBrowserTests) console.warn(`[browser] mail-language suite ${SKIP_REASON}`);

describe.skipIf(skipBrowserTests)(`meeting e-mails${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const clock = { now: Math.floor(Date.now() / HOUR) * HOUR };
  const suite = browserSuite('superconnector-reminders', { server: async () => ({ clock: () => new Date(clock.now), reminderSweepMs: 100 }) });

  async function outbox(): Promise<ParsedMail[]> {
    const dir = path.join(suite.server.dataDir, 'outbox');
    const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.eml'));
    return Promise.all(names.map(async (name) => simpleParser(await readFile(path.join(dir, name)))));
  }

  it('lays out meeting invitations and reminders readably, in English and 繁體中文', { timeout: 120_000 }, async () => {
    const world = await buildQaWorld(suite.server);
    const api = <T = MeetingView>(user: TestUser, method: string, rest: string, body?: unknown) => call<T>(suite.server.url, user, method, rest, body);
    await api(world.owner, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' });
    await api(world.partyB, 'PUT', '/api/auth/time-zone', { timeZone: 'Europe/London' });
    await api(world.partyB, 'PUT', '/api/auth/language', { lang: 'zh-Hant' });
    const start = clock.now + 72 * HOUR;
    const location = { kind: 'place', address: 'Hong Kong Science Park, Building 19W, Pak Shek Kok' };
    const meeting = (await api(world.owner, 'POST', `/api/deals/${world.deal.id}/meetings`, { title: 'Certification plan <review>', slots: [{ start: new Date(start).toISOString(), minutes: 60 }], location })).body;
    await api(world.partyB, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: meeting.slots[0].id });
    clock.now = start - 23 * HOUR;

    const wanted = {
      'invitation-en': (mail: ParsedMail) => mail.subject === 'Meeting confirmed: Certification plan <review>' && mail.to && JSON.stringify(mail.to).includes(world.owner.user.email),
      'invitation-zh-hant': (mail: ParsedMail) => mail.subject === '會議已確認：Certification plan <review>',
      'reminder-en': (mail: ParsedMail) => mail.subject === 'Within 24 hours: Certification plan <review>' && JSON.stringify(mail.to).includes(world.owner.user.email),
      'reminder-zh-hant': (mail: ParsedMail) => mail.subject === '24 小時內：Certification plan <review>',
    };
    let found: Record<string, ParsedMail | undefined> = {};
    await waitFor(async () => {
      const mails = await outbox();
      found = Object.fromEntries(Object.entries(wanted).map(([name, match]) => [name, mails.find(match)]));
      return Object.values(found).every(Boolean);
    }, 'the invitations and reminders in the outbox', 30_000);

    for (const [name, mail] of Object.entries(found)) {
      expect(mail?.html).toBeTruthy();
      expect(mail?.html).not.toContain('<review>');
      for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
        const page = await suite.browser.newPage({ viewport });
        await page.setContent(String(mail?.html), { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await suite.shot(page, `${name}-${size}`, { fullPage: true });
        await page.close();
      }
    }
  });
});
