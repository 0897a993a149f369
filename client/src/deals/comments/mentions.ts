// @mentions in comment text: the "@word" being typed at the caret, inserting a member as `@Name`
// (people see names, never e-mails), turning the names picked back into `@e-mail` (the form the
// server reads from the body) when sending, and splitting a body into plain text and mentions of
// known people for display.
import type { CommentAuthor } from '../../../../shared/schemas/comments.ts';

export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  /** What follows the `@` up to the caret, lower-cased. */
  text: string;
}

/** The mention being typed just before the caret, if any: `@` at a word start, no spaces yet. */
export function mentionQueryAt(value: string, caret: number): MentionQuery | null {
  const found = /(^|[\s(（，。、])@([^\s@]*)$/u.exec(value.slice(0, caret));
  if (!found) return null;
  return { start: caret - found[2].length - 1, text: found[2].toLowerCase() };
}

export interface MentionCandidate {
  name: string;
  email: string;
}

/** Members whose name or e-mail contains the typed text, at most `limit`. */
export function mentionCandidates<T extends MentionCandidate>(members: readonly T[], query: string, limit = 6): T[] {
  return members.filter((member) => member.name.toLowerCase().includes(query) || member.email.toLowerCase().includes(query)).slice(0, limit);
}

/** The text with the query replaced by `@Name `, and where the caret goes after it. */
export function insertMention(value: string, query: MentionQuery, caret: number, name: string): { value: string; caret: number } {
  const inserted = `@${name} `;
  return { value: value.slice(0, query.start) + inserted + value.slice(caret), caret: query.start + inserted.length };
}

/**
 * The body to send: each `@Name` of a person picked is written `@e-mail` (longer names first, so
 * "@Li Wei" is not taken for "@Li"); e-mails typed by hand stay as they are.
 */
export function bodyToSend(text: string, picked: readonly MentionCandidate[]): string {
  const byLength = [...picked].sort((a, b) => b.name.length - a.name.length);
  return byLength.reduce((body, person) => body.split(`@${person.name}`).join(`@${person.email}`), text);
}

export type BodyPart = { kind: 'text'; text: string } | { kind: 'mention'; person: CommentAuthor };

/** A comment body as text and mentions; only `@e-mail`s of people the server resolved count. */
export function bodyParts(body: string, mentions: readonly CommentAuthor[]): BodyPart[] {
  const byEmail = new Map(mentions.map((person) => [person.email.toLowerCase(), person]));
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(/@([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})/g)) {
    const person = byEmail.get(match[1].toLowerCase());
    if (!person || match.index === undefined) continue;
    if (match.index > last) parts.push({ kind: 'text', text: body.slice(last, match.index) });
    parts.push({ kind: 'mention', person });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}
