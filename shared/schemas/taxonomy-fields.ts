// Field schemas for taxonomy codes and profile tags, shared by organisation and listing schemas:
// every code must exist in the shared taxonomy, lists are bounded and de-duplicated.
import { z } from 'zod';
import {
  CATEGORY_CODES,
  DEAL_SIZE_CODES,
  LANGS,
  ORG_SIZE_CODES,
  PROJECT_STAGE_CODES,
  REGION_CODES,
  SECTOR_CODES,
} from '../taxonomy/index.ts';
import { visibleText } from './visible-text.ts';

/** A string that must be one of the given taxonomy codes. */
function codeOf(codes: readonly string[], what: string) {
  const known = new Set(codes);
  return z.string().max(64).refine((code) => known.has(code), { message: `Unknown ${what} code` });
}

/** A bounded list of taxonomy codes, duplicates dropped. */
function codeList(codes: readonly string[], what: string, min: number, max: number) {
  return z
    .array(codeOf(codes, what))
    .min(min, `Choose at least ${min} ${what}`)
    .max(max, `Choose at most ${max} ${what} codes`)
    .transform((list) => [...new Set(list)]);
}

export const SectorCodeSchema = codeOf(SECTOR_CODES, 'sector');
export const RegionCodeSchema = codeOf(REGION_CODES, 'region');
export const CategoryCodeSchema = codeOf(CATEGORY_CODES, 'category');
export const DealSizeCodeSchema = codeOf(DEAL_SIZE_CODES, 'deal size');
export const ProjectStageCodeSchema = codeOf(PROJECT_STAGE_CODES, 'stage');
export const OrgSizeCodeSchema = codeOf(ORG_SIZE_CODES, 'organisation size');
export const LangSchema = z.enum(LANGS);

export const SectorListSchema = (min: number) => codeList(SECTOR_CODES, 'sector', min, 12);
export const RegionListSchema = (min: number) => codeList(REGION_CODES, 'region', min, 12);
/** Working languages, among the three the platform speaks. */
export const LanguageListSchema = z
  .array(LangSchema)
  .max(LANGS.length)
  .transform((list) => [...new Set(list)]);

/** Free-text tags such as capabilities or certifications ("ISO 13485", "CNAS"). */
export const TagListSchema = (what: string, max: number) =>
  z
    .array(visibleText(z.string().trim().min(1, `Empty ${what}`).max(80, `A ${what} is at most 80 characters`), `A ${what}`))
    .max(max, `At most ${max} ${what} entries`)
    .transform((list) => [...new Set(list)]);

/** Ids the server hands out (random UUIDs); anything else is refused before a store query. */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid id');
