// Dates in an export, in its language: "3 December 2026 at 14:05 UTC" / "2026年12月3日 14:05 UTC".
// The server does not know the reader's time zone, so times are given in UTC and say so.
import type { Lang } from '../../../shared/taxonomy/index.ts';

const LOCALES: Record<Lang, string> = { en: 'en-GB', 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN' };

export function exportDateTime(iso: string, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at) + ' UTC';
}

/** A calendar day typed as YYYY-MM-DD (a term's due date); anything else is shown as typed. */
export function exportDay(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}
