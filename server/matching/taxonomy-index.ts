// The taxonomy as fast lookups for scoring: sector and region similarity tables over small integer
// indexes, category compatibility, and ordered bands. Built once from shared/taxonomy.
import {
  DEAL_SIZES,
  LISTING_CATEGORIES,
  PROJECT_STAGES,
  REGIONS,
  SECTOR_PILLARS,
  SECTORS,
  type TaxonomyEntry,
} from '../../shared/taxonomy/index.ts';
import { CATEGORY_AFFINITY, PARTIAL, type CategoryAffinity } from './weights.ts';

export type SectorRelation = 'same' | 'parent' | 'child' | 'sibling';
export type RegionRelation = 'inside' | 'covers' | 'neighbour' | 'bay-area' | 'block';

/** Codes ↔ dense indexes, so similarity tables are flat arrays. */
class CodeIndex {
  readonly codes: string[];
  private readonly byCode = new Map<string, number>();
  constructor(entries: readonly { code: string }[]) {
    this.codes = entries.map((entry) => entry.code);
    this.codes.forEach((code, i) => this.byCode.set(code, i));
  }
  indexOf(code: string | undefined): number {
    return code === undefined ? -1 : (this.byCode.get(code) ?? -1);
  }
  get size(): number {
    return this.codes.length;
  }
}

function parentsOf(entries: readonly TaxonomyEntry[]): Map<string, string> {
  return new Map(entries.filter((entry) => entry.parent).map((entry) => [entry.code, entry.parent as string]));
}

function ancestorsOf(code: string, parents: Map<string, string>): string[] {
  const chain = [code];
  for (let parent = parents.get(code); parent; parent = parents.get(parent)) chain.push(parent);
  return chain;
}

const BAY_AREA_ROOTS = new Set(['hk', 'macao', 'gba']);
const PILLARS = new Set<string>(SECTOR_PILLARS);

export class TaxonomyIndex {
  readonly sectors = new CodeIndex(SECTORS);
  readonly regions = new CodeIndex(REGIONS);
  readonly categories = new CodeIndex(LISTING_CATEGORIES);
  readonly dealSizes = new CodeIndex(DEAL_SIZES);
  readonly stages = new CodeIndex(PROJECT_STAGES);
  readonly sectorParent = parentsOf(SECTORS);
  readonly regionParent = parentsOf(REGIONS);
  /** sectorSim[a * n + b]: similarity of sector a to sector b. */
  private readonly sectorSim: Float32Array;
  /** regionSim[target * n + place]: how well a place serves a target region. */
  private readonly regionSim: Float32Array;
  /** categoryFit[a * n + b] and categoryScale[a * n + b]: CATEGORY_AFFINITY's value and factor. */
  private readonly categoryFit: Float32Array;
  private readonly categoryScale: Float32Array;
  private readonly families: number[][];

  constructor() {
    this.sectorSim = this.table(this.sectors, (a, b) => this.sectorRelationValue(a, b));
    this.regionSim = this.table(this.regions, (t, p) => this.regionRelationValue(t, p));
    this.categoryFit = this.table(this.categories, (a, b) => CATEGORY_AFFINITY[categoryAffinity(a, b)].value);
    this.categoryScale = this.table(this.categories, (a, b) => CATEGORY_AFFINITY[categoryAffinity(a, b)].factor);
    this.families = this.sectors.codes.map((code) => this.sectorFamily(code).map((other) => this.sectors.indexOf(other)));
  }

  sectorScore(a: number, b: number): number {
    return a < 0 || b < 0 ? 0 : this.sectorSim[a * this.sectors.size + b];
  }

  regionScore(target: number, place: number): number {
    return target < 0 || place < 0 ? 0 : this.regionSim[target * this.regions.size + place];
  }

  /** The category component of two listings' categories (either order). */
  categoryScore(a: number, b: number): number {
    return a < 0 || b < 0 ? CATEGORY_AFFINITY.unrelated.value : this.categoryFit[a * this.categories.size + b];
  }

  /** How much of its score a pair of these categories keeps. */
  categoryFactor(a: number, b: number): number {
    return a < 0 || b < 0 ? CATEGORY_AFFINITY.unrelated.factor : this.categoryScale[a * this.categories.size + b];
  }

  sectorRelation(a: string, b: string): SectorRelation | undefined {
    if (a === b) return 'same';
    if (this.sectorParent.get(a) === b) return 'child';
    if (this.sectorParent.get(b) === a) return 'parent';
    const parent = this.sectorParent.get(a);
    if (parent && !PILLARS.has(parent) && parent === this.sectorParent.get(b)) return 'sibling';
    return undefined;
  }

  regionRelation(target: string, place: string): RegionRelation | undefined {
    const placeUp = ancestorsOf(place, this.regionParent);
    const targetUp = ancestorsOf(target, this.regionParent);
    if (placeUp.includes(target)) return 'inside';
    if (targetUp.includes(place)) return 'covers';
    if (this.regionParent.get(place) && this.regionParent.get(place) === this.regionParent.get(target)) return 'neighbour';
    const [placeRoot, targetRoot] = [placeUp[placeUp.length - 1], targetUp[targetUp.length - 1]];
    if (placeRoot !== targetRoot && BAY_AREA_ROOTS.has(placeRoot) && BAY_AREA_ROOTS.has(targetRoot)) return 'bay-area';
    if (placeRoot !== targetRoot) return undefined;
    // Two districts of one city-region (San Tin and Cyberport) are neighbours; two Belt and Road
    // markets only share a block.
    const sharedBelowRoot = placeUp.some((code) => targetUp.includes(code) && code !== placeRoot);
    return sharedBelowRoot || BAY_AREA_ROOTS.has(placeRoot) ? 'neighbour' : 'block';
    return undefined;
  }

  /** Descendant-or-self test, for marketplace filters ("low-altitude" includes "drones"). */
  sectorWithin(code: string, filter: string): boolean {
    return ancestorsOf(code, this.sectorParent).includes(filter);
  }

  regionWithin(code: string, filter: string): boolean {
    return ancestorsOf(code, this.regionParent).includes(filter);
  }

  /** The sector itself, its parent, children and siblings: where candidates for it may be found. */
  sectorFamily(code: string): string[] {
    return this.sectors.codes.filter((other) => this.sectorRelation(code, other) !== undefined);
  }

  /** `sectorFamily` by sector index, precomputed. */
  sectorFamilyIndexes(sector: number): readonly number[] {
    return this.families[sector] ?? [];
  }

  private sectorRelationValue(a: string, b: string): number {
    switch (this.sectorRelation(a, b)) {
      case 'same':
        return [...this.sectorParent.values()].includes(a) ? PARTIAL.sameBroadSector : 1;
      case 'parent':
      case 'child':
        return PARTIAL.sectorParentChild;
      case 'sibling':
        return PARTIAL.sectorSibling;
      case undefined:
        return 0;
    }
  }

  private regionRelationValue(target: string, place: string): number {
    switch (this.regionRelation(target, place)) {
      case 'inside':
        return 1;
      case 'covers':
        return PARTIAL.regionOfferWider;
      case 'neighbour':
        return PARTIAL.regionSibling;
      case 'bay-area':
        return PARTIAL.regionBayArea;
      case 'block':
        return PARTIAL.regionSameBlock;
      case undefined:
        return 0;
    }
  }

  private table(index: CodeIndex, value: (a: string, b: string) => number): Float32Array {
    const out = new Float32Array(index.size * index.size);
    index.codes.forEach((a, i) => index.codes.forEach((b, j) => (out[i * index.size + j] = value(a, b))));
    return out;
  }
}

/** Same > compatible (`alsoMatches`) > neighbouring (`neighbours`) > unrelated, either side listing the other. */
export function categoryAffinity(a: string, b: string): CategoryAffinity {
  if (a === b) return 'same';
  const category = (code: string) => LISTING_CATEGORIES.find((entry) => entry.code === code);
  const lists = (key: 'alsoMatches' | 'neighbours') => Boolean(category(a)?.[key].includes(b) || category(b)?.[key].includes(a));
  return lists('alsoMatches') ? 'compatible' : lists('neighbours') ? 'neighbouring' : 'unrelated';
}

let shared: TaxonomyIndex | undefined;

/** One shared instance (the taxonomy is static), built on first use so a process that never matches skips its tables. */
export function taxonomyIndex(): TaxonomyIndex {
  return (shared ??= new TaxonomyIndex());
}
