// What a request can link to, as the picker offers it: the data-room files I may see and the
// questions whose answer was approved (the server refuses any other), plus whatever the item
// already links that is no longer listed, so that link can still be taken off.
import type { ChecklistLink, ChecklistLinkKind, ChecklistLinkView } from '../../../../shared/schemas/checklist.ts';
import type { QuestionView } from '../../../../shared/schemas/qa.ts';

export interface LinkChoice {
  key: string;
  link: ChecklistLink;
  title: string;
}

export interface LinkChoices {
  files: LinkChoice[];
  answers: LinkChoice[];
}

export const linkKey = (link: ChecklistLink): string => `${link.kind}:${link.id}`;

const choice = (kind: ChecklistLinkKind, id: string, title: string): LinkChoice => ({ key: `${kind}:${id}`, link: { kind, id }, title });

/** The choices, files by name and answers by number; `questionTitle` words a question for me. */
export function linkChoices(
  files: readonly { id: string; name: string }[],
  questions: readonly QuestionView[],
  held: readonly ChecklistLinkView[],
  questionTitle: (question: QuestionView) => string,
): LinkChoices {
  const answered = new Map(questions.filter((question) => question.answer).map((question) => [question.id, question]));
  const fileChoices = [...files].sort((a, b) => a.name.localeCompare(b.name)).map((file) => choice('file', file.id, file.name));
  const answerChoices = [...answered.values()].sort((a, b) => a.number - b.number).map((question) => choice('answer', question.id, questionTitle(question)));
  const listed = new Set([...fileChoices, ...answerChoices].map((entry) => entry.key));
  const unlisted = held.filter((link) => !listed.has(linkKey(link))).map((link) => choice(link.kind, link.id, link.title));
  return {
    files: [...fileChoices, ...unlisted.filter((entry) => entry.link.kind === 'file')],
    answers: [...answerChoices, ...unlisted.filter((entry) => entry.link.kind === 'answer')],
  };
}

/** The links the checked keys stand for, in the order the choices list them. */
export function chosenLinks(choices: LinkChoices, checked: ReadonlySet<string>): ChecklistLink[] {
  return [...choices.files, ...choices.answers].filter((entry) => checked.has(entry.key)).map((entry) => entry.link);
}
