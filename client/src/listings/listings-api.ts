// REST calls for listings: browse and search the marketplace, read, publish, edit, withdraw, and
// a listing's ranked matches.
import type { CreateListingBody, ListingPage, ListingQuery, ListingView, UpdateListingBody } from '../../../shared/schemas/listings.ts';
import type { ListingMatch } from '../../../shared/schemas/matches.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';

export type MarketplaceQuery = Partial<ListingQuery>;

const listingPath = (id: string) => `/listings/${encodeURIComponent(id)}`;

/** The query string for a marketplace query; empty values are left out, lists repeat the key. */
export function marketplaceSearch(query: MarketplaceQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function browseListings(api: ApiClient, query: MarketplaceQuery): Promise<ListingPage> {
  return api.get<ListingPage>(`/listings${marketplaceSearch(query)}`);
}

export function getListing(api: ApiClient, id: string): Promise<ListingView> {
  return api.get<ListingView>(listingPath(id));
}

export function createListing(api: ApiClient, body: CreateListingBody): Promise<ListingView> {
  return api.post<ListingView>('/listings', body);
}

export function updateListing(api: ApiClient, id: string, body: UpdateListingBody): Promise<ListingView> {
  return api.patch<ListingView>(listingPath(id), body);
}

export function withdrawListing(api: ApiClient, id: string): Promise<ListingView> {
  return api.post<ListingView>(`${listingPath(id)}/withdraw`);
}

export async function listingMatches(api: ApiClient, id: string, lang: Lang, limit = 10): Promise<ListingMatch[]> {
  return (await api.get<{ matches: ListingMatch[] }>(`${listingPath(id)}/matches?limit=${limit}&lang=${encodeURIComponent(lang)}`)).matches;
}
