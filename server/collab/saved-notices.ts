// Saved notices (our message type 100: the state vector of everything durably stored). A client reads
// only its own client ids' clocks from one (client/src/collab/save-status.ts), so a peer is sent a
// notice only when it raises the stored clock of an id that peer speaks for (wrote with, or announced
// presence under); on a document shared by two writers that halves the notices. At most one notice
// per document per window, encoded once for everyone it goes to.
import { savedMessage } from './messages.ts';

/** What the notices need from a connected peer. */
export interface NoticePeer {
  readonly wantsSavedNotices: boolean;
  readonly awarenessClients: ReadonlySet<number>;
  send(message: Uint8Array): void;
}

interface PeerNotices {
  /** Client ids the peer wrote with here (its presence ids are read from the peer itself). */
  written: Set<number>;
  /** The stored state it was last told; shared by every peer told in the same notice, never changed. */
  told: ReadonlyMap<number, number>;
}

export class SavedNotices {
  private readonly peers = new Map<NoticePeer, PeerNotices>();
  private window: NodeJS.Timeout | undefined;
  /** Whether something was stored during the current window that nobody was told yet. */
  private storedInWindow = false;

  constructor(
    /** The live state vector of what is stored (the save queue updates it in place). */
    private readonly persisted: () => ReadonlyMap<number, number>,
    private readonly windowMs: number,
  ) {}

  join(peer: NoticePeer): void {
    if (peer.wantsSavedNotices) this.peers.set(peer, { written: new Set(), told: new Map() });
  }

  /** The notice a joining peer is sent at once: everything stored so far. */
  current(peer: NoticePeer): Uint8Array {
    const told = new Map(this.persisted());
    const state = this.peers.get(peer);
    if (state) state.told = told;
    return savedMessage(told);
  }

  leave(peer: NoticePeer): void {
    this.peers.delete(peer);
  }

  /**
   * What the peer holds (its sync step 1): every id it holds more of than it was told is stored
   * concerns it, though that content may reach this copy from someone else, or have been here before
   * a restart. If storing already overtook what it was told, it hears so now.
   */
  holds(peer: NoticePeer, stateVector: ReadonlyMap<number, number>): void {
    const state = this.peers.get(peer);
    if (!state) return;
    const ahead = [...stateVector].filter(([clientId, clock]) => clock > (state.told.get(clientId) ?? 0)).map(([clientId]) => clientId);
    for (const clientId of ahead) state.written.add(clientId);
    if (raises(this.persisted(), state.told, new Set(ahead))) this.stored();
  }

  /** The peer's own writing went into the document under these ids; their saving concerns it. */
  wrote(peer: NoticePeer, clientIds: Iterable<number>): void {
    const state = this.peers.get(peer);
    if (state) for (const clientId of clientIds) state.written.add(clientId);
  }

  // Flushes come every few tens of milliseconds on a busy document; the first in a window is told at
  // once, the rest together at the window's end with the latest stored state.
  stored(): void {
    if (this.window) {
      this.storedInWindow = true;
      return;
    }
    this.notify();
    this.window = setTimeout(() => {
      this.window = undefined;
      if (this.storedInWindow) this.stored();
    }, this.windowMs);
  }

  close(): void {
    clearTimeout(this.window);
  }

  private notify(): void {
    this.storedInWindow = false;
    const snapshot = new Map(this.persisted());
    let message: Uint8Array | undefined;
    for (const [peer, state] of this.peers) {
      if (!(raises(snapshot, state.told, state.written) || raises(snapshot, state.told, peer.awarenessClients))) continue;
      message ??= savedMessage(snapshot);
      state.told = snapshot;
      peer.send(message);
    }
  }
}

function raises(now: ReadonlyMap<number, number>, told: ReadonlyMap<number, number>, clientIds: ReadonlySet<number>): boolean {
  for (const clientId of clientIds) if ((now.get(clientId) ?? 0) > (told.get(clientId) ?? 0)) return true;
  return false;
}
