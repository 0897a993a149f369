// The taxonomy served at GET /api/taxonomy and used to validate every code a client sends.
import { LISTING_CATEGORIES } from './categories.ts';
import { REGIONS } from './regions.ts';
import { DEAL_SIZES, DEAL_STAGES, ORG_SIZES, PROJECT_STAGES } from './scales.ts';
import { SECTOR_PILLARS, SECTORS } from './sectors.ts';

export * from './labels.ts';
export { LISTING_CATEGORIES, type ListingCategory } from './categories.ts';
export { REGIONS } from './regions.ts';
export { DEAL_SIZES, DEAL_STAGES, ORG_SIZES, PROJECT_STAGES } from './scales.ts';
export { SECTOR_PILLARS, SECTORS } from './sectors.ts';

export const TAXONOMY = {
  sectors: SECTORS,
  regions: REGIONS,
  categories: LISTING_CATEGORIES,
  dealSizes: DEAL_SIZES,
  projectStages: PROJECT_STAGES,
  orgSizes: ORG_SIZES,
  dealStages: DEAL_STAGES,
} as const;
export type Taxonomy = typeof TAXONOMY;

const codes = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);

/** Codes a listing or organisation may use (pillars are headings, not choices). */
export const SECTOR_CODES = codes(SECTORS).filter((code) => !(SECTOR_PILLARS as readonly string[]).includes(code));
export const REGION_CODES = codes(REGIONS);
export const CATEGORY_CODES = codes(LISTING_CATEGORIES);
export const DEAL_SIZE_CODES = codes(DEAL_SIZES);
export const PROJECT_STAGE_CODES = codes(PROJECT_STAGES);
export const ORG_SIZE_CODES = codes(ORG_SIZES);
export const DEAL_STAGE_CODES = codes(DEAL_STAGES);
