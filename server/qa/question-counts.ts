// How many questions of each deal still wait for an answer, and how many of those are overdue:
// the managers' dashboard shows them per deal (no titles, no drafts: counts only).
import type { QuestionCounts } from '../../shared/schemas/dashboard.ts';
import { dayOf, isOverdue } from './question-flow.ts';
import type { QuestionRecord, QuestionRepository } from './question-repository.ts';

export function countQuestions(questions: readonly Pick<QuestionRecord, 'dealId' | 'status' | 'dueDate'>[], today: string): Map<string, QuestionCounts> {
  const counts = new Map<string, QuestionCounts>();
  for (const question of questions) {
    if (question.status !== 'open' && question.status !== 'drafted') continue;
    const count = counts.get(question.dealId) ?? { open: 0, overdue: 0 };
    count.open += 1;
    if (isOverdue(question, today)) count.overdue += 1;
    counts.set(question.dealId, count);
  }
  return counts;
}

/** The counts of the given deals (every deal when null), as of `now`. */
export async function questionCountsOf(questions: QuestionRepository, dealIds: readonly string[] | null, now: Date): Promise<Map<string, QuestionCounts>> {
  return countQuestions(await questions.questionsOfMany(dealIds), dayOf(now));
}
