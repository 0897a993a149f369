// Builds MatchableListings for tests with sensible defaults.
import type { MatchableListing } from '../../server/matching/index.ts';

let counter = 0;

export function listing(fields: Partial<MatchableListing> & Pick<MatchableListing, 'kind'>): MatchableListing {
  counter++;
  return {
    id: `l${counter}`,
    orgId: `org${counter}`,
    category: 'market-entry',
    title: 'Listing',
    description: '',
    sectors: [],
    regions: [],
    orgRegion: 'hk',
    languages: ['en'],
    certifications: [],
    orgCertifications: [],
    active: true,
    ...fields,
  };
}
