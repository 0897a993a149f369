// A listing prepared for scoring: codes turned into small integers, certifications into comparison
// keys, and its text into sorted term ids with weighted frequencies.
import { analyseListingText, conceptTerm } from './text/analyse.ts';
import { placeConcept } from './text/place-glossary.ts';
import { textTraits, type TextTraits } from './text/constraints.ts';
import { tagKey } from './text/normalise.ts';
import { packRow, type Row } from './row.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import type { TermDictionary } from './term-dictionary.ts';
import type { MatchableListing } from './types.ts';

/** Index terms of place concepts: the places a listing's text names. */
const PLACE_TERM = conceptTerm(placeConcept(''));

export interface IndexedListing {
  num: number;
  listing: MatchableListing;
  isNeed: boolean;
  category: number;
  sectors: number[];
  regions: number[];
  home: number;
  size: number;
  stage: number;
  /** Certification keys this listing asks for (meaningful on needs). */
  wanted: string[];
  /** Certification keys the listing and its organisation hold. */
  held: string[];
  terms: Int32Array;
  weights: Float32Array;
  /** Sum of term weights: the document length for BM25. */
  length: number;
  /** The structured fields packed for scoring (see row.ts). */
  view: Row;
  /** Requirements its text states, and what its text says it is (text/constraints.ts). */
  traits: TextTraits;
}

const codesOf = (codes: readonly string[], indexOf: (code: string) => number) =>
  [...new Set(codes.map(indexOf).filter((i) => i >= 0))];

export function indexListing(num: number, listing: MatchableListing, taxonomy: TaxonomyIndex, dictionary: TermDictionary): IndexedListing {
  const text = analyseListingText(listing.title, listing.description);
  const ids = [...text.terms.keys()].map((term) => dictionary.intern(term));
  const order = ids.map((_, i) => i).sort((a, b) => ids[a] - ids[b]);
  const terms = Int32Array.from(order, (i) => ids[i]);
  const values = [...text.terms.values()];
  const weights = Float32Array.from(order, (i) => values[i]);
  for (const [term, surface] of text.surfaces) dictionary.rememberSurface(dictionary.intern(term), surface);
  const fields = {
    category: taxonomy.categories.indexOf(listing.category),
    sectors: codesOf(listing.sectors, (code) => taxonomy.sectors.indexOf(code)),
    regions: codesOf(listing.regions, (code) => taxonomy.regions.indexOf(code)),
    home: taxonomy.regions.indexOf(listing.orgRegion),
    size: taxonomy.dealSizes.indexOf(listing.dealSize),
    stage: taxonomy.stages.indexOf(listing.stage),
  };
  const wanted = [...new Set(listing.certifications.map(tagKey).filter(Boolean))];
  const isNeed = listing.kind === 'need';
  return {
    num,
    listing,
    isNeed,
    ...fields,
    wanted,
    held: [...new Set([...listing.certifications, ...listing.orgCertifications].map(tagKey).filter(Boolean))],
    terms,
    weights,
    length: values.reduce((sum, weight) => sum + weight, 0),
    view: { data: packRow({ ...fields, wanted: wanted.length, isNeed }), at: 0 },
    traits: textTraits(text.normalised, [...text.terms.keys()].filter((term) => term.startsWith(PLACE_TERM)).map((term) => term.slice(PLACE_TERM.length))),
  };
}
