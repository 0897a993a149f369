// REST calls of the home page: what it shows, and the first look at the matches.
import type { HomeView } from '../../../shared/schemas/home.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';

export function fetchHome(api: ApiClient, lang: Lang): Promise<HomeView> {
  return api.get<HomeView>(`/home?lang=${encodeURIComponent(lang)}`);
}

/** Tells the server the person has looked at their matches (a first-run step); harmless to repeat. */
export async function markMatchesSeen(api: ApiClient): Promise<void> {
  try {
    await api.post<void>('/home/progress', { step: 'matches' });
  } catch {
    // The next visit to the matches tells it again; the home page shows the step as still to do meanwhile.
  }
}
