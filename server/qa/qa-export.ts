// The Q&A log as the reader sees it (so never the other side's drafts or notes), as Markdown or
// CSV, worded in the reader's language.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { QA_CATEGORIES, QA_PRIORITY_LABELS, QA_STATUS_LABELS, type QuestionView } from '../../shared/schemas/qa.ts';
import { labels, type Lang } from '../../shared/taxonomy/index.ts';
import { escapeLines } from '../deals/index.ts';
import { csvTable } from '../http/index.ts';
import type { QaService } from './qa-service.ts';

const WORDS = {
  title: labels('Questions and answers', '問答', '问答'),
  number: labels('No.', '編號', '编号'),
  question: labels('Question', '問題', '问题'),
  details: labels('Details', '內容', '内容'),
  category: labels('Category', '類別', '类别'),
  priority: labels('Priority', '優先次序', '优先级'),
  status: labels('Status', '狀態', '状态'),
  due: labels('Due', '到期日', '到期日'),
  askedBy: labels('Asked by', '提問人', '提问人'),
  assignee: labels('Assignee', '負責人', '负责人'),
  answer: labels('Answer', '回答', '回答'),
  approvedBy: labels('Approved by', '核准人', '批准人'),
  overdue: labels('overdue', '已逾期', '已逾期'),
  none: labels('No questions yet.', '尚未有問題。', '尚未有问题。'),
};

export interface QaExportFile {
  type: string;
  name: string;
  body: string;
}

function category(view: QuestionView, lang: Lang): string {
  return QA_CATEGORIES.find((entry) => entry.code === view.category)?.labels[lang] ?? view.category;
}

export class QaExporter {
  constructor(private readonly service: QaService) {}

  async export(user: PublicUser, dealId: string, options: { format: 'csv' | 'md'; lang?: Lang }): Promise<QaExportFile> {
    const { questions } = await this.service.list(user, dealId, {});
    const lang = options.lang ?? 'en';
    if (options.format === 'csv') return { type: 'text/csv; charset=utf-8', name: `qa-${dealId}.csv`, body: csv(questions, lang) };
    return { type: 'text/markdown; charset=utf-8', name: `qa-${dealId}.md`, body: markdown(questions, lang) };
  }
}

function csv(questions: readonly QuestionView[], lang: Lang): string {
  const header = [WORDS.number, WORDS.question, WORDS.details, WORDS.category, WORDS.priority, WORDS.status, WORDS.due, WORDS.askedBy, WORDS.assignee, WORDS.answer, WORDS.approvedBy].map((word) => word[lang]);
  const rows = questions.map((view) => [
    view.number,
    view.title,
    view.body,
    category(view, lang),
    QA_PRIORITY_LABELS[view.priority][lang],
    QA_STATUS_LABELS[view.status][lang],
    view.dueDate ?? '',
    view.askedBy.name,
    view.assignee?.name ?? '',
    view.answer?.body ?? '',
    view.answer?.approvedBy?.name ?? '',
  ]);
  return csvTable(header, rows);
}

function markdown(questions: readonly QuestionView[], lang: Lang): string {
  const blocks = questions.map((view) => {
    const facts = [
      `${WORDS.category[lang]}: ${category(view, lang)}`,
      `${WORDS.priority[lang]}: ${QA_PRIORITY_LABELS[view.priority][lang]}`,
      `${WORDS.status[lang]}: ${QA_STATUS_LABELS[view.status][lang]}`,
      view.dueDate ? `${WORDS.due[lang]}: ${view.dueDate}${view.overdue ? ` (${WORDS.overdue[lang]})` : ''}` : null,
      `${WORDS.askedBy[lang]}: ${escapeLines(view.askedBy.name)}`,
    ].filter(Boolean);
    const lines = [`## Q${view.number}. ${escapeLines(view.title)}`, '', facts.join(' · '), ''];
    if (view.body) lines.push(escapeLines(view.body), '');
    if (view.answer) lines.push(`**${WORDS.answer[lang]}** (${WORDS.approvedBy[lang]}: ${escapeLines(view.answer.approvedBy?.name ?? '')})`, '', escapeLines(view.answer.body), '');
    return lines.join('\n');
  });
  return [`# ${WORDS.title[lang]}`, '', ...(blocks.length > 0 ? blocks : [WORDS.none[lang], ''])].join('\n');
}
