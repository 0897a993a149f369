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
  expires: string;
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
  roles: Record<string, string>;
  /** The line before the unsubscribe link, naming the kind it switches off. */
  unsubscribe: Record<MailKind, string>;
  unsubscribeAction: string;
  /** Why the reader got the message, at the foot of every one. */
  footer: string;
}
