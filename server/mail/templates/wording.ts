// The words of every e-mail, one catalogue per language; `render.ts` puts them into the message.
import type { MailKind } from '../../../shared/schemas/mail.ts';

/** What an invitation message says it is for. */
export interface InvitationWords {
  inviterName: string;
  targetKind: 'org' | 'deal';
  targetTitle: string;
  role: string;
  /** The date the link stops working, already formatted for the reader. */
  expires: string;
}

export interface ResetWords {
  /** The account holder's name, as they gave it. */
  name: string;
  expires: string;
}

export interface PasswordChangedWords {
  name: string;
  /** When the password changed, already formatted for the reader. */
  changed: string;
}

/** A meeting's facts, already formatted for the reader (times in their own zone). */
export interface MeetingWords {
  title: string;
  /** Start, in the reader's language and zone, naming the zone. */
  when: string;
  minutes: number;
  location: string;
  organiserName: string;
}

/** What happened to the meeting the invitation is about. */
export type MeetingChange = 'confirmed' | 'withdrawn' | 'cancelled';

/** How long before the start a meeting reminder goes out. */
export type MeetingLead = '24h' | '1h';

/** A board term or a Q&A question due soon, for the people responsible. */
export interface DueWords {
  dealTitle: string;
  /** The term's title, or "Q7 <title>" for a question. */
  itemTitle: string;
  /** The due date in the reader's language. */
  due: string;
}

/** A block of news under a heading, each line with the app page (hash route) it leads to. */
export interface Section {
  heading: string;
  items: { text: string; page: string }[];
}

/** One message's text before it is laid out: a subject, paragraphs, sections of news and the one button. */
export interface Worded {
  subject: string;
  paragraphs: string[];
  sections?: Section[];
  action: string;
}

export interface MailCatalogue {
  invitation(words: InvitationWords): Worded;
  'password-reset'(words: ResetWords): Worded;
  'password-changed'(words: PasswordChangedWords): Worded;
  'meeting-invitation'(words: MeetingWords & { change: MeetingChange }): Worded;
  'meeting-reminder'(words: MeetingWords & { lead: MeetingLead }): Worded;
  'term-reminder'(words: DueWords): Worded;
  'question-reminder'(words: DueWords): Worded;
  roles: Record<string, string>;
  /** The line before the unsubscribe link, naming the kind it switches off. */
  unsubscribe: Record<MailKind, string>;
  unsubscribeAction: string;
  /** Why the reader got the message, at the foot of every one. */
  footer: string;
}
