// Note routes: list, read one, create, rename, share, unshare.
import { ErrorCode } from '../../shared/protocol.ts';
import { EmailSchema } from '../../shared/schemas/auth.ts';
import {
  CreateNoteBodySchema,
  NoteIdSchema,
  RenameNoteBodySchema,
  ShareNoteBodySchema,
} from '../../shared/schemas/notes.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { NoteService } from './note-service.ts';

export function noteRoutes(service: NoteService): ApiRouter {
  const router = new ApiRouter({ tag: 'notes' });

  router.get('/', { summary: "My notes and the ones shared with me", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ notes: await service.list(user) });
  });

  router.post('/', { summary: "Create a note", auth: 'session', body: CreateNoteBodySchema, statuses: [201] }, async (req, res) => {
    const { user } = requireAuth(res);
    const body = parseInput(CreateNoteBodySchema, req.body ?? {});
    res.status(201).json(await service.create(user, body.title));
  });

  router.get('/:id', { summary: "Read a note", auth: 'session', params: { id: NoteIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, parseInput(NoteIdSchema, req.params.id)));
  });

  router.patch('/:id', { summary: "Rename a note", auth: 'session', params: { id: NoteIdSchema }, body: RenameNoteBodySchema, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(NoteIdSchema, req.params.id);
    const body = parseInput(RenameNoteBodySchema, req.body);
    res.json(await service.rename(user, id, body.title));
  });

  router.post('/:id/shares', { summary: "Share a note with a person by e-mail", auth: 'session', params: { id: NoteIdSchema }, body: ShareNoteBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(NoteIdSchema, req.params.id);
    const share = parseInput(ShareNoteBodySchema, req.body);
    res.json(await service.share(user, id, share));
  });

  router.delete('/:id/shares/:email', { summary: "Stop sharing a note with a person", auth: 'session', params: { id: NoteIdSchema, email: EmailSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(NoteIdSchema, req.params.id);
    const email = parseInput(EmailSchema, req.params.email);
    res.json(await service.unshare(user, id, email));
  });

  return router;
}
