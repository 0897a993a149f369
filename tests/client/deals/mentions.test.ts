// @mentions in comments: what is being typed at the caret, the members it could mean, inserting
// one as `@e-mail`, and showing resolved mentions by name.
import { describe, expect, it } from 'vitest';
import { bodyParts, bodyToSend, insertMention, mentionCandidates, mentionQueryAt } from '../../../client/src/deals/comments/mentions.ts';

const MEMBERS = [
  { name: 'Alice Wong', email: 'alice@pearl-river.example' },
  { name: 'Bob Li', email: 'bob@harbour-testing.example' },
  { name: '陳大文', email: 'chan@law.example' },
];

describe('mentions', () => {
  it('finds the "@word" just before the caret, at the start of a word only', () => {
    expect(mentionQueryAt('Please check @Ali', 17)).toEqual({ start: 13, text: 'ali' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, text: '' });
    expect(mentionQueryAt('請@陳', 3)).toBeNull();
    expect(mentionQueryAt('請 @陳', 4)).toEqual({ start: 2, text: '陳' });
    expect(mentionQueryAt('mail bob@harbour', 16)).toBeNull();
    expect(mentionQueryAt('@Alice Wong said', 16)).toBeNull();
  });

  it('offers members whose name or e-mail contains the typed text', () => {
    expect(mentionCandidates(MEMBERS, 'li').map((member) => member.name)).toEqual(['Alice Wong', 'Bob Li']);
    expect(mentionCandidates(MEMBERS, '陳').map((member) => member.email)).toEqual(['chan@law.example']);
    expect(mentionCandidates(MEMBERS, '', 2)).toHaveLength(2);
  });

  it('replaces the typed text with the member’s name and puts the caret after it', () => {
    const value = 'Agreed, @bo what do you think?';
    const query = mentionQueryAt(value, 11);
    if (!query) throw new Error('no query');
    expect(insertMention(value, query, 11, 'Bob Li')).toEqual({ value: 'Agreed, @Bob Li  what do you think?', caret: 16 });
  });

  it('sends the names picked as e-mails, longer names first, and leaves typed e-mails alone', () => {
    const picked = [
      { name: 'Li', email: 'li@a.example' },
      { name: 'Li Wei', email: 'wei@b.example' },
    ];
    expect(bodyToSend('@Li Wei and @Li, see @x@c.example', picked)).toBe('@wei@b.example and @li@a.example, see @x@c.example');
  });

  it('shows only mentions the server resolved, by name, and leaves other text alone', () => {
    const alice = { id: 'u1', name: 'Alice Wong', email: 'alice@pearl-river.example' };
    expect(bodyParts('Ask @alice@pearl-river.example and @nobody@else.example.', [alice])).toEqual([
      { kind: 'text', text: 'Ask ' },
      { kind: 'mention', person: alice },
      { kind: 'text', text: ' and @nobody@else.example.' },
    ]);
  });
});
