// The due-diligence request list through REST and Socket.IO on a real server: started from the
// deal type's template, edited by the owner and parties, ticked by an item's assignee; progress
// pushed to the room and fed into the deal's progress and the manager's dashboard; links only to
// files and answers the member may see in this deal; outsiders 404, managers read-only.
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../../shared/checklist/index.ts';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { ChecklistChanged } from '../../shared/schemas/checklist.ts';
import type { DashboardView } from '../../shared/schemas/dashboard.ts';
import type { DealProgressEvent } from '../../shared/schemas/pipeline.ts';
import type { QuestionView } from '../../shared/schemas/qa.ts';
import { bearer } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, openDeal, record } from '../deals/deal-helpers.ts';
import { createFolder, pdfBytes, uploadFile } from '../dataroom/dataroom-world.ts';
import { askB, qaPath, useQaWorld } from '../qa/qa-world.ts';
import { checklistCall, readChecklist, startChecklist } from './checklist-world.ts';

describe('due-diligence request list', () => {
  const ctx = useQaWorld();
  const dealId = () => ctx.world.deal.id;

  it('starts from the deal type’s template once, read by every member, refused to outsiders and managers', async () => {
    const { owner, manager, outsider, partyB } = ctx.world;
    expect((await checklistCall(ctx.server, owner, 'GET', dealId())).body).toEqual({ checklist: null });
    expect((await checklistCall(ctx.server, outsider, 'GET', dealId())).status).toBe(404);
    expect((await checklistCall(ctx.server, outsider, 'POST', dealId(), '', {})).status).toBe(404);
    expect((await checklistCall(ctx.server, manager, 'POST', dealId(), '', {})).status).toBe(403);
    expect((await checklistCall(ctx.server, owner, 'POST', dealId(), '', { template: 'spaceship' })).status).toBe(400);

    const list = await startChecklist(ctx.server, owner, dealId());
    const plan = templatePlan('supply');
    expect(list.template).toBe('supply');
    expect(list.sections.map((section) => section.template)).toEqual(plan.map((section) => section.key));
    expect(list.items.map((item) => item.template)).toEqual(plan.flatMap((section) => section.itemKeys));
    expect(list.items.every((item) => item.status === 'open' && item.text === null)).toBe(true);
    expect(list.progress).toEqual({ total: list.items.length, done: 0, overdue: 0 });
    expect(list.canEdit).toBe(true);
    expect((await checklistCall(ctx.server, partyB, 'POST', dealId(), '', {})).status).toBe(409);

    const seenByManager = await readChecklist(ctx.server, manager, dealId());
    expect(seenByManager.canEdit).toBe(false);
    expect(seenByManager.items).toHaveLength(list.items.length);
    expect((await checklistCall(ctx.server, outsider, 'GET', dealId())).status).toBe(404);
    const [first] = list.items;
    expect((await checklistCall(ctx.server, manager, 'PATCH', dealId(), `/items/${first.id}`, { status: 'done' })).status).toBe(403);
    expect((await checklistCall(ctx.server, manager, 'POST', dealId(), '/sections', { title: 'Mine' })).status).toBe(403);
    expect((await checklistCall(ctx.server, outsider, 'PATCH', dealId(), `/items/${first.id}`, { status: 'done' })).status).toBe(404);
  });

  it('edits sections and items, counts progress without n/a items, flags overdue ones, and pushes it all live', async () => {
    const { owner, manager, partyB, adviserA, drifter } = ctx.world;
    const changes = record(await ctx.peers.socket(manager, dealId()), 'deal:checklist-changed');
    const progress = record(await ctx.peers.socket(manager, dealId()), 'deal:progress-updated');
    const dashboard = await ctx.peers.socket(manager);
    const rows = record(dashboard, 'dashboard:deal-updated');
    await dashboard.emitWithAck('dashboard:watch');

    const added = await checklistCall(ctx.server, partyB, 'POST', dealId(), '/sections', { title: 'Drone fleet records' });
    expect(added.status).toBe(201);
    const section = added.body.checklist?.sections.at(-1);
    expect(section).toMatchObject({ template: null, text: 'Drone fleet records' });
    const item = await checklistCall(ctx.server, owner, 'POST', dealId(), '/items', { sectionId: section?.id, text: 'Flight logs for every airframe', ownerId: adviserA.user.id, due: '2020-01-31' });
    expect(item.status).toBe(201);
    const logs = item.body.checklist?.items.find((entry) => entry.text === 'Flight logs for every airframe');
    expect(logs).toMatchObject({ sectionId: section?.id, owner: { id: adviserA.user.id, name: 'Ada Adviser' }, due: '2020-01-31', overdue: true, status: 'open' });
    const total = item.body.checklist?.progress.total ?? 0;
    expect(item.body.checklist?.progress.overdue).toBe(1);

    // The adviser it is assigned to ticks it but may not rewrite it; another adviser may not touch it.
    expect((await checklistCall(ctx.server, adviserA, 'PATCH', dealId(), `/items/${logs?.id}`, { text: 'Nothing' })).status).toBe(403);
    expect((await checklistCall(ctx.server, drifter, 'PATCH', dealId(), `/items/${logs?.id}`, { status: 'done' })).status).toBe(403);
    const ticked = await checklistCall(ctx.server, adviserA, 'PATCH', dealId(), `/items/${logs?.id}`, { status: 'done' });
    expect(ticked.status).toBe(200);
    expect(ticked.body.checklist?.progress).toEqual({ total, done: 1, overdue: 0 });

    const [skip] = ticked.body.checklist?.items ?? [];
    const skipped = await checklistCall(ctx.server, owner, 'PATCH', dealId(), `/items/${skip.id}`, { status: 'not-applicable' });
    expect(skipped.body.checklist?.progress).toEqual({ total: total - 1, done: 1, overdue: 0 });

    await waitFor(() => changes.some((event: ChecklistChanged) => event.progress.done === 1 && event.progress.total === total - 1), 'the room to hear the new progress');
    await waitFor(() => progress.some((event: DealProgressEvent) => event.progress.checklist.done === 1 && event.progress.checklist.total === total - 1), 'the deal’s progress to follow');
    await waitFor(() => rows.some((event) => event.row.id === dealId() && event.row.progress.checklist.done === 1), 'the dashboard row to follow live');
    const view = (await call<DashboardView>(ctx.server.url, manager, 'GET', '/api/dashboard')).body;
    expect(view.rows.find((row) => row.id === dealId())?.progress.checklist).toEqual({ total: total - 1, done: 1, overdue: 0 });
    const csv = await (await fetch(`${ctx.server.url}/api/dashboard.csv`, { headers: bearer(manager) })).text();
    expect(csv.split('\n')[0]).toContain('requests done,requests counted,requests overdue');

    // Reorder: the new item moves to the top of its section; a section with items is not removed.
    expect((await checklistCall(ctx.server, owner, 'DELETE', dealId(), `/sections/${section?.id}`)).status).toBe(409);
    const second = await checklistCall(ctx.server, owner, 'POST', dealId(), '/items', { sectionId: section?.id, text: 'Maintenance records' });
    const maintenance = second.body.checklist?.items.find((entry) => entry.text === 'Maintenance records');
    const moved = await checklistCall(ctx.server, owner, 'PATCH', dealId(), `/items/${maintenance?.id}`, { position: 0 });
    expect(moved.body.checklist?.items.filter((entry) => entry.sectionId === section?.id).map((entry) => entry.text)).toEqual(['Maintenance records', 'Flight logs for every airframe']);
    for (const id of [maintenance?.id, logs?.id]) expect((await checklistCall(ctx.server, owner, 'DELETE', dealId(), `/items/${id}`)).status).toBe(200);
    const emptied = await checklistCall(ctx.server, owner, 'DELETE', dealId(), `/sections/${section?.id}`);
    expect(emptied.body.checklist?.sections.some((entry) => entry.id === section?.id)).toBe(false);

    const trail = (await call<ActivityPage>(ctx.server.url, manager, 'GET', `/api/deals/${dealId()}/activity?pageSize=100`)).body.activity;
    const actions = trail.map((entry) => entry.action);
    for (const action of ['checklist.started', 'checklist.section-added', 'checklist.item-added', 'checklist.item-status', 'checklist.item-removed', 'checklist.section-removed']) expect(actions).toContain(action);
    expect(trail.find((entry) => entry.action === 'checklist.item-status')).toMatchObject({ after: { status: 'not-applicable', template: skip.template } });
  });

  it('rewords a template item into the member’s text, which then reads the same in every language', async () => {
    const { owner } = ctx.world;
    const list = await readChecklist(ctx.server, owner, dealId());
    const target = list.items[1];
    const edited = await checklistCall(ctx.server, owner, 'PATCH', dealId(), `/items/${target.id}`, { text: '營業執照副本 (certified copy)' });
    expect(edited.body.checklist?.items.find((entry) => entry.id === target.id)).toMatchObject({ template: null, text: '營業執照副本 (certified copy)' });
    const zh = await (await fetch(`${ctx.server.url}/api/deals/${dealId()}/export.md?lang=zh-Hans`, { headers: bearer(owner) })).text();
    expect(zh).toContain('## 尽职调查清单');
    expect(zh).toContain('營業執照副本 (certified copy)');
    expect(zh).toContain('### 质量、检测及认证');
  });

  it('links items only to files and answers the member may see in this deal', async () => {
    const { owner, partyB, orgA } = ctx.world;
    const list = await readChecklist(ctx.server, owner, dealId());
    const [item] = list.items;
    const open = (await createFolder(ctx.server, owner, dealId(), { name: 'Shared' })).body;
    const sideA = (await createFolder(ctx.server, owner, dealId(), { name: 'Maker only', access: { view: [{ kind: 'org', orgId: orgA }], download: [], upload: [{ kind: 'org', orgId: orgA }] } })).body;
    const shared = (await uploadFile(ctx.server, owner, dealId(), { folderId: open.id, name: 'accounts-2023.pdf' }, pdfBytes())).body;
    const hidden = (await uploadFile(ctx.server, owner, dealId(), { folderId: sideA.id, name: 'board-minutes.pdf' }, pdfBytes())).body;
    const otherDeal = await openDeal(ctx.server, owner, { title: 'Another deal' });
    const otherFolder = (await createFolder(ctx.server, owner, otherDeal.id, { name: 'Elsewhere' })).body;
    const foreign = (await uploadFile(ctx.server, owner, otherDeal.id, { folderId: otherFolder.id, name: 'foreign.pdf' }, pdfBytes())).body;

    const unanswered = await askB(ctx.server, ctx.world);
    const answered = await askB(ctx.server, ctx.world, { title: 'Who audits you?' });
    await call(ctx.server.url, ctx.world.colleagueB, 'PUT', qaPath(ctx.world, `/${answered.id}/draft`), { body: 'KPMG.' });
    await call(ctx.server.url, partyB, 'PUT', qaPath(ctx.world, `/approvers/${partyB.user.id}`), { approver: true });
    expect((await call<QuestionView>(ctx.server.url, partyB, 'POST', qaPath(ctx.world, `/${answered.id}/approve`))).body.status).toBe('answered');

    const link = (body: unknown, user = owner) => checklistCall(ctx.server, user, 'PATCH', dealId(), `/items/${item.id}`, body);
    for (const bad of [{ kind: 'file', id: foreign.id }, { kind: 'file', id: 'no-such-file' }, { kind: 'answer', id: unanswered.id }]) {
      const refused = await link({ links: [bad] });
      expect(refused.status).toBe(400);
      expect(refused.body.details?.[0].path).toBe('links.0');
    }
    expect((await link({ links: [{ kind: 'file', id: hidden.id }] }, partyB)).status).toBe(400);

    const linked = await link({ links: [{ kind: 'file', id: shared.id }, { kind: 'file', id: hidden.id }, { kind: 'answer', id: answered.id }] });
    expect(linked.status).toBe(200);
    expect(linked.body.checklist?.items[0].links.map((entry) => entry.title)).toEqual(['accounts-2023.pdf', 'board-minutes.pdf', `Q${answered.number} Who audits you?`]);

    // Side B never learns of the maker-only file, and replacing the links leaves it in place.
    const seenByB = await readChecklist(ctx.server, partyB, dealId());
    expect(seenByB.items[0].links.map((entry) => entry.id)).toEqual([shared.id, answered.id]);
    const exportB = await (await fetch(`${ctx.server.url}/api/deals/${dealId()}/export.md`, { headers: bearer(partyB) })).text();
    expect(exportB).toContain('accounts-2023.pdf');
    expect(exportB).not.toContain('board-minutes');
    const replaced = await link({ links: [{ kind: 'answer', id: answered.id }] }, partyB);
    expect(replaced.body.checklist?.items[0].links.map((entry) => entry.id)).toEqual([answered.id]);
    expect((await readChecklist(ctx.server, owner, dealId())).items[0].links.map((entry) => entry.id)).toEqual([answered.id, hidden.id]);
  });

  it('answers bad input with 400 and names the field', async () => {
    const { owner, manager } = ctx.world;
    const [item] = (await readChecklist(ctx.server, owner, dealId())).items;
    const cases: [string, string, unknown, string][] = [
      ['PATCH', `/items/${item.id}`, { status: 'finished' }, 'status'],
      ['PATCH', `/items/${item.id}`, { due: '2025-02-30' }, 'due'],
      ['PATCH', `/items/${item.id}`, {}, ''],
      ['PATCH', `/items/${item.id}`, { ownerId: manager.user.id }, 'ownerId'],
      ['POST', '/items', { sectionId: 'missing', text: 'x' }, ''],
      ['POST', '/sections', { title: '   ' }, 'title'],
    ];
    for (const [method, rest, body, field] of cases) {
      const response = await checklistCall(ctx.server, owner, method, dealId(), rest, body);
      expect(response.status, `${method} ${rest} ${JSON.stringify(body)}`).toBe(field === '' && method === 'POST' ? 404 : 400);
      if (field) expect(response.body.details?.map((detail) => detail.path)).toContain(field);
    }
    expect((await checklistCall(ctx.server, owner, 'PATCH', dealId(), '/items/nope', { status: 'done' })).status).toBe(404);
  });
});
