// Meeting reminders on the servers' clock, through a real SMTP server: 24 h and 1 h before the
// start, to every participant, once each — across a restart on the same data and with a second
// instance sweeping the same store — and never for a meeting cancelled in the meantime.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { qaPath } from '../qa/qa-world.ts';
import { api, HOUR, MAIL_WAIT_MS, received, startReminderWorld, VIDEO, type ReminderWorld } from './reminder-world.ts';

describe('meeting reminders', () => {
  let ctx: ReminderWorld;
  let servers: TestServer[] = [];
  beforeAll(async () => {
    ctx = await startReminderWorld();
    servers = [ctx.server];
  });
  afterAll(async () => {
    const [main, ...others] = servers;
    for (const other of others) await other.close({ keepStore: true });
    await main.close();
    await ctx.close();
  });

  async function confirmed(server: TestServer, title: string, start: number): Promise<string> {
    const { owner, partyB } = ctx.world;
    const meeting = (await api(server, owner, 'POST', `/api/deals/${ctx.world.deal.id}/meetings`, { title, slots: [{ start: new Date(start).toISOString(), minutes: 30 }], location: VIDEO })).body;
    expect((await api(server, partyB, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: meeting.slots[0].id })).body.status).toBe('confirmed');
    return meeting.id;
  }

  const reminders = (email: string, title: string, lead: '24h' | '1h') =>
    received(ctx.inbox, email, (subject) => subject === `${lead === '1h' ? 'In 1 hour' : 'Within 24 hours'}: ${title}`);
  const everyone = (title: string, lead: '24h' | '1h') => ctx.members.every((member) => reminders(member.user.email, title, lead).length > 0);

  it('reminds 24 h and 1 h before, once each across a restart and two instances, and not after a cancel', async () => {
    const start = ctx.clock.now + 72 * HOUR;
    await confirmed(ctx.server, 'Factory visit', start);
    const calledOff = await confirmed(ctx.server, 'Called-off review', start + HOUR / 2);
    expect((await api(ctx.server, ctx.world.owner, 'POST', `/api/meetings/${calledOff}/cancel`)).body.status).toBe('cancelled');

    ctx.clock.now = start - 23 * HOUR;
    await waitFor(() => everyone('Factory visit', '24h'), 'every participant’s 24 h reminder', MAIL_WAIT_MS);
    const mail = reminders(ctx.world.owner.user.email, 'Factory visit', '24h')[0];
    expect(mail.parsed.text).toContain('http://superconnector.test/#/meetings/');
    expect(mail.parsed.text).toContain('within the next 24 hours');

    // Restart on the same data, and a second instance sweeping the same store, both still in the 24 h window.
    await ctx.server.close({ keepData: true });
    const restarted = await ctx.startServer({ dataDir: ctx.server.dataDir });
    servers = [restarted, await ctx.startServer({ store: restarted.store, dataDir: restarted.dataDir })];
    // A question due tomorrow is reminded by a sweep after the restart: by then the meeting was looked at again.
    const due = new Date(ctx.clock.now + 24 * HOUR).toISOString().slice(0, 10);
    const asked = await api<{ id: string }>(restarted, ctx.world.owner, 'POST', qaPath(ctx.world), { title: 'Sweep probe', category: 'financial', dueDate: due, assigneeId: ctx.world.colleagueB.user.id });
    expect(asked.status).toBe(201);
    await waitFor(() => received(ctx.inbox, ctx.world.colleagueB.user.email, (subject) => subject.includes('Sweep probe')).length > 0, 'the probe question’s reminder', MAIL_WAIT_MS);

    ctx.clock.now = start - 30 * 60_000;
    await waitFor(() => everyone('Factory visit', '1h'), 'every participant’s 1 h reminder', MAIL_WAIT_MS);
    const hour = reminders(ctx.world.partyB.user.email, 'Factory visit', '1h')[0];
    expect(hour.parsed.text).toContain('in about an hour');

    for (const member of ctx.members) {
      expect(reminders(member.user.email, 'Factory visit', '24h')).toHaveLength(1);
      expect(reminders(member.user.email, 'Factory visit', '1h')).toHaveLength(1);
      expect(received(ctx.inbox, member.user.email, (subject) => subject.includes('Called-off review') && !subject.startsWith('Meeting'))).toHaveLength(0);
    }
    expect(received(ctx.inbox, ctx.world.outsider.user.email, () => true)).toHaveLength(0);
  });
});
