// Q&A routes, mounted under /api/deals/:id/qa: the list (with the FAQ and what the reader may do),
// one question, ask, change, draft, approve, accept, send back, FAQ, internal notes, approvers, export.
import { Router } from 'express';
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
import { parseInput } from '../http/index.ts';
import type { QaExporter } from './qa-export.ts';
import type { QaService } from './qa-service.ts';

const FaqBodySchema = z.strictObject({ faq: z.boolean() });

export function qaRoutes(service: QaService, exporter: QaExporter): Router {
  const router = Router({ mergeParams: true });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);
  const ids = (params: Record<string, string>) => ({ dealId: dealIdOf(params), questionId: parseInput(RecordIdSchema, params.questionId) });

  router.get('/', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.list(user, dealIdOf(req.params), parseInput(QuestionQuerySchema, req.query)));
  });

  router.get('/export', async (req, res) => {
    const { user } = requireAuth(res);
    const file = await exporter.export(user, dealIdOf(req.params), parseInput(QaExportQuerySchema, req.query));
    res.type(file.type).attachment(file.name).send(file.body);
  });

  router.post('/', async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.ask(user, dealIdOf(req.params), parseInput(AskQuestionBodySchema, req.body)));
  });

  router.put('/approvers/:userId', async (req, res) => {
    const { user } = requireAuth(res);
    const { approver } = parseInput(ApproverBodySchema, req.body);
    res.json(await service.setApprover(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.userId), approver));
  });

  router.get('/:questionId', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.get(user, dealId, questionId));
  });

  router.patch('/:questionId', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.update(user, dealId, questionId, parseInput(UpdateQuestionBodySchema, req.body)));
  });

  router.put('/:questionId/draft', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.draft(user, dealId, questionId, parseInput(DraftAnswerBodySchema, req.body)));
  });

  router.post('/:questionId/approve', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.approve(user, dealId, questionId));
  });

  router.post('/:questionId/accept', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.accept(user, dealId, questionId));
  });

  router.post('/:questionId/send-back', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.sendBack(user, dealId, questionId, parseInput(SendBackBodySchema, req.body).reason));
  });

  router.put('/:questionId/faq', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.json(await service.promote(user, dealId, questionId, parseInput(FaqBodySchema, req.body).faq));
  });

  router.post('/:questionId/notes', async (req, res) => {
    const { user } = requireAuth(res);
    const { dealId, questionId } = ids(req.params);
    res.status(201).json(await service.note(user, dealId, questionId, parseInput(NoteBodySchema, req.body).body));
  });

  return router;
}
