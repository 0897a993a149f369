// Combines the components of fit into one score in [0, 1], with the weights from weights.ts.
// Certification counts only when the need asks for any; the other components always count.
import { bandFit, certificationFit, corridorFit, sectorFit } from './components.ts';
import type { IndexedListing } from './indexed-listing.ts';
import type { ListingTable } from './listing-table.ts';
import { field, ROW, type Row } from './row.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import { CATEGORY_AFFINITY, COMPONENT_WEIGHTS as W, GATE_FLOOR, TEXT_FULL_AT, type ComponentCode } from './weights.ts';

export type ComponentValues = Record<ComponentCode, number>;

/** Maps raw text cosine to the text component. */
export function textComponent(cosine: number): number {
  return Math.min(1, cosine / TEXT_FULL_AT);
}

export function needAndOffer<T extends { isNeed: boolean }>(a: T, b: T): [need: T, offer: T] {
  return a.isNeed ? [a, b] : [b, a];
}

/** Total weight of the components that count: certification only when the need asks for any. */
export function applicableWeight(wantedCount: number): number {
  return wantedCount > 0 ? 1 : 1 - W.certification;
}

/** How much the pair is about the same thing: scales everything else (see GATE_FLOOR). */
export function topicGate(v: ComponentValues): number {
  return GATE_FLOOR + (1 - GATE_FLOOR) * Math.max(v.sector, v.text);
}

const CATEGORY_LEVELS = Object.values(CATEGORY_AFFINITY);

/** The share of its score a pair keeps for its categories: the factor paired with the category value. */
export function categoryScale(v: ComponentValues): number {
  return (CATEGORY_LEVELS.find((level) => level.value === v.category) ?? CATEGORY_AFFINITY.unrelated).factor;
}

/** The weighted sum of the components, before the topic gate, in [0, 1]. */
function weightedFit(v: ComponentValues, wantedCount: number): number {
  const sum =
    W.text * v.text + W.sector * v.sector + W.corridor * v.corridor + W.certification * v.certification +
    W.category * v.category + W.size * v.size + W.stage * v.stage;
  return sum / applicableWeight(wantedCount);
}

/** What multiplies the weighted sum: the topic gate and the category factor. */
export function scoreScale(v: ComponentValues): number {
  return topicGate(v) * categoryScale(v);
}

export function combine(v: ComponentValues, wantedCount: number): number {
  return Math.min(1, Math.max(0, weightedFit(v, wantedCount) * scoreScale(v)));
}

/** The best score a pair could reach whatever its text (values.text still 0): perfect text, open gate. */
export function upperBound(structured: ComponentValues, wantedCount: number): number {
  return Math.min(1, (weightedFit(structured, wantedCount) + W.text / applicableWeight(wantedCount)) * categoryScale(structured));
}

/** Every component but text, from two packed rows; certification keys come from `keys` when asked for. */
export function structuredValues(
  need: Row,
  offer: Row,
  taxonomy: TaxonomyIndex,
  keys: () => [wanted: readonly string[], held: readonly string[]],
): ComponentValues {
  const wanted = field(need, ROW.wanted);
  return {
    text: 0,
    sector: sectorFit(need, offer, taxonomy),
    corridor: corridorFit(need, offer, taxonomy),
    certification: wanted > 0 ? certificationFit(...keys()) : 0,
    category: taxonomy.categoryScore(field(need, ROW.category), field(offer, ROW.category)),
    size: bandFit(field(need, ROW.size), field(offer, ROW.size)),
    stage: bandFit(field(need, ROW.stage), field(offer, ROW.stage)),
  };
}

/** Scores a query listing against candidates by number, reading their packed rows. */
export class PairScorer {
  private readonly candidate: Row = { data: new Int16Array(0), at: 0 };

  constructor(private readonly table: ListingTable) {}

  /** Structured values of (query, candidate `num`), and the need's certification count. */
  structured(query: IndexedListing, num: number): [ComponentValues, number] {
    this.candidate.data = this.table.packed.rows;
    this.candidate.at = this.table.packed.rowStart[num];
    const queryIsNeed = query.isNeed;
    const [need, offer] = queryIsNeed ? [query.view, this.candidate] : [this.candidate, query.view];
    const keys = (): [readonly string[], readonly string[]] => {
      const other = this.table.at(num) as IndexedListing;
      return queryIsNeed ? [query.wanted, other.held] : [other.wanted, query.held];
    };
    return [structuredValues(need, offer, this.table.taxonomy, keys), field(need, ROW.wanted)];
  }

  /** All component values for two indexed listings (used for a single pair and for explanations). */
  pair(a: IndexedListing, b: IndexedListing, cosine: number): ComponentValues {
    const [need, offer] = needAndOffer(a, b);
    const values = structuredValues(need.view, offer.view, this.table.taxonomy, () => [need.wanted, offer.held]);
    values.text = textComponent(cosine);
    return values;
  }
}
