// Listings feature: needs and offers, their lifecycle (publish, edit, withdraw, expire), the
// marketplace, and keeping the matching engine's index in step with the store.
export { lazyEngine, type EngineReason, type MatchEnginePort, type MatchableListing } from './engine-port.ts';
export { ExpirySweeper } from './expiry-sweeper.ts';
export type { IndexChange, IndexPeerEvent, IndexPeers } from './index-peers.ts';
export { ListingIndexer, toMatchable, type IndexerPeerLink } from './listing-indexer.ts';
export { ListingPresenter, type RevealLookup } from './listing-presenter.ts';
export { ListingRepository, LISTING_INDEXES, type ListingRecord } from './listing-repository.ts';
export { meaningOf, MIN_LISTING_WORDS, textWithoutMarkup } from './listing-meaning.ts';
export { DEFAULT_LISTINGS_PER_DAY } from './listing-quota.ts';
export { ListingService, type ListingHooks } from './listing-service.ts';
export { effectiveStatus, isLive } from './listing-status.ts';
export { toListingView } from './listing-view.ts';
export { listingRoutes } from './routes.ts';
