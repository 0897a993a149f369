// Building blocks of the demo data set, and the data set they generate: organisations with their
// people, and listings, all in the shapes the REST API accepts.
import type { z } from 'zod';
import type { CreateListingBodySchema } from '../../shared/schemas/listings.ts';
import type { CreateOrgBodySchema } from '../../shared/schemas/orgs.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { DealPlan } from './deal-plan.ts';

/** The request bodies as a client sends them (defaults not yet applied). */
export type OrgRequest = z.input<typeof CreateOrgBodySchema>;
export type ListingRequest = Omit<z.input<typeof CreateListingBodySchema>, 'orgId' | 'expiresAt'>;

/** One phrase in each language: [English, 繁體中文, 简体中文]. */
export type Term = readonly [en: string, hant: string, hans: string];

/**
 * How a listing reads in one language. Slots in braces are filled per listing: `{market}` /
 * `{markets}` (target regions), `{home}` (the organisation's home), `{org}`, `{n:10-90}` (a number,
 * the same in every language of one listing), `{usd:20-150}` (US$ millions, written the way each
 * language writes money) and any slot of the organisation's profile.
 */
export interface ListingText {
  titles: string[];
  /** The description is one opener, one or two details and one ask, in that order. */
  openers: string[];
  details: string[];
  asks: string[];
}

/** One kind of listing a firm of an archetype posts, in every language it may be written in. */
export interface ListingTemplate {
  kind: 'need' | 'offer';
  category: string;
  /** Left out: the organisation's own sectors. */
  sectors?: string[];
  /** Target regions (a need) or regions served (an offer); one to three are picked. */
  regions: string[];
  /** Regions every such listing carries besides the picked ones; the text does not name them. */
  fixedRegions?: string[];
  dealSizes: string[];
  stages: string[];
  certifications?: string[];
  /** Share of these listings posted as anonymous teasers (default 0.08). */
  anonymous?: number;
  text: Partial<Record<Lang, ListingText>>;
}

/** How an organisation's names are built in each language it uses. `{brand}` is one of `brands`. */
export interface NameRecipe {
  brands: readonly Term[];
  /** Second part of its e-mail domain, e.g. `uav` → `yunfeng-uav.example`. */
  domain: string;
  /** English patterns for particular home regions (a Malaysian firm is a Sdn Bhd, a German one a GmbH). */
  byHome?: Record<string, string[]>;
  en?: string[];
  'zh-Hant'?: string[];
  'zh-Hans'?: string[];
}

/** Whose names the members of an organisation carry (see people.ts). */
export type Culture = 'hk' | 'mainland' | 'western' | 'asean' | 'gulf' | 'japan-korea';

/** What one firm of an archetype specialises in: its slot values and, optionally, its sectors. */
export interface Profile {
  sectors?: string[];
  t: Record<string, Term>;
}

/** One kind of firm the report talks about, e.g. "Shenzhen drone maker going overseas". */
export interface Archetype {
  id: string;
  /** Relative share of the generated organisations. */
  weight: number;
  homes: string[];
  sectors: string[][];
  sizes: string[];
  culture: Culture;
  /** The language its name and profile are written in first. */
  voice: Lang;
  /** The languages its listings are written in, with weights (default: the voice only); two make a bilingual listing. */
  mix?: [langs: Lang[], weight: number][];
  names: NameRecipe;
  capabilities: string[];
  certifications: string[];
  /** Organisation descriptions in the voice (slots as in listings). */
  about: Partial<Record<Lang, string[]>>;
  profiles: Profile[];
  listings: ListingTemplate[];
}

/** Someone who signs up; every demo person uses the shared demo password. */
export interface DemoPerson {
  name: string;
  email: string;
}

/** An organisation to create, its owner and any colleagues to add. */
export interface DemoOrg {
  /** Stable key within the data set, e.g. `featured:drone-maker` or `drone-maker:3`. */
  key: string;
  archetype: string;
  owner: DemoPerson;
  members: DemoPerson[];
  profile: OrgRequest;
}

/** A listing to post, for the organisation with `orgKey`; `expiresInDays` becomes `expiresAt`. */
export interface DemoListing {
  key: string;
  orgKey: string;
  body: ListingRequest;
  expiresInDays: number | null;
}

/** Everything one demo load posts, in the order it is posted, and the history played on it. */
export interface DemoDataset {
  orgs: DemoOrg[];
  listings: DemoListing[];
  history: DealPlan;
}
