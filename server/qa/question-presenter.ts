// Questions as one reader may see them, the single place Q&A visibility is decided: the answering
// side sees its own draft, each side its own internal notes, everyone else (the asking side,
// managers) the question and its approved answer only; to them a drafted question reads `open`.
import type { QaAnswerView, QaPerson, QuestionView } from '../../shared/schemas/qa.ts';
import type { UserRepository } from '../auth/index.ts';
import { isOverdue, statusSeenBy } from './question-flow.ts';
import type { AnswerRecord, QaNoteRecord, QuestionRecord } from './question-repository.ts';

/** Who reads: the side they act for (null for managers and advisers without a side). */
export interface QaReader {
  side: string | null;
}

const iso = (date: Date) => new Date(date).toISOString();

export class QuestionPresenter {
  constructor(private readonly users: UserRepository) {}

  /** `notes` are the reader's side's own (the repository reads them by side). */
  async views(questions: readonly QuestionRecord[], reader: QaReader, notes: readonly QaNoteRecord[], today: string): Promise<QuestionView[]> {
    const people = await this.people([
      ...questions.flatMap((question) => [question.askedBy, question.assigneeId, question.sentBack?.by, ...answerPeople(question.answer), ...answerPeople(question.draft)]),
      ...notes.map((note) => note.authorId),
    ]);
    const who = (id: string): QaPerson => people.get(id) ?? { id, name: 'Former user' };
    const answer = (record: AnswerRecord | null): QaAnswerView | null =>
      record && { body: record.body, fileIds: record.fileIds, draftedBy: who(record.draftedBy), approvedBy: record.approvedBy ? who(record.approvedBy) : null, at: iso(record.at) };
    return questions.map((question) => {
      const answering = reader.side !== null && reader.side === question.answeringOrgId;
      return {
        id: question._id,
        dealId: question.dealId,
        number: question.number,
        askingOrgId: question.askingOrgId,
        answeringOrgId: question.answeringOrgId,
        askedBy: who(question.askedBy),
        title: question.title,
        body: question.body,
        category: question.category,
        priority: question.priority,
        dueDate: question.dueDate,
        overdue: isOverdue(question, today),
        assignee: question.assigneeId ? who(question.assigneeId) : null,
        anchor: question.anchor,
        status: statusSeenBy(question.status, answering),
        answer: answer(question.answer),
        draft: answering ? answer(question.draft) : null,
        sentBack: question.sentBack && { reason: question.sentBack.reason, by: who(question.sentBack.by), at: iso(question.sentBack.at) },
        faq: question.faq,
        notes: reader.side === null ? [] : notes.filter((note) => note.questionId === question._id && note.orgId === reader.side).map((note) => ({ id: note._id, author: who(note.authorId), body: note.body, at: iso(note.at) })),
        createdAt: iso(question.createdAt),
        updatedAt: iso(question.updatedAt),
      };
    });
  }

  private async people(ids: readonly (string | null | undefined)[]): Promise<Map<string, QaPerson>> {
    const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
    const users = await this.users.findByIds(unique);
    return new Map(users.map((user) => [user._id, { id: user._id, name: user.name }]));
  }
}

function answerPeople(answer: AnswerRecord | null): (string | null)[] {
  return answer ? [answer.draftedBy, answer.approvedBy] : [];
}
