// The port through which instances sharing one store keep their matching indexes in step
// (implemented over Redis in server/scale). Only ids travel: a receiver re-reads the store rather
// than trust listing content from the wire. A single instance has no peers and none of this runs.

/** A listing, or every live listing of an organisation, changed in the index of the instance that says so. */
export type IndexChange = { type: 'listing'; id: string } | { type: 'org'; id: string };

/** What an instance hears: another instance's change, or `resync` when some may have been missed (link back after an outage). */
export type IndexPeerEvent = IndexChange | { type: 'resync' };

export interface IndexPeers {
  /** Tells every other instance. */
  announce(change: IndexChange): void;
  /** Receives other instances' changes; returns the function that stops it. */
  listen(listener: (event: IndexPeerEvent) => void): () => void;
}
