// Words for the server's spam-damping refusals of a listing: wording too thin to be matched (shown
// at the description), the daily listing limit with when the next is possible, a suspended organisation.
import { LISTING_MIN_WORDS } from '../../../shared/schemas/listings.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import { ApiError, freesAtText } from '../lib/api-error.ts';

export interface ListingRefusal {
  /** The form field the refusal belongs to; absent for one notice under the form. */
  field?: 'description';
  text: string;
}

/** The refusal in the reader's language; null for any other failure. */
export function listingRefusal(error: unknown, t: Translate, lang: string): ListingRefusal | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'listing_too_thin':
      return { field: 'description', text: t('error.listing_too_thin', { needed: neededOf(error), chars: neededOf(error) * 2 }) };
    case 'listing_limit':
      return { text: t('error.listing_limit', { time: freesAtText(error, lang) }) };
    case 'org_suspended':
      return { text: t('error.org_suspended') };
    default:
      return null;
  }
}

function neededOf(error: ApiError): number {
  const needed = typeof error.details === 'object' && error.details !== null && 'needed' in error.details ? Number(error.details.needed) : NaN;
  return Number.isFinite(needed) ? needed : LISTING_MIN_WORDS;
}
