// Meeting routes. Proposing and listing hang off their scope: /api/deals/:id/meetings and
// /api/matches/:id/meetings; one meeting's reads and changes live under /api/meetings/:meetingId
// (accept, reschedule, cancel, calendar.ics), and /api/meetings/upcoming is the caller's own list.
import { ErrorCode } from '../../shared/protocol.ts';
import { AcceptSlotBodySchema, ProposeMeetingBodySchema, RescheduleMeetingBodySchema, type MeetingScope } from '../../shared/schemas/meetings.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { MeetingService } from './meeting-service.ts';

/** Mounted at `/:id/meetings` under a deal or a match; `scopeOf` names the scope from `:id`. */
export function scopedMeetingRoutes(service: MeetingService, scopeOf: (id: string) => MeetingScope): ApiRouter {
  const router = new ApiRouter({ tag: 'meetings', mergeParams: true });
  const scope = (params: Record<string, string>) => scopeOf(parseInput(RecordIdSchema, params.id));

  router.get('/', { summary: "Meetings of this deal or match", auth: 'session', params: { id: RecordIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.listFor(user, scope(req.params)));
  });

  router.post('/', { summary: "Propose a meeting: up to five slots, a duration, a video link or a place", auth: 'session', params: { id: RecordIdSchema }, body: ProposeMeetingBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.propose(user, scope(req.params), parseInput(ProposeMeetingBodySchema, req.body)));
  });

  return router;
}

/** Mounted at /api/meetings. */
export function meetingRoutes(service: MeetingService): ApiRouter {
  const router = new ApiRouter({ tag: 'meetings' });
  const idOf = (params: Record<string, string>) => parseInput(RecordIdSchema, params.meetingId);

  router.get('/upcoming', { summary: "My upcoming meetings", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.upcoming(user));
  });

  router.get('/:meetingId', { summary: "One meeting", auth: 'session', params: { meetingId: RecordIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, idOf(req.params)));
  });

  router.get('/:meetingId/calendar.ics', { summary: "The meeting as an iCalendar file", auth: 'session', params: { meetingId: RecordIdSchema }, produces: 'text/calendar', errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const file = await service.calendar(user, idOf(req.params));
    res.type(file.type).attachment(file.name).send(file.body);
  });

  router.post('/:meetingId/accept', { summary: "Accept one proposed slot (the others are released)", auth: 'session', params: { meetingId: RecordIdSchema }, body: AcceptSlotBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.accept(user, idOf(req.params), parseInput(AcceptSlotBodySchema, req.body).slotId));
  });

  router.post('/:meetingId/reschedule', { summary: "Reschedule: propose new slots", auth: 'session', params: { meetingId: RecordIdSchema }, body: RescheduleMeetingBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.reschedule(user, idOf(req.params), parseInput(RescheduleMeetingBodySchema, req.body)));
  });

  router.post('/:meetingId/cancel', { summary: "Cancel the meeting", auth: 'session', params: { meetingId: RecordIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.cancel(user, idOf(req.params)));
  });

  return router;
}
