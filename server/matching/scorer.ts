// Combines the components of fit into one score in [0, 1], with the weights from weights.ts.
// Certification counts only when the need asks for any; the other components always count.
import { bandFit, certificationFit, corridorFit, languageFit, sectorFit } from './components.ts';
import type { IndexedListing } from './indexed-listing.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import { COMPONENT_WEIGHTS as W, TEXT_FULL_AT, type ComponentCode } from './weights.ts';

export type ComponentValues = Record<ComponentCode, number>;

/** Maps raw text cosine to the text component. */
export function textComponent(cosine: number): number {
  return Math.min(1, cosine / TEXT_FULL_AT);
}

export function needAndOffer(a: IndexedListing, b: IndexedListing): [need: IndexedListing, offer: IndexedListing] {
  return a.isNeed ? [a, b] : [b, a];
}

/** Every component but text (text is the costly one, computed only for promising candidates). */
export function structuredValues(a: IndexedListing, b: IndexedListing, taxonomy: TaxonomyIndex): ComponentValues {
  const [need, offer] = needAndOffer(a, b);
  return {
    text: 0,
    sector: sectorFit(need, offer, taxonomy),
    corridor: corridorFit(need, offer, taxonomy),
    certification: certificationFit(need, offer),
    category: taxonomy.categoryScore(need.category, offer.category),
    size: bandFit(need.size, offer.size),
    stage: bandFit(need.stage, offer.stage),
    language: languageFit(need.langMask, offer.langMask),
  };
}

export function componentValues(a: IndexedListing, b: IndexedListing, cosine: number, taxonomy: TaxonomyIndex): ComponentValues {
  const values = structuredValues(a, b, taxonomy);
  values.text = textComponent(cosine);
  return values;
}

/** Total weight of the components that count for this pair. */
export function applicableWeight(need: IndexedListing): number {
  return need.wanted.length > 0 ? 1 : 1 - W.certification;
}

export function combine(v: ComponentValues, need: IndexedListing): number {
  const sum =
    W.text * v.text + W.sector * v.sector + W.corridor * v.corridor + W.certification * v.certification +
    W.category * v.category + W.size * v.size + W.stage * v.stage + W.language * v.language;
  return Math.min(1, Math.max(0, sum / applicableWeight(need)));
}

/** The best score the pair could reach whatever its text (values.text still 0): to skip hopeless candidates early. */
export function upperBound(structured: ComponentValues, need: IndexedListing): number {
  return Math.min(1, combine(structured, need) + W.text / applicableWeight(need));
}
