// REST calls for a deal's comment threads: list, open (on a dossier range or a term), reply,
// resolve and reopen.
import type { CommentAnchor, ThreadView } from '../../../../shared/schemas/comments.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { dealPath } from '../deals-api.ts';

const threadsPath = (dealId: string) => `${dealPath(dealId)}/comments`;

export interface NewComment {
  body: string;
  /** E-mails of the members to notify. */
  mentions: string[];
}

export async function listThreads(api: ApiClient, dealId: string): Promise<ThreadView[]> {
  return (await api.get<{ threads: ThreadView[] }>(threadsPath(dealId))).threads;
}

export function openThread(api: ApiClient, dealId: string, anchor: CommentAnchor, comment: NewComment): Promise<ThreadView> {
  return api.post<ThreadView>(threadsPath(dealId), { anchor, ...comment });
}

export function replyToThread(api: ApiClient, dealId: string, threadId: string, comment: NewComment): Promise<ThreadView> {
  return api.post<ThreadView>(`${threadsPath(dealId)}/${encodeURIComponent(threadId)}/replies`, comment);
}

export function setThreadResolved(api: ApiClient, dealId: string, threadId: string, resolved: boolean): Promise<ThreadView> {
  return api.post<ThreadView>(`${threadsPath(dealId)}/${encodeURIComponent(threadId)}/${resolved ? 'resolve' : 'reopen'}`);
}
