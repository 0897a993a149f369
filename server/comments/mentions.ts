// @mentions: people named in a comment (explicitly by e-mail or user id, or as `@e-mail` in the
// body), kept only when they are members of the deal, never the author themself.
import type { DealMemberView } from '../../shared/schemas/deals.ts';

/** The e-mail at the start of a word (CJK text or punctuation may follow it without a space). */
const LEADING_EMAIL = /^[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/;
const EMAIL_MAX = 254;

/**
 * E-mails written as `@name@example.com` in a comment body, lower-cased. Word by word and with
 * bounded length rather than one expression over the body, so a hostile comment costs little.
 */
export function mentionsInBody(body: string): string[] {
  return body
    .split(/\s+/)
    .map((word) => word.replace(/^[(（[「『"']+/u, ''))
    .filter((word) => word.startsWith('@'))
    .flatMap((word) => LEADING_EMAIL.exec(word.slice(1, EMAIL_MAX + 1))?.[0] ?? [])
    .map((email) => email.toLowerCase());
}

/** User ids of the deal members the references name (e-mail or user id), minus the author. */
export function resolveMentions(references: readonly string[], members: readonly DealMemberView[], authorId: string): string[] {
  const wanted = new Set(references.map((reference) => reference.trim().toLowerCase()));
  return members
    .filter((member) => member.userId !== authorId && (wanted.has(member.userId.toLowerCase()) || wanted.has(member.email.toLowerCase())))
    .map((member) => member.userId);
}

/** The body with each mentioned person's `@e-mail` (any case) written `@Name`, for excerpts people read. */
export function withMentionNames(body: string, people: readonly { name: string; email: string }[]): string {
  // E-mails hold word characters and `.%+-@` only (LEADING_EMAIL): `.` and `+` are the ones to escape.
  return people.reduce((text, person) => text.replace(new RegExp(`@${person.email.replace(/[.+]/g, '\\$&')}`, 'gi'), () => `@${person.name}`), body);
}
