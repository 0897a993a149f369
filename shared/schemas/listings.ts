// Listings (needs and offers): request schemas, marketplace query, and the shapes the API returns.
import { z } from 'zod';
import type { Lang } from '../taxonomy/index.ts';
import type { OrgBrief } from './orgs.ts';
import {
  CategoryCodeSchema,
  DealSizeCodeSchema,
  LanguageListSchema,
  ProjectStageCodeSchema,
  RecordIdSchema,
  RegionCodeSchema,
  RegionListSchema,
  SectorCodeSchema,
  SectorListSchema,
  TagListSchema,
} from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

export const LISTING_KINDS = ['need', 'offer'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];
export const LISTING_STATUSES = ['active', 'withdrawn', 'expired'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_TITLE_MAX = 160;
export const LISTING_DESCRIPTION_MAX = 5000;
export const LISTING_QUERY_MAX = 200;
/** Distinct content words a listing's title and description need together to be matched (Chinese: twice as many distinct characters); judged on the server with the engine's tokeniser. */
export const LISTING_MIN_WORDS = 5;
const MAX_EXPIRY_MS = 2 * 366 * 24 * 60 * 60_000;

const TitleSchema = visibleText(z.string().trim().min(3, 'The title needs at least 3 characters').max(LISTING_TITLE_MAX), 'The title');
const DescriptionSchema = visibleText(
  z.string().trim().min(1, 'Describe the listing').max(LISTING_DESCRIPTION_MAX, `The description is at most ${LISTING_DESCRIPTION_MAX} characters`),
  'The description',
);

/** An ISO date-time in the future (at most two years ahead), as a Date. */
const ExpiresAtSchema = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text))
  .refine((date) => date.getTime() > Date.now(), { message: 'The expiry must be in the future' })
  .refine((date) => date.getTime() < Date.now() + MAX_EXPIRY_MS, { message: 'The expiry is at most two years ahead' });

const listingFields = {
  kind: z.enum(LISTING_KINDS),
  category: CategoryCodeSchema,
  title: TitleSchema,
  description: DescriptionSchema,
  sectors: SectorListSchema(1),
  regions: RegionListSchema(1),
  dealSize: DealSizeCodeSchema.nullable(),
  stage: ProjectStageCodeSchema.nullable(),
  languages: LanguageListSchema,
  certifications: TagListSchema('certification', 20),
  anonymous: z.boolean(),
};

export const CreateListingBodySchema = z.strictObject({
  orgId: RecordIdSchema,
  ...listingFields,
  dealSize: listingFields.dealSize.default(null),
  stage: listingFields.stage.default(null),
  languages: listingFields.languages.default([]),
  certifications: listingFields.certifications.default([]),
  anonymous: listingFields.anonymous.default(false),
  expiresAt: ExpiresAtSchema.nullable().default(null),
});
export type CreateListingBody = z.infer<typeof CreateListingBodySchema>;

export const UpdateListingBodySchema = z
  .strictObject({
    kind: listingFields.kind.optional(),
    category: listingFields.category.optional(),
    title: listingFields.title.optional(),
    description: listingFields.description.optional(),
    sectors: listingFields.sectors.optional(),
    regions: listingFields.regions.optional(),
    dealSize: listingFields.dealSize.optional(),
    stage: listingFields.stage.optional(),
    languages: listingFields.languages.optional(),
    certifications: listingFields.certifications.optional(),
    anonymous: listingFields.anonymous.optional(),
    expiresAt: ExpiresAtSchema.nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateListingBody = z.infer<typeof UpdateListingBodySchema>;

/** One query value or the same parameter repeated / comma-separated, as a list. */
function listParam(item: z.ZodType<string, string>) {
  return z
    .union([z.string(), z.array(z.string()).max(12)])
    .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(12));
}

export const ListingQuerySchema = z.object({
  q: z.string().trim().max(LISTING_QUERY_MAX, `The search is at most ${LISTING_QUERY_MAX} characters`).optional(),
  kind: z.enum(LISTING_KINDS).optional(),
  category: CategoryCodeSchema.optional(),
  sector: listParam(SectorCodeSchema).optional(),
  region: listParam(RegionCodeSchema).optional(),
  orgId: RecordIdSchema.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListingQuery = z.infer<typeof ListingQuerySchema>;

/** What a listing says, stored and shown as written. */
export interface ListingContent {
  kind: ListingKind;
  category: string;
  title: string;
  description: string;
  sectors: string[];
  regions: string[];
  dealSize: string | null;
  stage: string | null;
  languages: Lang[];
  certifications: string[];
  anonymous: boolean;
}

/**
 * A listing as a viewer sees it. On a teaser (anonymous listing, viewer outside its organisation,
 * no mutual match yet) `orgId` and `org` are absent.
 */
export interface ListingView extends ListingContent {
  id: string;
  status: ListingStatus;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  teaser: boolean;
  /** The viewer is a member of the listing's organisation. */
  mine: boolean;
  orgId?: string;
  org?: OrgBrief;
}

export interface ListingPage {
  listings: ListingView[];
  page: number;
  pageSize: number;
  total: number;
}
