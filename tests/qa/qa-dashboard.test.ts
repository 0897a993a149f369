// Q&A on the managers' dashboard: each deal's row counts the questions waiting for an answer and
// those past their due date (by the deal rooms' clock), live on the manager's socket, in the CSV
// too; counts only, never a title or a draft.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardRow, DashboardView } from '../../shared/schemas/dashboard.ts';
import type { QuestionView } from '../../shared/schemas/qa.ts';
import { bearer } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, record, type AppSocket } from '../deals/deal-helpers.ts';
import { watchDashboard } from '../dashboard/dashboard-helpers.ts';
import { askB, buildQaWorld, qaPath, type QaWorld } from './qa-world.ts';

const DAY_MS = 86_400_000;
const DRAFT = 'Draft only side B may read: the audit is late.';

describe('Q&A counts on the dashboard', () => {
  let shift = 0;
  let server: TestServer;
  let world: QaWorld;
  const sockets: AppSocket[] = [];
  const today = () => new Date(Date.now() + shift).toISOString().slice(0, 10);
  const tomorrow = () => new Date(Date.now() + shift + DAY_MS).toISOString().slice(0, 10);

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date(Date.now() + shift) });
    world = await buildQaWorld(server);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(() => server.close());

  const rowOf = async (): Promise<DashboardRow | undefined> =>
    (await call<DashboardView>(server.url, world.manager, 'GET', '/api/dashboard')).body.rows.find((row) => row.id === world.deal.id);
  const act = (user: QaWorld['owner'], method: string, rest: string, body?: unknown) => call<QuestionView>(server.url, user, method, qaPath(world, rest), body);

  it('counts open and overdue questions per deal, live, and drops answered ones', async () => {
    expect((await rowOf())?.questions).toEqual({ open: 0, overdue: 0 });
    const socket = await watchDashboard(server, world.manager);
    sockets.push(socket);
    const pushed = record(socket, 'dashboard:deal-updated');
    const late = await askB(server, world, { dueDate: tomorrow() });
    await askB(server, world, { title: 'Who certifies the batteries?', dueDate: null });
    await waitFor(() => pushed.some(({ row }) => row.id === world.deal.id && row.questions.open === 2), 'the manager’s row to count two open questions');

    expect((await act(world.colleagueB, 'PUT', `/${late.id}/draft`, { body: DRAFT })).status).toBe(200);
    shift = 3 * DAY_MS;
    expect(today() > late.dueDate!).toBe(true);
    const row = await rowOf();
    expect(row?.questions).toEqual({ open: 2, overdue: 1 });
    expect(JSON.stringify(row)).not.toContain(DRAFT);
    expect(JSON.stringify(pushed)).not.toContain(DRAFT);

    expect((await call(server.url, world.partyB, 'PUT', qaPath(world, `/approvers/${world.partyB.user.id}`), { approver: true })).status).toBe(200);
    expect((await act(world.partyB, 'POST', `/${late.id}/approve`)).status).toBe(200);
    await waitFor(() => pushed.some(({ row }) => row.id === world.deal.id && row.questions.open === 1 && row.questions.overdue === 0), 'the answered question to leave the counts');

    const csv = await fetch(`${server.url}/api/dashboard.csv`, { headers: bearer(world.manager) });
    const [header, line] = (await csv.text()).trim().split('\r\n');
    // The last columns: open questions, overdue questions, last activity (titles may hold commas).
    expect(header.split(',').slice(-3)).toEqual(['open questions', 'overdue questions', 'last activity']);
    expect(line.split(',').slice(-3, -1)).toEqual(['1', '0']);
    shift = 0;
  });
});
