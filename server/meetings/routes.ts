// Meeting routes. Proposing and listing hang off their scope: /api/deals/:id/meetings and
// /api/matches/:id/meetings; one meeting's reads and changes live under /api/meetings/:meetingId
// (accept, reschedule, cancel, calendar.ics), and /api/meetings/upcoming is the caller's own list.
import { Router } from 'express';
import { AcceptSlotBodySchema, ProposeMeetingBodySchema, RescheduleMeetingBodySchema, type MeetingScope } from '../../shared/schemas/meetings.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { MeetingService } from './meeting-service.ts';

/** Mounted at `/:id/meetings` under a deal or a match; `scopeOf` names the scope from `:id`. */
export function scopedMeetingRoutes(service: MeetingService, scopeOf: (id: string) => MeetingScope): Router {
  const router = Router({ mergeParams: true });
  const scope = (params: Record<string, string>) => scopeOf(parseInput(RecordIdSchema, params.id));

  router.get('/', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.listFor(user, scope(req.params)));
  });

  router.post('/', async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.propose(user, scope(req.params), parseInput(ProposeMeetingBodySchema, req.body)));
  });

  return router;
}

/** Mounted at /api/meetings. */
export function meetingRoutes(service: MeetingService): Router {
  const router = Router();
  const idOf = (params: Record<string, string>) => parseInput(RecordIdSchema, params.meetingId);

  router.get('/upcoming', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.upcoming(user));
  });

  router.get('/:meetingId', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, idOf(req.params)));
  });

  router.get('/:meetingId/calendar.ics', async (req, res) => {
    const { user } = requireAuth(res);
    const file = await service.calendar(user, idOf(req.params));
    res.type(file.type).attachment(file.name).send(file.body);
  });

  router.post('/:meetingId/accept', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.accept(user, idOf(req.params), parseInput(AcceptSlotBodySchema, req.body).slotId));
  });

  router.post('/:meetingId/reschedule', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.reschedule(user, idOf(req.params), parseInput(RescheduleMeetingBodySchema, req.body)));
  });

  router.post('/:meetingId/cancel', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.cancel(user, idOf(req.params)));
  });

  return router;
}
