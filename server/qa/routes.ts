// Q&A routes, mounted under /api/deals/:id/qa: the list (with the FAQ and what the reader may do),
// one question, ask, change, draft, approve, accept, send back, FAQ, internal notes, approvers, export.
import { ErrorCode } from '../../shared/protocol.ts';
import { DealIdSchema } from '../../shared/schemas/deals.ts';
import {
  ApproverBodySchema,
  AskQuestionBodySchema,
  DraftAnswerBodySchema,
  NoteBodySchema,
  QaExportQuerySchema,
  QuestionQuerySchema,
  SendBackBodySchema,
  UpdateQuestionBodySchema,
} from '../../shared/schemas/qa.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { z } from 'zod';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { QaExporter } from './qa-export.ts';
import type { QaService } from './qa-service.ts';

const FaqBodySchema = z.strictObject({ faq: z.boolean() });

export function qaRoutes(service: QaService, exporter: QaExporter): ApiRouter {
  const router = new ApiRouter({ tag: 'qa', mergeParams: true });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);
  const ids = (params: Record<string, string>) => ({ dealId: dealIdOf(params), questionId: parseInput(RecordIdSchema, params.questionId) });

  router.get('/', { summary: "The deal's questions I may see, the FAQ, and what I may do", auth: 'session', params: { id: DealIdSchema }, query: QuestionQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.list(user, dealIdOf(req.params), parseInput(QuestionQuerySchema, req.query)));
  });

  router.get('/export', { summary: "Export the Q&A (CSV or Markdown)", auth: 'session', params: { id: DealIdSchema }, query: QaExportQuerySchema, produces: 'text/csv', errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const file = await exporter.export(user, dealIdOf(req.params), parseInput(QaExportQuerySchema, req.query));
    res.type(file.type).attachment(file.name).send(file.body);
  });

  router.post('/', { summary: "Ask a question", auth: 'session', params: { id: DealIdSchema }, body: AskQuestionBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.ask(user, dealIdOf(req.params), parseInput(AskQuestionBodySchema, req.body)));
  });

  router.put('/approvers/:userId', { summary: "Make a member an answer approver, or not (owners)", auth: 'session', params: { userId: RecordIdSchema, id: DealIdSchema }, body: ApproverBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { approver } = parseInput(ApproverBodySchema, req.body);
    res.json(await service.setApprover(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.userId), approver));
  });

  router.get('/:questionId', { summary: "One question with its answer and notes", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.get(user, dealId, questionId));
  });

  router.patch('/:questionId', { summary: "Change a question: assignee, due day, priority, text", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, body: UpdateQuestionBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.update(user, dealId, questionId, parseInput(UpdateQuestionBodySchema, req.body)));
  });

  router.put('/:questionId/draft', { summary: "Draft the answer", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, body: DraftAnswerBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.draft(user, dealId, questionId, parseInput(DraftAnswerBodySchema, req.body)));
  });

  router.post('/:questionId/approve', { summary: "Approve and release the answer (approvers)", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.approve(user, dealId, questionId));
  });

  router.post('/:questionId/accept', { summary: "Accept the answer (the asking side)", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.accept(user, dealId, questionId));
  });

  router.post('/:questionId/send-back', { summary: "Send the answer back with a reason", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, body: SendBackBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.sendBack(user, dealId, questionId, parseInput(SendBackBodySchema, req.body).reason));
  });

  router.put('/:questionId/faq', { summary: "Put an answered question in the FAQ, or take it out", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, body: FaqBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.promote(user, dealId, questionId, parseInput(FaqBodySchema, req.body).faq));
  });

  router.post('/:questionId/notes', { summary: "Add an internal note (my side only)", auth: 'session', params: { questionId: RecordIdSchema, id: DealIdSchema }, body: NoteBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.status(201).json(await service.note(user, dealId, questionId, parseInput(NoteBodySchema, req.body).body));
  });

  return router;
}
