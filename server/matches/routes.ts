// Match routes: the inbox, one match and its history, the workflow commands, my organisations'
// outreach allowance, and a listing's ranked matches. Reasons come in `?lang=`, else the Accept-Language, else English.
import { ErrorCode } from '../../shared/protocol.ts';
import type { Request } from 'express';
import {
  ListingMatchesQuerySchema,
  MatchActionBodySchema,
  MatchInboxQuerySchema,
  MatchLangQuerySchema,
  SnoozeMatchBodySchema,
} from '../../shared/schemas/matches.ts';
import { DeclineMatchBodySchema } from '../../shared/schemas/match-trust.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { MatchService } from './match-service.ts';
import { pickLang } from './viewer-lang.ts';

function langOf(req: Request, explicit: Lang | undefined): Lang {
  return pickLang(explicit, req.get('accept-language'));
}

export function matchRoutes(service: MatchService): ApiRouter {
  const router = new ApiRouter({ tag: 'matches' });

  router.get('/', { summary: "My match inbox, filtered and paged", auth: 'session', query: MatchInboxQuerySchema }, async (req, res) => {
    const { user } = requireAuth(res);
    const query = parseInput(MatchInboxQuerySchema, req.query);
    res.json(await service.inbox(user, { ...query, lang: langOf(req, query.lang) }));
  });

  router.get('/outreach', { summary: "My organisations' weekly outreach allowance", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ outreach: await service.outreach(user) });
  });

  router.get('/:id', { summary: "One match with its explanation", auth: 'session', params: { id: RecordIdSchema }, query: MatchLangQuerySchema, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const { lang } = parseInput(MatchLangQuerySchema, req.query);
    res.json(await service.get(user, id, langOf(req, lang)));
  });

  router.get('/:id/activity', { summary: "A match's history", auth: 'session', params: { id: RecordIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ activity: await service.activity(user, parseInput(RecordIdSchema, req.params.id)) });
  });

  router.post('/:id/interest', { summary: "Say my organisation is interested", auth: 'session', params: { id: RecordIdSchema }, query: MatchLangQuerySchema, body: MatchActionBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict, ErrorCode.OutreachLimited] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const { orgId } = parseInput(MatchActionBodySchema, req.body ?? {});
    const { lang } = parseInput(MatchLangQuerySchema, req.query);
    res.json(await service.interest(user, id, orgId, langOf(req, lang)));
  });

  router.post('/:id/decline', { summary: "Decline a match, with an optional reason", auth: 'session', params: { id: RecordIdSchema }, query: MatchLangQuerySchema, body: DeclineMatchBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const { orgId, reason } = parseInput(DeclineMatchBodySchema, req.body ?? {});
    const { lang } = parseInput(MatchLangQuerySchema, req.query);
    res.json(await service.decline(user, id, orgId, reason, langOf(req, lang)));
  });

  router.post('/:id/snooze', { summary: "Snooze a match for some days", auth: 'session', params: { id: RecordIdSchema }, query: MatchLangQuerySchema, body: SnoozeMatchBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const { days, orgId } = parseInput(SnoozeMatchBodySchema, req.body);
    const { lang } = parseInput(MatchLangQuerySchema, req.query);
    res.json(await service.snooze(user, id, days, orgId, langOf(req, lang)));
  });

  router.post('/:id/introduce', { summary: "Introduce both sides of a mutual match", auth: 'session', params: { id: RecordIdSchema }, query: MatchLangQuerySchema, body: MatchActionBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const { orgId } = parseInput(MatchActionBodySchema, req.body ?? {});
    const { lang } = parseInput(MatchLangQuerySchema, req.query);
    res.json(await service.introduce(user, id, orgId, langOf(req, lang)));
  });

  return router;
}

/** `GET /api/listings/:id/matches`, mounted beside the listing routes. */
export function listingMatchRoutes(service: MatchService): ApiRouter {
  const router = new ApiRouter({ tag: 'matches' });
  router.get('/:id/matches', { summary: "A listing's ranked matches", auth: 'session', params: { id: RecordIdSchema }, query: ListingMatchesQuerySchema, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const query = parseInput(ListingMatchesQuerySchema, req.query);
    const lang = langOf(req, query.lang);
    res.json({ matches: await service.forListing(user, id, { limit: query.limit, minScore: query.minScore, lang }) });
  });
  return router;
}
