// The marketplace's search: text in any of the three languages, filters, paging, and the page of
// results. A newer search always wins over an older one still in flight.
import type { ListingKind, ListingPage } from '../../../shared/schemas/listings.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { browseListings, type MarketplaceQuery } from './listings-api.ts';

export const MARKETPLACE_PAGE_SIZE = 10;

export interface MarketplaceFilters {
  q: string;
  kind: '' | ListingKind;
  category: string;
  sector: string;
  region: string;
}

export function emptyFilters(): MarketplaceFilters {
  return { q: '', kind: '', category: '', sector: '', region: '' };
}

export function queryOf(filters: MarketplaceFilters, page: number): MarketplaceQuery {
  return {
    q: filters.q.trim() || undefined,
    kind: filters.kind || undefined,
    category: filters.category || undefined,
    sector: filters.sector ? [filters.sector] : undefined,
    region: filters.region ? [filters.region] : undefined,
    page,
    pageSize: MARKETPLACE_PAGE_SIZE,
  };
}

export function pageCount(result: Pick<ListingPage, 'total' | 'pageSize'>): number {
  return Math.max(1, Math.ceil(result.total / result.pageSize));
}

export class Marketplace {
  filters = $state<MarketplaceFilters>(emptyFilters());
  page = $state(1);
  result = $state.raw<ListingPage | null>(null);
  loading = $state(false);
  failure = $state.raw<unknown>(null);
  private searches = 0;

  constructor(private readonly api: ApiClient) {}

  get filtered(): boolean {
    const { q, kind, category, sector, region } = this.filters;
    return Boolean(q.trim() || kind || category || sector || region);
  }

  /** Runs the search for the current filters and page. */
  async search(): Promise<void> {
    const search = ++this.searches;
    this.loading = true;
    try {
      const result = await browseListings(this.api, queryOf(this.filters, this.page));
      if (search !== this.searches) return;
      this.result = result;
      this.failure = null;
    } catch (error) {
      if (search === this.searches) this.failure = error;
    } finally {
      if (search === this.searches) this.loading = false;
    }
  }

  /** New filters start again from the first page. */
  refine(): Promise<void> {
    this.page = 1;
    return this.search();
  }

  goTo(page: number): Promise<void> {
    this.page = page;
    return this.search();
  }

  clear(): Promise<void> {
    this.filters = emptyFilters();
    return this.refine();
  }
}
