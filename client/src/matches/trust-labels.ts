// Words for what surrounds the ranking: decline reasons, the outreach allowance, and how quickly
// the other side answers.
import type { DeclineReason, OutreachAllowance, ResponsivenessView } from '../../../shared/schemas/match-trust.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { ApiError, freesAtText } from '../lib/api-error.ts';

export const DECLINE_REASON_LABEL: Record<DeclineReason, MessageKey> = {
  not_relevant: 'match.declineReason.not_relevant',
  competitor: 'match.declineReason.competitor',
  in_contact: 'match.declineReason.in_contact',
  not_now: 'match.declineReason.not_now',
};

/** "12 of 20 left this week", or nothing when there is no limit. */
export function outreachText(allowance: OutreachAllowance | undefined, t: Translate): string {
  if (!allowance || allowance.limit === 0) return '';
  return t('match.outreachLeft', { left: allowance.left, limit: allowance.limit });
}

/** "Usually answers within 5 h" (or days), from the median. */
export function responsivenessText(figure: ResponsivenessView, t: Translate): string {
  const hours = Math.max(1, Math.round(figure.medianHours));
  const time = hours < 48 ? t('match.hours', { count: hours }) : t('match.days', { count: Math.round(hours / 24) });
  return t('match.answersWithin', { time });
}

/** A refusal past the weekly limit, with when the next expression is possible; null for other failures. */
export function outreachLimitText(error: unknown, t: Translate, lang: string): string | null {
  if (!(error instanceof ApiError) || error.code !== 'outreach_limited') return null;
  return t('error.outreach_limited', { time: freesAtText(error, lang) });
}
