// Every REST write endpoint with a valid body and who may send it, over the security world. The
// fuzz suite mutates these bodies; endpoints that read no body are listed for their path params;
// read endpoints are listed for their query strings.
import { randomUUID } from 'node:crypto';
import { STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { DRONE_MAKER, needFor } from '../listings/marketplace-helpers.ts';
import type { SecurityWorld } from './security-world.ts';

export interface WriteEndpoint {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  /** A body the endpoint accepts; null when it reads none. */
  body: Record<string, unknown> | null;
  as: TestUser | null;
}

/** Write endpoints that take a JSON body, each with a body that passes validation. */
export function bodyEndpoints(w: SecurityWorld): WriteEndpoint[] {
  const deal = `/api/deals/${w.deal.id}`;
  const thread = `${deal}/comments/${w.threadId}`;
  return [
    { method: 'POST', path: '/api/auth/register', body: { name: 'Mallory', email: `m-${randomUUID().slice(0, 8)}@example.com`, password: STRONG_PASSWORD }, as: null },
    { method: 'POST', path: '/api/auth/login', body: { email: w.outsider.user.email, password: STRONG_PASSWORD }, as: null },
    // An address with no account: an accepted request then writes nothing later, under another endpoint's check.
    { method: 'POST', path: '/api/auth/password-reset', body: { email: `nobody-${randomUUID().slice(0, 8)}@example.com`, lang: 'zh-Hant' }, as: null },
    { method: 'POST', path: '/api/auth/password-reset/not-a-reset-token', body: { password: 'Fuzzed-harbour-crossing-1' }, as: null },
    { method: 'POST', path: '/api/notes', body: { title: 'Shortlist' }, as: w.owner },
    { method: 'PATCH', path: `/api/notes/${w.note.id}`, body: { title: 'Renamed' }, as: w.owner },
    { method: 'POST', path: `/api/notes/${w.note.id}/shares`, body: { email: w.outsider.user.email, access: 'read' }, as: w.owner },
    { method: 'POST', path: '/api/orgs', body: { ...DRONE_MAKER, name: 'Fuzz Drones' }, as: w.outsider },
    { method: 'PATCH', path: `/api/orgs/${w.makerOrgId}`, body: { description: 'Inspection drones.' }, as: w.owner },
    { method: 'POST', path: `/api/orgs/${w.makerOrgId}/members`, body: { email: w.outsider.user.email, role: 'member' }, as: w.owner },
    { method: 'POST', path: '/api/listings', body: needFor(w.makerOrgId), as: w.owner },
    { method: 'PATCH', path: `/api/listings/${w.needId}`, body: { title: 'Seeking CE testing for drones' }, as: w.owner },
    { method: 'POST', path: `/api/matches/${w.matchId}/interest`, body: { orgId: w.makerOrgId }, as: w.owner },
    { method: 'POST', path: `/api/matches/${w.matchId}/snooze`, body: { days: 3 }, as: w.owner },
    { method: 'POST', path: `/api/matches/${w.matchId}/decline`, body: { orgId: w.makerOrgId }, as: w.owner },
    { method: 'POST', path: `/api/matches/${w.matchId}/introduce`, body: {}, as: w.owner },
    { method: 'POST', path: '/api/deals', body: { title: 'Fuzz deal', type: 'supply' }, as: w.outsider },
    { method: 'PATCH', path: deal, body: { title: 'Inspection drones, revised' }, as: w.owner },
    { method: 'POST', path: `${deal}/members`, body: { email: w.manager.user.email, role: 'manager' }, as: w.owner },
    { method: 'POST', path: `${deal}/members/${w.editor.user.id}/grant-edit`, body: { docs: ['dossier'] }, as: w.party },
    { method: 'POST', path: `${deal}/terms/${w.termId}/sign-off`, body: { orgId: w.makerOrgId }, as: w.owner },
    { method: 'POST', path: `${deal}/comments`, body: { anchor: { type: 'term', termId: w.termId }, body: 'Fuzzed?' }, as: w.adviser },
    { method: 'POST', path: `${thread}/replies`, body: { body: 'Reply', mentions: [] }, as: w.adviser },
    { method: 'PATCH', path: `${thread}/comments/${w.commentId}`, body: { body: 'Edited' }, as: w.adviser },
    { method: 'POST', path: `${deal}/versions`, body: { doc: 'dossier', name: 'Named' }, as: w.owner },
    { method: 'POST', path: `${deal}/checklist/sections`, body: { title: 'Fuzzed section' }, as: w.owner },
    { method: 'PATCH', path: `${deal}/checklist/sections/${w.checklistSectionId}`, body: { title: 'Renamed', position: 0 }, as: w.owner },
    { method: 'POST', path: `${deal}/checklist/items`, body: { sectionId: w.checklistSectionId, text: 'Fuzzed item', due: '2030-01-31' }, as: w.owner },
    { method: 'PATCH', path: `${deal}/checklist/items/${w.checklistItemId}`, body: { status: 'done', due: '2030-01-31', links: [] }, as: w.owner },
    { method: 'POST', path: `${deal}/stage/proposals`, body: { to: 'nda', note: 'NDA signed' }, as: w.party },
    { method: 'POST', path: `${deal}/stage`, body: { to: 'closed-lost', reason: 'Out of budget', note: 'Sorry' }, as: w.owner },
    { method: 'POST', path: '/api/notifications/read', body: { ids: ['no-such-notification'] }, as: w.owner },
    { method: 'PUT', path: '/api/notifications/preferences', body: { 'match.new': false }, as: w.owner },
    { method: 'PUT', path: '/api/notifications/email', body: { delivery: { 'qa.assigned': 'digest' }, digest: { type: 'weekly', weekday: 5, hour: 18 } }, as: w.owner },
  ];
}

/** Write endpoints whose input is only their path (and query); fuzzed through those. */
export function pathOnlyEndpoints(w: SecurityWorld): WriteEndpoint[] {
  const deal = `/api/deals/${w.deal.id}`;
  return [
    { method: 'DELETE', path: `/api/notes/${w.note.id}/shares/:email`, body: null, as: w.owner },
    { method: 'DELETE', path: `/api/orgs/${w.makerOrgId}/members/:id`, body: null, as: w.owner },
    { method: 'POST', path: '/api/listings/:id/withdraw', body: null, as: w.owner },
    { method: 'DELETE', path: `${deal}/members/:id`, body: null, as: w.owner },
    { method: 'DELETE', path: `${deal}/members/:id/grant-edit`, body: null, as: w.party },
    { method: 'DELETE', path: `${deal}/terms/:id/sign-off`, body: null, as: w.owner },
    { method: 'POST', path: `${deal}/comments/:id/resolve`, body: null, as: w.adviser },
    { method: 'POST', path: `${deal}/comments/:id/reopen`, body: null, as: w.adviser },
    { method: 'POST', path: `${deal}/versions/:id/restore`, body: null, as: w.owner },
    { method: 'DELETE', path: `${deal}/checklist/items/:id`, body: null, as: w.owner },
    { method: 'DELETE', path: `${deal}/checklist/sections/:id`, body: null, as: w.owner },
    { method: 'POST', path: `${deal}/stage/proposals/:id/confirm`, body: null, as: w.owner },
    { method: 'POST', path: `${deal}/stage/proposals/:id/reject`, body: null, as: w.owner },
    { method: 'POST', path: '/api/notifications/read-all', body: null, as: w.owner },
  ];
}

/** Read endpoints that take a query string, as paths without one. */
export function queryEndpoints(w: SecurityWorld): string[] {
  const deal = `/api/deals/${w.deal.id}`;
  return [
    '/api/listings',
    `/api/listings/${w.needId}/matches`,
    '/api/matches',
    `/api/matches/${w.matchId}`,
    `${deal}/comments`,
    `${deal}/versions`,
    `${deal}/history`,
    `${deal}/activity`,
    `${deal}/export.html`,
    `${deal}/export.md`,
    '/api/notifications',
    `/api/orgs/${w.makerOrgId}/activity`,
    '/api/dashboard',
    '/api/dashboard.csv',
  ];
}
