// Words a digest or an immediate notification e-mail in the reader's language: one section per
// deal or listing, one line per kind of news with its exact page. Reminders can word their groups
// the same way (`wordActivity`).
import { DEAL_STAGES, type Lang } from '../../../shared/taxonomy/index.ts';
import type { ActivityGroup, ActivityLine, DigestData } from './activity-data.ts';
import { activityPage } from './activity-data.ts';
import { activityEn } from './activity-en.ts';
import type { ActivityWords, LineValues } from './activity-words.ts';
import { activityZhHans } from './activity-zh-hans.ts';
import { activityZhHant } from './activity-zh-hant.ts';
import type { Section, Worded } from './wording.ts';

const WORDS: Record<Lang, ActivityWords> = { en: activityEn, 'zh-Hant': activityZhHant, 'zh-Hans': activityZhHans };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function stage(code: string, lang: Lang): string {
  return DEAL_STAGES.find((entry) => entry.code === code)?.labels[lang] ?? code;
}

function day(value: string, lang: Lang): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

function valuesOf(group: ActivityGroup, line: ActivityLine, lang: Lang, words: ActivityWords): LineValues {
  const { facts } = line;
  return {
    count: line.count,
    actor: line.actorName ?? words.someone,
    title: text(facts.subjectTitle) || group.title,
    theirs: text(facts.theirTitle),
    term: text(facts.termTitle),
    question: text(facts.questionTitle),
    excerpt: text(facts.excerpt),
    from: stage(text(facts.from), lang),
    to: stage(text(facts.to), lang),
    due: day(text(facts.due), lang),
    org: text(facts.orgName),
    news: text(facts.news),
  };
}

/** One section per group: its heading and each line with the page it leads to. */
export function wordActivity(groups: readonly ActivityGroup[], lang: Lang): Section[] {
  const words = WORDS[lang];
  return groups.map((group) => ({
    heading: words.group[group.kind](group.title),
    items: group.lines.map((line) => ({ text: words.line[line.type](valuesOf(group, line, lang, words)), page: activityPage(group, line) })),
  }));
}

function when(iso: string, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

export function wordDigest(data: DigestData, lang: Lang): { worded: Worded; page: string } {
  const words = WORDS[lang];
  const updates = data.groups.reduce((sum, group) => sum + group.lines.reduce((lines, line) => lines + line.count, 0), 0);
  const worded: Worded = {
    subject: words.digest.subject(updates),
    paragraphs: [words.digest.intro(when(data.since, data.timeZone, lang))],
    sections: wordActivity(data.groups, lang),
    action: words.digest.action,
  };
  return { worded, page: '#/notifications' };
}

/** An immediate e-mail: the one line is the subject, its group the section, its page the button. */
export function wordNotification(group: ActivityGroup, lang: Lang): { worded: Worded; page: string } {
  const [section] = wordActivity([group], lang);
  const item = section?.items[0];
  if (!section || !item) throw new Error('A notification e-mail needs one line');
  return { worded: { subject: item.text, paragraphs: [section.heading, item.text], action: WORDS[lang].open }, page: item.page };
}
