// The request-list link picker's choices: files by name, only answered questions, and links the
// item already holds that are no longer listed, so they can still be taken off.
import { describe, expect, it } from 'vitest';
import type { QuestionView } from '../../../shared/schemas/qa.ts';
import { chosenLinks, linkChoices } from '../../../client/src/deals/checklist/link-choices.ts';

const question = (id: string, number: number, answered: boolean) => ({ id, number, title: `Question ${number}`, answer: answered ? { body: 'yes' } : null }) as unknown as QuestionView;
const title = (q: QuestionView) => `Q${q.number} ${q.title}`;

describe('request-list link choices', () => {
  const files = [
    { id: 'f2', name: 'minutes.pdf' },
    { id: 'f1', name: 'accounts.pdf' },
  ];

  it('offers files by name and answered questions by number, each once', () => {
    const choices = linkChoices(files, [question('q2', 2, true), question('q1', 1, false), question('q3', 3, true), question('q2', 2, true)], [], title);
    expect(choices.files.map((entry) => entry.title)).toEqual(['accounts.pdf', 'minutes.pdf']);
    expect(choices.answers.map((entry) => entry.title)).toEqual(['Q2 Question 2', 'Q3 Question 3']);
  });

  it('keeps a held link that is no longer listed, and turns checked keys back into links', () => {
    const held = [{ kind: 'file' as const, id: 'gone', title: 'old.pdf' }, { kind: 'file' as const, id: 'f1', title: 'accounts.pdf' }];
    const choices = linkChoices(files, [], held, title);
    expect(choices.files.map((entry) => entry.key)).toEqual(['file:f1', 'file:f2', 'file:gone']);
    expect(chosenLinks(choices, new Set(['file:gone', 'file:f2', 'answer:nope']))).toEqual([
      { kind: 'file', id: 'f2' },
      { kind: 'file', id: 'gone' },
    ]);
  });
});
