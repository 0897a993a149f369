// Lays a queued message out at send time, in the recipient's language: subject, a text part and
// an escaped HTML part with the one link back to the exact page, and the unsubscribe link.
import { z } from 'zod';
import type { MailKind } from '../../../shared/schemas/mail.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import { assertNever } from '../../../shared/assert-never.ts';
import { headerSafe } from '../header-safe.ts';
import { DigestDataSchema, NotificationMailDataSchema } from './activity-data.ts';
import { wordDigest, wordNotification } from './activity-render.ts';
import { en } from './en.ts';
import { wordScheduled } from './scheduled-words.ts';
import type { MailCatalogue, Section, Worded } from './wording.ts';
import { zhHans } from './zh-hans.ts';
import { zhHant } from './zh-hant.ts';

const CATALOGUES: Record<Lang, MailCatalogue> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

const InvitationData = z.object({
  inviterName: z.string(),
  targetKind: z.enum(['org', 'deal']),
  targetTitle: z.string(),
  role: z.string(),
  expiresAt: z.string(),
});
// A greeting is one line: a line break in a name is flattened as in a header.
const GreetedName = z.string().transform((name) => headerSafe(name, 120));
const ResetData = z.object({ name: GreetedName, expiresAt: z.string() });
const PasswordChangedData = z.object({ name: GreetedName, changedAt: z.string() });

export interface MailToRender {
  kind: MailKind;
  lang: Lang;
  data: Record<string, unknown>;
  secret: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The page the message leads to. */
  link: string;
}

function formatWhen(iso: string, lang: Lang): string {
  return `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The catalogue's words for this message and the app page (hash route) it links to. */
function word(mail: MailToRender, catalogue: MailCatalogue): { worded: Worded; page: string } {
  const secret = encodeURIComponent(mail.secret ?? '');
  switch (mail.kind) {
    case 'invitation': {
      const data = InvitationData.parse(mail.data);
      const role = catalogue.roles[data.role] ?? data.role;
      const worded = catalogue.invitation({ ...data, role, expires: formatWhen(data.expiresAt, mail.lang) });
      return { worded, page: `#/invite/${secret}` };
    }
    case 'password-reset': {
      const data = ResetData.parse(mail.data);
      return { worded: catalogue['password-reset']({ name: data.name, expires: formatWhen(data.expiresAt, mail.lang) }), page: `#/reset/${secret}` };
    }
    case 'password-changed': {
      // Leads to asking for a new link: the one thing to do when it was not the reader.
      const data = PasswordChangedData.parse(mail.data);
      return { worded: catalogue['password-changed']({ name: data.name, changed: formatWhen(data.changedAt, mail.lang) }), page: '#/reset' };
    }
    case 'notification':
      return wordNotification(NotificationMailDataSchema.parse(mail.data).group, mail.lang);
    case 'digest':
      return wordDigest(DigestDataSchema.parse(mail.data), mail.lang);
    case 'meeting-invitation':
    case 'meeting-reminder':
    case 'term-reminder':
    case 'question-reminder':
      return wordScheduled(mail.kind, mail.data, mail.lang, catalogue);
    default:
      return assertNever(mail.kind);
  }
}

function sectionsText(sections: readonly Section[], base: string): string[] {
  return sections.map((section) => [section.heading, ...section.items.map((item) => `  • ${item.text}\n    ${base}/${item.page}`)].join('\n'));
}

function sectionsHtml(sections: readonly Section[], base: string): string[] {
  return sections.map(
    (section) =>
      `<h3 style="margin:1.2rem 0 0.3rem;font-size:1rem">${escapeHtml(section.heading)}</h3><ul style="margin:0;padding-left:1.2rem">` +
      section.items.map((item) => `<li><a href="${escapeHtml(`${base}/${item.page}`)}" style="color:#0b5cad">${escapeHtml(item.text)}</a></li>`).join('') +
      '</ul>',
  );
}

export function renderMail(mail: MailToRender, publicUrl: string, unsubscribeUrl: string | null): RenderedMail {
  const catalogue = CATALOGUES[mail.lang];
  const { worded, page } = word(mail, catalogue);
  const base = publicUrl.replace(/\/+$/, '');
  const link = `${base}/${page}`;
  const sections = worded.sections ?? [];
  const unsubscribe = unsubscribeUrl ? { line: catalogue.unsubscribe[mail.kind], action: catalogue.unsubscribeAction } : null;
  const text = [
    ...worded.paragraphs,
    ...sectionsText(sections, base),
    `${worded.action}: ${link}`,
    '--',
    catalogue.footer,
    ...(unsubscribe ? [`${unsubscribe.line} ${unsubscribe.action}: ${unsubscribeUrl}`] : []),
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${mail.lang}"><head><meta charset="utf-8"><title>${escapeHtml(worded.subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c2430;max-width:36rem">',
    ...worded.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...sectionsHtml(sections, base),
    `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:0.6rem 1rem;background:#0b5cad;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(worded.action)}</a></p>`,
    `<hr><p style="font-size:0.85rem;color:#5b6573">${escapeHtml(catalogue.footer)}`,
    unsubscribe ? ` ${escapeHtml(unsubscribe.line)} <a href="${escapeHtml(unsubscribeUrl ?? '')}">${escapeHtml(unsubscribe.action)}</a>` : '',
    '</p></body></html>',
  ].join('');
  return { subject: headerSafe(worded.subject), text, html, link };
}
