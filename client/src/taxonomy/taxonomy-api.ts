// REST call for the shared trilingual taxonomy (sectors, regions, categories, scales).
import type { Taxonomy } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';

export function fetchTaxonomy(api: ApiClient): Promise<Taxonomy> {
  return api.get<Taxonomy>('/taxonomy');
}
