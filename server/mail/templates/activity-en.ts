// English activity wording for digests and immediate e-mails.
import type { ActivityWords } from './activity-words.ts';

const many = (count: number, one: string, more: string) => (count > 1 ? more : one);

export const activityEn: ActivityWords = {
  line: {
    'match.new': (v) => many(v.count, `New match for “${v.title}”: “${v.theirs}”`, `${v.count} new matches for “${v.title}”`),
    'match.interest': (v) => many(v.count, `${v.actor} is interested in the match for “${v.title}”`, `${v.count} expressions of interest in matches for “${v.title}”`),
    'match.mutual': (v) => many(v.count, `Mutual interest: “${v.title}” and “${v.theirs}”`, `${v.count} mutual matches for “${v.title}”`),
    'match.reminder': (v) => many(v.count, `Interest in “${v.title}” awaits your answer: “${v.theirs}”`, `${v.count} expressions of interest in “${v.title}” await your answer`),
    'match.expired': (v) => many(v.count, `Your interest in “${v.theirs}” expired without an answer`, `${v.count} of your expressions of interest for “${v.title}” expired unanswered`),
    'deal.invitation': (v) => many(v.count, `${v.actor} invited ${v.org || 'you'} to the deal “${v.title}”`, `${v.count} invitations to deals`),
    'org.invitation': (v) => many(v.count, `${v.actor} invited you to join ${v.title}`, `${v.count} invitations to organisations`),
    'comment.mention': (v) => many(v.count, `${v.actor} mentioned you: “${v.excerpt}”`, `${v.count} mentions of you`),
    'comment.reply': (v) => many(v.count, `${v.actor} replied in your thread: “${v.excerpt}”`, `${v.count} replies in your threads`),
    'term.signed': (v) => many(v.count, `Term “${v.term}” agreed by ${v.actor}`, `Term “${v.term}” agreed by ${v.count} people`),
    'term.blocked': (v) => `Term “${v.term}” is blocked`,
    'deal.stage': (v) => (v.news === 'proposed' ? `${v.actor} proposes moving the deal from ${v.from} to ${v.to}` : v.news === 'rejected' ? `The deal stays at ${v.from} instead of ${v.to}` : `Stage moved from ${v.from} to ${v.to}`),
    'term.due-soon': (v) => `Term “${v.term}” is due ${v.due}`,
    'qa.assigned': (v) => many(v.count, `A question awaits your answer: “${v.question}”`, `${v.count} questions awaiting your answer`),
    'qa.approval': (v) => many(v.count, `A draft answer to “${v.question}” awaits your approval`, `${v.count} draft answers await your approval`),
    'qa.answered': (v) => many(v.count, `“${v.question}” has an answer`, `${v.count} of your questions have answers`),
    'qa.sent-back': (v) => many(v.count, `${v.actor} sent back the answer to “${v.question}”`, `${v.count} answers were sent back`),
  },
  group: {
    deal: (title) => `Deal “${title}”`,
    listing: (title) => `Your listing “${title}”`,
    matches: () => 'Matches',
    invitations: () => 'Invitations',
  },
  someone: 'Someone',
  digest: {
    subject: (updates) => `Your Superconnector digest: ${updates} ${updates === 1 ? 'update' : 'updates'}`,
    intro: (since) => `Here is what happened since ${since} that you have not read yet.`,
    action: 'Open your notifications',
  },
  open: 'Open it in Superconnector',
};
