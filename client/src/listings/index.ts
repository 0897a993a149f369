// Listings on the client: the marketplace, the listing editor, listing pages and the API calls.
export { browseListings, getListing, listingMatches, type MarketplaceQuery } from './listings-api.ts';
export { default as EditListingPage } from './EditListingPage.svelte';
export { default as ListingCard } from './ListingCard.svelte';
export { default as ListingPage } from './ListingPage.svelte';
export { default as MarketplacePage } from './MarketplacePage.svelte';
export { default as NewListingPage } from './NewListingPage.svelte';
