// Q&A records of a deal room: questions (with the answering side's draft and the approved answer
// on the record, filtered per reader by question-visibility.ts), internal notes per side, and the
// members each side designated to approve its answers.
import type { QaAnchor, QaCategory, QaPriority, QaStatus } from '../../shared/schemas/qa.ts';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

export interface AnswerRecord {
  body: string;
  fileIds: string[];
  draftedBy: string;
  approvedBy: string | null;
  at: Date;
}

export interface QuestionRecord {
  _id: string;
  dealId: string;
  /** 1, 2, 3… within the deal, for people to refer to ("Q7"). */
  number: number;
  askingOrgId: string;
  answeringOrgId: string;
  askedBy: string;
  title: string;
  body: string;
  category: QaCategory;
  priority: QaPriority;
  dueDate: string | null;
  assigneeId: string | null;
  anchor: QaAnchor | null;
  status: QaStatus;
  draft: AnswerRecord | null;
  answer: AnswerRecord | null;
  sentBack: { reason: string; by: string; at: Date } | null;
  faq: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface QaNoteRecord {
  _id: string;
  dealId: string;
  questionId: string;
  /** The side whose members alone read it. */
  orgId: string;
  authorId: string;
  body: string;
  at: Date;
}

export interface QaApproverRecord {
  /** `<dealId>:<userId>`. */
  _id: string;
  dealId: string;
  userId: string;
  orgId: string;
  by: string;
  at: Date;
}

export const QA_INDEXES: IndexSpec[] = [
  { collection: 'qa_questions', fields: ['dealId'] },
  { collection: 'qa_questions', fields: ['dealId', 'number'], unique: true },
  { collection: 'qa_notes', fields: ['questionId'] },
  { collection: 'qa_approvers', fields: ['dealId'] },
];

export type QuestionChanges = Partial<Omit<QuestionRecord, '_id' | 'dealId' | 'number'>>;

export class QuestionRepository {
  constructor(private readonly store: Store) {}

  private get questions() {
    return this.store.collection<QuestionRecord>('qa_questions');
  }

  private get notes() {
    return this.store.collection<QaNoteRecord>('qa_notes');
  }

  private get approvers() {
    return this.store.collection<QaApproverRecord>('qa_approvers');
  }

  find(dealId: string, questionId: string): Promise<QuestionRecord | null> {
    return this.questions.findOne({ _id: questionId, dealId });
  }

  /** Questions still waiting for an approved answer whose due date is between the two days (YYYY-MM-DD, both included), in every deal. */
  awaitingDueBetween(first: string, last: string): Promise<QuestionRecord[]> {
    return this.questions.find({ status: { $in: ['open', 'drafted'] }, dueDate: { $gte: first, $lte: last } });
  }

  questionsOf(dealId: string): Promise<QuestionRecord[]> {
    return this.questions.find({ dealId }, { sort: { number: 1 } });
  }

  /** Questions of many deals, or of every deal when null (the dashboard's counts). */
  questionsOfMany(dealIds: readonly string[] | null): Promise<QuestionRecord[]> {
    if (dealIds?.length === 0) return Promise.resolve([]);
    return this.questions.find(dealIds ? { dealId: { $in: [...dealIds] } } : {});
  }

  /** Stores the question under the deal's next number; two askers at once retry on the unique index. */
  async insert(question: Omit<QuestionRecord, 'number'>): Promise<QuestionRecord> {
    for (let attempt = 0; ; attempt += 1) {
      const record = { ...question, number: (await this.questions.count({ dealId: question.dealId })) + 1 + attempt };
      try {
        await this.questions.insertOne(record);
        return record;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError) || attempt >= 8) throw error;
      }
    }
  }

  /** Applies the changes only while the question is still in `status`: false when someone else moved it first. */
  async updateIf(questionId: string, status: QaStatus, changes: QuestionChanges): Promise<boolean> {
    return (await this.questions.updateOne({ _id: questionId, status }, { $set: changes })) > 0;
  }

  notesOf(questionIds: readonly string[], orgId: string): Promise<QaNoteRecord[]> {
    if (questionIds.length === 0) return Promise.resolve([]);
    return this.notes.find({ questionId: { $in: [...questionIds] }, orgId }, { sort: { at: 1 } });
  }

  async insertNote(note: QaNoteRecord): Promise<void> {
    await this.notes.insertOne(note);
  }

  approversOf(dealId: string): Promise<QaApproverRecord[]> {
    return this.approvers.find({ dealId }, { sort: { at: 1 } });
  }

  async setApprover(record: QaApproverRecord, approver: boolean): Promise<void> {
    await this.approvers.deleteMany({ _id: record._id });
    if (approver) await this.approvers.insertOne(record);
  }
}
