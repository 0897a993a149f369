// Questions and answers of a deal room (due-diligence Q&A): one side asks the other, the answering
// side drafts and approves, the asker accepts or sends back; request schemas and the shapes the API
// and Socket.IO events carry. Drafts and internal notes never reach the other side.
import { z } from 'zod';
import { SECTION_KEY_PATTERN } from '../deal-docs.ts';
import { labels, type Labels } from '../taxonomy/index.ts';
import { TermIdSchema } from './deals.ts';
import { RecordIdSchema } from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

export const QA_CATEGORIES = [
  { code: 'financial', labels: labels('Financial', '財務', '财务') },
  { code: 'legal', labels: labels('Legal', '法律', '法律') },
  { code: 'commercial', labels: labels('Commercial', '商業', '商业') },
  { code: 'technical', labels: labels('Technical', '技術', '技术') },
  { code: 'regulatory', labels: labels('Regulatory', '監管', '监管') },
  { code: 'hr', labels: labels('HR', '人力資源', '人力资源') },
  { code: 'esg', labels: labels('ESG', 'ESG', 'ESG') },
  { code: 'tax', labels: labels('Tax', '稅務', '税务') },
  { code: 'ip', labels: labels('Intellectual property', '知識產權', '知识产权') },
  { code: 'other', labels: labels('Other', '其他', '其他') },
] as const satisfies readonly { code: string; labels: Labels }[];
export type QaCategory = (typeof QA_CATEGORIES)[number]['code'];
export const QA_CATEGORY_CODES = QA_CATEGORIES.map((entry) => entry.code) as [QaCategory, ...QaCategory[]];

export const QA_PRIORITIES = ['low', 'normal', 'high'] as const;
export type QaPriority = (typeof QA_PRIORITIES)[number];

/**
 * open → drafted (the answering side saved a draft) → answered (its approver approved) → closed
 * (the asker accepted); the asker may send an answer back, which makes it open again.
 */
export const QA_STATUSES = ['open', 'drafted', 'answered', 'closed'] as const;
export type QaStatus = (typeof QA_STATUSES)[number];

export const QUESTION_TITLE_MAX = 200;
export const QA_TEXT_MAX = 10_000;
export const QA_CITATIONS_MAX = 20;

/** A question may point at a data-room file, a dossier section or a board term. */
export const QaAnchorSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('file'), fileId: RecordIdSchema }),
  z.strictObject({ type: z.literal('section'), section: z.string().regex(SECTION_KEY_PATTERN, 'Not a valid section key') }),
  z.strictObject({ type: z.literal('term'), termId: TermIdSchema }),
]);
export type QaAnchor = z.infer<typeof QaAnchorSchema>;

const textSchema = (what: string, max: number) =>
  visibleText(z.string().trim().min(1, `Write the ${what.toLowerCase()} first`).max(max, `${what} is at most ${max.toLocaleString('en')} characters`), what);

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const DueDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A due date is YYYY-MM-DD')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), { message: 'That day does not exist' });

/** `toOrgId` may be left out when the deal has one other side. */
export const AskQuestionBodySchema = z.strictObject({
  title: textSchema('The title', QUESTION_TITLE_MAX),
  body: textSchema('The question', QA_TEXT_MAX).or(z.literal('')).default(''),
  category: z.enum(QA_CATEGORY_CODES, { message: `The category is one of: ${QA_CATEGORY_CODES.join(', ')}` }),
  priority: z.enum(QA_PRIORITIES, { message: 'The priority is low, normal or high' }).default('normal'),
  dueDate: DueDateSchema.nullable().default(null),
  toOrgId: RecordIdSchema.optional(),
  assigneeId: RecordIdSchema.nullable().default(null),
  anchor: QaAnchorSchema.nullable().default(null),
});
export type AskQuestionBody = z.infer<typeof AskQuestionBodySchema>;

/** The answering side changes who answers, the asking side the priority or due date. */
export const UpdateQuestionBodySchema = z
  .strictObject({ assigneeId: RecordIdSchema.nullable().optional(), priority: z.enum(QA_PRIORITIES).optional(), dueDate: DueDateSchema.nullable().optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateQuestionBody = z.infer<typeof UpdateQuestionBodySchema>;

const FileIdsSchema = z.array(RecordIdSchema).max(QA_CITATIONS_MAX, `At most ${QA_CITATIONS_MAX} cited files`).default([]);

export const DraftAnswerBodySchema = z.strictObject({ body: textSchema('The answer', QA_TEXT_MAX), fileIds: FileIdsSchema });
export type DraftAnswerBody = z.infer<typeof DraftAnswerBodySchema>;

export const SendBackBodySchema = z.strictObject({ reason: textSchema('The reason', 2000) });
export const NoteBodySchema = z.strictObject({ body: textSchema('The note', QA_TEXT_MAX) });
export const ApproverBodySchema = z.strictObject({ approver: z.boolean() });

export const QuestionQuerySchema = z.object({
  status: z.enum(QA_STATUSES).optional(),
  category: z.enum(QA_CATEGORY_CODES).optional(),
  mine: z.enum(['0', '1']).optional(),
  overdue: z.enum(['0', '1']).optional(),
});
export type QuestionQuery = z.infer<typeof QuestionQuerySchema>;

export const QaExportQuerySchema = z.object({ format: z.enum(['csv', 'md']).default('md'), lang: z.enum(['en', 'zh-Hant', 'zh-Hans']).optional() });

export interface QaPerson {
  id: string;
  name: string;
}

export interface QaAnswerView {
  body: string;
  fileIds: string[];
  /** Who wrote it (the answering side's member) and who approved it. */
  draftedBy: QaPerson;
  approvedBy: QaPerson | null;
  at: string;
}

export interface QaNoteView {
  id: string;
  author: QaPerson;
  body: string;
  at: string;
}

/**
 * A question as one reader may see it. `draft` and `notes` are only ever filled for the reader's
 * own side; to the asking side a drafted question reads `open`.
 */
export interface QuestionView {
  id: string;
  dealId: string;
  number: number;
  askingOrgId: string;
  answeringOrgId: string;
  askedBy: QaPerson;
  title: string;
  body: string;
  category: QaCategory;
  priority: QaPriority;
  dueDate: string | null;
  overdue: boolean;
  assignee: QaPerson | null;
  anchor: QaAnchor | null;
  status: QaStatus;
  /** The approved answer; null until approved. */
  answer: QaAnswerView | null;
  /** The answering side's unapproved draft (only to that side). */
  draft: QaAnswerView | null;
  sentBack: { reason: string; by: QaPerson; at: string } | null;
  faq: boolean;
  /** The reader's side's internal notes on this question. */
  notes: QaNoteView[];
  createdAt: string;
  updatedAt: string;
}

/** What the reader may do in the deal's Q&A, so the client shows the right buttons. */
export interface QaAbilities {
  /** The side the reader acts for (party organisation, or the side an adviser advises); null = FAQ only or manager. */
  side: string | null;
  /** Questions beyond the FAQ (a side, or a manager). */
  read: boolean;
  ask: boolean;
  /** Sides the reader approves answers for. */
  approves: boolean;
  /** Whether the reader may designate approvers for their side. */
  designate: boolean;
}

export interface QaListView {
  questions: QuestionView[];
  faq: QuestionView[];
  can: QaAbilities;
  approvers: { userId: string; orgId: string }[];
}

/** `qa:question-updated`, to each member as they may see it. */
export interface QuestionPushed {
  dealId: string;
  question: QuestionView;
}

/** Words for statuses and priorities, for the export (the client has its own catalogue entries). */
export const QA_STATUS_LABELS: Record<QaStatus, Labels> = {
  open: labels('Open', '待回答', '待回答'),
  drafted: labels('Drafted', '已草擬', '已草拟'),
  answered: labels('Answered', '已回答', '已回答'),
  closed: labels('Closed', '已結案', '已结案'),
};

export const QA_PRIORITY_LABELS: Record<QaPriority, Labels> = {
  low: labels('Low', '低', '低'),
  normal: labels('Normal', '一般', '一般'),
  high: labels('High', '高', '高'),
};
