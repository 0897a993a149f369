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

/** One message's text before it is laid out: a subject, paragraphs and the one button. */
export interface Worded {
  subject: string;
  paragraphs: string[];
  action: string;
}

export interface MailCatalogue {
  invitation(words: InvitationWords): Worded;
  'password-reset'(words: ResetWords): Worded;
  'password-changed'(words: PasswordChangedWords): Worded;
  roles: Record<string, string>;
  /** The line before the unsubscribe link, naming the kind it switches off. */
  unsubscribe: Record<MailKind, string>;
  unsubscribeAction: string;
  /** Why the reader got the message, at the foot of every one. */
  footer: string;
}
