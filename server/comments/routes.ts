// Comment routes, mounted under /api/deals/:id/comments: list threads, open one, reply, edit a
// comment, resolve and reopen.
import { ErrorCode } from '../../shared/protocol.ts';
import { CreateThreadBodySchema, EditCommentBodySchema, ReplyBodySchema, ThreadQuerySchema } from '../../shared/schemas/comments.ts';
import { DealIdSchema } from '../../shared/schemas/deals.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { CommentService } from './comment-service.ts';

export function commentRoutes(service: CommentService): ApiRouter {
  const router = new ApiRouter({ tag: 'comments', mergeParams: true });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);

  router.get('/', { summary: "Comment threads of a deal document", auth: 'session', params: { id: DealIdSchema }, query: ThreadQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const query = parseInput(ThreadQuerySchema, req.query);
    res.json({ threads: await service.list(user, dealIdOf(req.params), query) });
  });

  router.post('/', { summary: "Open a thread anchored in a document", auth: 'session', params: { id: DealIdSchema }, body: CreateThreadBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.PayloadTooLarge] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.open(user, dealIdOf(req.params), parseInput(CreateThreadBodySchema, req.body)));
  });

  router.post('/:threadId/replies', { summary: "Reply in a thread", auth: 'session', params: { threadId: RecordIdSchema, id: DealIdSchema }, body: ReplyBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict, ErrorCode.PayloadTooLarge] }, async (req, res) => {
    const { user } = requireAuth(res);
    const threadId = parseInput(RecordIdSchema, req.params.threadId);
    res.status(201).json(await service.reply(user, dealIdOf(req.params), threadId, parseInput(ReplyBodySchema, req.body)));
  });

  router.patch('/:threadId/comments/:commentId', { summary: "Edit my comment", auth: 'session', params: { threadId: RecordIdSchema, commentId: RecordIdSchema, id: DealIdSchema }, body: EditCommentBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.PayloadTooLarge] }, async (req, res) => {
    const { user } = requireAuth(res);
    const threadId = parseInput(RecordIdSchema, req.params.threadId);
    const commentId = parseInput(RecordIdSchema, req.params.commentId);
    const { body } = parseInput(EditCommentBodySchema, req.body);
    res.json(await service.edit(user, dealIdOf(req.params), threadId, commentId, body));
  });

  router.post('/:threadId/resolve', { summary: "Resolve a thread", auth: 'session', params: { threadId: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.resolve(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.threadId)));
  });

  router.post('/:threadId/reopen', { summary: "Reopen a thread", auth: 'session', params: { threadId: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.reopen(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.threadId)));
  });

  return router;
}
