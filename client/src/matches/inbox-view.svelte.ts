// The inbox page's cards: one page at a time from the server for the current filters (searched,
// ordered and counted there, so hundreds of matches cost one page), "show more" appending the next.
import type { MatchInboxPage } from '../../../shared/schemas/matches.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import { apiQueryOf, defaultFilters, type InboxFilters } from './inbox-filters.ts';
import { fetchInboxPage } from './matches-api.ts';

export const INBOX_PAGE_SIZE = 25;
/** The most a refresh reloads at once (the server's page limit). */
const REFRESH_MAX = 200;

export class InboxView {
  filters = $state<InboxFilters>(defaultFilters());
  page = $state.raw<MatchInboxPage | null>(null);
  private readonly newest = new NewestLoad(true);

  constructor(
    private readonly api: ApiClient,
    private readonly lang: () => Lang,
  ) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  /**
   * The first page for the current filters; `keepShown` reloads as many cards as are on screen
   * (after a live change, so a card that moved or arrived is placed where the order puts it).
   */
  async load(keepShown = false): Promise<void> {
    const shown = keepShown ? (this.page?.matches.length ?? 0) : 0;
    const limit = Math.min(REFRESH_MAX, Math.max(INBOX_PAGE_SIZE, shown));
    await this.newest.run(
      () => fetchInboxPage(this.api, apiQueryOf(this.filters, { offset: 0, limit }, this.lang())),
      (page) => {
        this.page = page;
      },
    );
  }

  async more(): Promise<void> {
    const current = this.page;
    if (current?.nextOffset == null) return;
    const offset = current.nextOffset;
    await this.newest.run(
      () => fetchInboxPage(this.api, apiQueryOf(this.filters, { offset, limit: INBOX_PAGE_SIZE }, this.lang())),
      (next) => {
        const known = new Set(current.matches.map((match) => match.matchId));
        this.page = { ...next, offset: 0, matches: [...current.matches, ...next.matches.filter((match) => !known.has(match.matchId))] };
      },
    );
  }
}
