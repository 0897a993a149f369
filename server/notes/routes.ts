// Note routes: list, read one, create, rename, share, unshare.
import { Router } from 'express';
import { EmailSchema } from '../../shared/schemas/auth.ts';
import {
  CreateNoteBodySchema,
  NoteIdSchema,
  RenameNoteBodySchema,
  ShareNoteBodySchema,
} from '../../shared/schemas/notes.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { NoteService } from './note-service.ts';

export function noteRoutes(service: NoteService): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ notes: await service.list(user) });
  });

  router.post('/', async (req, res) => {
    const { user } = requireAuth(res);
    const body = parseInput(CreateNoteBodySchema, req.body ?? {});
    res.status(201).json(await service.create(user, body.title));
  });

  router.get('/:id', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, parseInput(NoteIdSchema, req.params.id)));
  });

  router.patch('/:id', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(NoteIdSchema, req.params.id);
    const body = parseInput(RenameNoteBodySchema, req.body);
    res.json(await service.rename(user, id, body.title));
  });

  router.post('/:id/shares', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(NoteIdSchema, req.params.id);
    const share = parseInput(ShareNoteBodySchema, req.body);
    res.json(await service.share(user, id, share));
  });

  router.delete('/:id/shares/:email', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(NoteIdSchema, req.params.id);
    const email = parseInput(EmailSchema, req.params.email);
    res.json(await service.unshare(user, id, email));
  });

  return router;
}
