// REST calls for the match inbox and its workflow: interest, decline (with why), snooze, introduce,
// and my organisations' outreach allowance. Every
// answer is the match as my side sees it, with reasons in the language asked for.
import type { DeclineReason, OutreachAllowance } from '../../../shared/schemas/match-trust.ts';
import type { MatchInboxPage, MatchView } from '../../../shared/schemas/matches.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';

export type MatchAction = 'interest' | 'introduce';

const langParam = (lang: Lang) => `lang=${encodeURIComponent(lang)}`;
const matchPath = (id: string) => `/matches/${encodeURIComponent(id)}`;

export async function fetchInbox(api: ApiClient, lang: Lang): Promise<MatchView[]> {
  return (await api.get<{ matches: MatchView[] }>(`/matches?limit=200&${langParam(lang)}`)).matches;
}

/** One page of the inbox; `query` from `apiQueryOf`. */
export function fetchInboxPage(api: ApiClient, query: string): Promise<MatchInboxPage> {
  return api.get<MatchInboxPage>(`/matches?${query}`);
}

export function actOnMatch(api: ApiClient, id: string, action: MatchAction, lang: Lang): Promise<MatchView> {
  return api.post<MatchView>(`${matchPath(id)}/${action}?${langParam(lang)}`, {});
}

export function snoozeMatch(api: ApiClient, id: string, days: number, lang: Lang): Promise<MatchView> {
  return api.post<MatchView>(`${matchPath(id)}/snooze?${langParam(lang)}`, { days });
}

export function declineMatch(api: ApiClient, id: string, reason: DeclineReason, lang: Lang): Promise<MatchView> {
  return api.post<MatchView>(`${matchPath(id)}/decline?${langParam(lang)}`, { reason });
}

export async function fetchOutreach(api: ApiClient): Promise<OutreachAllowance[]> {
  return (await api.get<{ outreach: OutreachAllowance[] }>('/matches/outreach')).outreach;
}
