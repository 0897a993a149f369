// The listing editor's state and the request bodies it makes. Bodies are left unvalidated here:
// the shared schema checks them in the browser, then the server checks them again.
import type { ListingKind, ListingView } from '../../../shared/schemas/listings.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { MessageKey } from '../i18n/en.ts';
import { splitTags } from '../orgs/org-draft.ts';

export interface ListingDraft {
  orgId: string;
  kind: ListingKind;
  category: string;
  title: string;
  description: string;
  sectors: string[];
  regions: string[];
  dealSize: string;
  stage: string;
  languages: Lang[];
  /** Typed as text, comma-separated. */
  certifications: string;
  anonymous: boolean;
  /** A calendar date (yyyy-mm-dd) or "" for no expiry. */
  expiresOn: string;
}

export function emptyListingDraft(orgId: string): ListingDraft {
  return {
    orgId,
    kind: 'need',
    category: '',
    title: '',
    description: '',
    sectors: [],
    regions: [],
    dealSize: '',
    stage: '',
    languages: [],
    certifications: '',
    anonymous: false,
    expiresOn: '',
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar date of an instant, as yyyy-mm-dd. */
export function dateOf(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A listing expires at the end of its last day, in the poster's time zone; "" means never. */
export function expiryOf(day: string): string | null {
  return day ? new Date(`${day}T23:59:59`).toISOString() : null;
}

export function draftFromListing(listing: ListingView): ListingDraft {
  return {
    orgId: listing.orgId ?? '',
    kind: listing.kind,
    category: listing.category,
    title: listing.title,
    description: listing.description,
    sectors: listing.sectors,
    regions: listing.regions,
    dealSize: listing.dealSize ?? '',
    stage: listing.stage ?? '',
    languages: listing.languages,
    certifications: listing.certifications.join(', '),
    anonymous: listing.anonymous,
    expiresOn: listing.expiresAt ? dateOf(listing.expiresAt) : '',
  };
}

function fieldsOf(draft: ListingDraft) {
  return {
    kind: draft.kind,
    category: draft.category,
    title: draft.title,
    description: draft.description,
    sectors: draft.sectors,
    regions: draft.regions,
    dealSize: draft.dealSize || null,
    stage: draft.stage || null,
    languages: draft.languages,
    certifications: splitTags(draft.certifications),
    anonymous: draft.anonymous,
  };
}

export function createBodyFrom(draft: ListingDraft): Record<string, unknown> {
  return { orgId: draft.orgId, ...fieldsOf(draft), expiresAt: expiryOf(draft.expiresOn) };
}

/** Everything the editor shows; the expiry only when it changed, so a past one is not re-sent. */
export function updateBodyFrom(draft: ListingDraft, original: ListingView): Record<string, unknown> {
  const unchanged = draft.expiresOn === (original.expiresAt ? dateOf(original.expiresAt) : '');
  return unchanged ? fieldsOf(draft) : { ...fieldsOf(draft), expiresAt: expiryOf(draft.expiresOn) };
}

/** The sentence shown under each field when the schema refuses it. */
export const LISTING_FIELD_MESSAGES: Partial<Record<string, MessageKey>> = {
  orgId: 'listing.invalid.org',
  kind: 'listing.invalid.kind',
  category: 'listing.invalid.category',
  title: 'listing.invalid.title',
  description: 'listing.invalid.description',
  sectors: 'listing.invalid.sectors',
  regions: 'listing.invalid.regions',
  dealSize: 'listing.invalid.choice',
  stage: 'listing.invalid.choice',
  certifications: 'listing.invalid.certifications',
  expiresAt: 'listing.invalid.expiry',
};
