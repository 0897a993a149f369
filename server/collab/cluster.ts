// The port through which several server instances share documents (implemented over Redis in
// server/scale). A single instance has no cluster and none of these code paths run.
import type { SessionEnd } from '../auth/index.ts';
import type { SharedDoc } from './shared-doc.ts';

/** Origin of a change that arrived from another instance: relayed to local clients, never stored or re-published. */
export class RemoteOrigin {
  constructor(readonly instanceId: string) {}
}

/** What instances tell each other besides document content. */
export type ClusterEvent =
  /** Who may open the document changed (member removed, sharing changed, size flag). */
  | { type: 'access-changed'; doc: string }
  /** A per-document flag that every instance must agree on (e.g. "full"). */
  | { type: 'flag-changed'; doc: string; flag: string; on: boolean }
  /** Sessions ended (logout, password change, sign-out everywhere): their connections are cut everywhere. */
  | { type: 'sessions-ended'; end: SessionEnd }
  /** Local only: the link to the other instances came back after an outage; events may have been missed. */
  | { type: 'reconnected' };

/** Events an instance may send to the others ("reconnected" is raised locally only). */
export type AnnouncedEvent = Exclude<ClusterEvent, { type: 'reconnected' }>;

export interface DocCluster {
  /** Joins a freshly loaded document to the other instances holding it and catches up with them. */
  open(shared: SharedDoc): Promise<void>;
  /** Leaves the document before it is unloaded. */
  close(shared: SharedDoc): void;
  /**
   * Tells every other instance; resolves once the link has passed it on (it never rejects), so a
   * caller that awaits it knows the others hear it before anything it sends afterwards.
   */
  announce(event: AnnouncedEvent): Promise<void>;
  /** Receives other instances' events; returns the function that stops it. */
  onEvent(listener: (event: ClusterEvent) => void): () => void;
}
