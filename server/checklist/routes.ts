// Request-list routes, mounted under /api/deals/:id/checklist: read, start from a template, and
// edit sections and items. Every change answers the list as the caller now sees it.
import { ErrorCode } from '../../shared/protocol.ts';
import type { Request, Response } from 'express';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { AddItemBodySchema, AddSectionBodySchema, EditItemBodySchema, EditSectionBodySchema, StartChecklistBodySchema } from '../../shared/schemas/checklist.ts';
import { DealIdSchema } from '../../shared/schemas/deals.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { ChecklistEditor } from './checklist-editor.ts';
import type { ChecklistService } from './checklist-service.ts';

export function checklistRoutes(service: ChecklistService, editor: ChecklistEditor): ApiRouter {
  const router = new ApiRouter({ tag: 'checklist', mergeParams: true });
  const dealIdOf = (params: Request['params']) => parseInput(DealIdSchema, params.id);
  const answer = async (res: Response, dealId: string, status = 200) => {
    const { user } = requireAuth(res);
    res.status(status).json({ checklist: await service.read(user, dealId) });
  };

  router.get('/', { summary: "The deal's request list as I see it", auth: 'session', params: { id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    await answer(res, dealIdOf(req.params));
  });

  router.post('/', { summary: "Start the request list, from a template or empty", auth: 'session', params: { id: DealIdSchema }, body: StartChecklistBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json({ checklist: await service.start(user, dealIdOf(req.params), parseInput(StartChecklistBodySchema, req.body ?? {})) });
  });

  /** A change by the caller, then the list as they now see it. */
  const change =
    (run: (user: PublicUser, dealId: string, req: Request) => Promise<unknown>, status = 200) =>
    async (req: Request, res: Response) => {
      const { user } = requireAuth(res);
      const dealId = dealIdOf(req.params);
      await run(user, dealId, req);
      await answer(res, dealId, status);
    };
  const sectionId = (req: Request) => parseInput(RecordIdSchema, req.params.sectionId);
  const itemId = (req: Request) => parseInput(RecordIdSchema, req.params.itemId);

  router.post('/sections', { summary: "Add a section", auth: 'session', params: { id: DealIdSchema }, body: AddSectionBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, change((user, dealId, req) => editor.addSection(user, dealId, parseInput(AddSectionBodySchema, req.body).title), 201));
  router.patch('/sections/:sectionId', { summary: "Rename or move a section", auth: 'session', params: { sectionId: RecordIdSchema, id: DealIdSchema }, body: EditSectionBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, change((user, dealId, req) => editor.editSection(user, dealId, sectionId(req), parseInput(EditSectionBodySchema, req.body))));
  router.delete('/sections/:sectionId', { summary: "Remove a section", auth: 'session', params: { sectionId: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, change((user, dealId, req) => editor.removeSection(user, dealId, sectionId(req))));
  router.post('/items', { summary: "Add an item", auth: 'session', params: { id: DealIdSchema }, body: AddItemBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, change((user, dealId, req) => editor.addItem(user, dealId, parseInput(AddItemBodySchema, req.body)), 201));
  router.patch('/items/:itemId', { summary: "Change an item: status, assignee, due day, links", auth: 'session', params: { itemId: RecordIdSchema, id: DealIdSchema }, body: EditItemBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, change((user, dealId, req) => editor.editItem(user, dealId, itemId(req), parseInput(EditItemBodySchema, req.body))));
  router.delete('/items/:itemId', { summary: "Remove an item", auth: 'session', params: { itemId: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, change((user, dealId, req) => editor.removeItem(user, dealId, itemId(req))));

  return router;
}
