// Request-list REST helpers over the two-sided Q&A world (owner and adviser on side A, two parties
// on side B, a side-less adviser, a manager and an outsider).
import type { ChecklistResponse, ChecklistView } from '../../shared/schemas/checklist.ts';
import type { TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { call } from '../deals/deal-helpers.ts';

export function checklistPath(dealId: string, rest = ''): string {
  return `/api/deals/${dealId}/checklist${rest}`;
}

export function checklistCall(server: TestServer, user: TestUser | null, method: string, dealId: string, rest = '', body?: unknown) {
  return call<ChecklistResponse & { error?: string; message?: string; details?: { path: string }[] }>(server.url, user, method, checklistPath(dealId, rest), body);
}

/** Starts the deal's list as `user` (its type's template); the list as they see it. */
export async function startChecklist(server: TestServer, user: TestUser, dealId: string, template?: string): Promise<ChecklistView> {
  const response = await checklistCall(server, user, 'POST', dealId, '', template ? { template } : {});
  if (response.status !== 201 || !response.body.checklist) throw new Error(`start failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.checklist;
}

export async function readChecklist(server: TestServer, user: TestUser, dealId: string): Promise<ChecklistView> {
  const response = await checklistCall(server, user, 'GET', dealId);
  if (response.status !== 200 || !response.body.checklist) throw new Error(`read failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.checklist;
}
