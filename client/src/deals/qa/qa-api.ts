// REST calls for a deal's Q&A: the list (with the FAQ and what I may do), ask, reassign, draft,
// approve, accept, send back, FAQ, internal notes and approvers; the export's address.
import type { AskQuestionBody, QaListView, QuestionView } from '../../../../shared/schemas/qa.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { dealPath } from '../deals-api.ts';

const qaPath = (dealId: string) => `${dealPath(dealId)}/qa`;
const questionPath = (dealId: string, questionId: string) => `${qaPath(dealId)}/${encodeURIComponent(questionId)}`;

export type NewQuestion = Partial<AskQuestionBody> & Pick<AskQuestionBody, 'title' | 'category'>;

export function listQuestions(api: ApiClient, dealId: string): Promise<QaListView> {
  return api.get<QaListView>(qaPath(dealId));
}

export function askQuestion(api: ApiClient, dealId: string, body: NewQuestion): Promise<QuestionView> {
  return api.post<QuestionView>(qaPath(dealId), body);
}

export function saveDraft(api: ApiClient, dealId: string, questionId: string, body: string, fileIds: string[] = []): Promise<QuestionView> {
  return api.put<QuestionView>(`${questionPath(dealId, questionId)}/draft`, { body, fileIds });
}

/** The steps that take no input: approve (answering side), accept (asking side). */
export function takeStep(api: ApiClient, dealId: string, questionId: string, step: 'approve' | 'accept'): Promise<QuestionView> {
  return api.post<QuestionView>(`${questionPath(dealId, questionId)}/${step}`);
}

export function sendBack(api: ApiClient, dealId: string, questionId: string, reason: string): Promise<QuestionView> {
  return api.post<QuestionView>(`${questionPath(dealId, questionId)}/send-back`, { reason });
}

/** The answering side hands the question to one of its members (null: nobody). */
export function reassign(api: ApiClient, dealId: string, questionId: string, assigneeId: string | null): Promise<QuestionView> {
  return api.patch<QuestionView>(questionPath(dealId, questionId), { assigneeId });
}

export function setFaq(api: ApiClient, dealId: string, questionId: string, faq: boolean): Promise<QuestionView> {
  return api.put<QuestionView>(`${questionPath(dealId, questionId)}/faq`, { faq });
}

export function addNote(api: ApiClient, dealId: string, questionId: string, body: string): Promise<QuestionView> {
  return api.post<QuestionView>(`${questionPath(dealId, questionId)}/notes`, { body });
}

export function setApprover(api: ApiClient, dealId: string, userId: string, approver: boolean): Promise<QaListView> {
  return api.put<QaListView>(`${qaPath(dealId)}/approvers/${encodeURIComponent(userId)}`, { approver });
}

export function exportHref(dealId: string, format: 'md' | 'csv', lang: string): string {
  return `/api${qaPath(dealId)}/export?format=${format}&lang=${encodeURIComponent(lang)}`;
}
