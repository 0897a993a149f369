// "My matches" for the whole signed-in session: loaded in my language, kept current by live
// events, acted on through the workflow, with a count of what is new to me for the navigation.
import { createContext } from 'svelte';
import type { DeclineReason, OutreachAllowance } from '../../../shared/schemas/match-trust.ts';
import type { MatchView } from '../../../shared/schemas/matches.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToMatchEvents } from './match-events.ts';
import { attentionKey, inboxOrder, isUnseen } from './match-order.ts';
import { actOnMatch, declineMatch, fetchInbox, fetchOutreach, snoozeMatch, type MatchAction } from './matches-api.ts';
import { readSeen, writeSeen, type SeenMap } from './seen-matches.ts';

export const SNOOZE_DAYS = 7;

export class MatchInbox {
  matches = $state.raw<MatchView[]>([]);
  /** What each of my organisations may still send this week, by organisation id. */
  outreach = $state.raw<Record<string, OutreachAllowance>>({});
  /** Whether live events can reach the inbox right now (the socket is connected). */
  live = $state(false);
  private seen = $state.raw<SeenMap>({});
  private readonly newest = new NewestLoad(true);
  /** Matches I am acting on right now; see `follow`. */
  private readonly acting = new Set<string>();

  constructor(
    private readonly api: ApiClient,
    private readonly userId: string,
    private readonly storage: Storage | null,
    private readonly lang: () => Lang,
  ) {
    this.seen = readSeen(storage, userId);
  }

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  /** Matches whose current state I have not looked at yet. */
  get unseen(): MatchView[] {
    return this.matches.filter((match) => isUnseen(match, this.seen));
  }

  /** Loads in my language; a language switch and a reconnect can overlap, and the newest wins. */
  async load(): Promise<void> {
    await this.newest.run(
      () => fetchInbox(this.api, this.lang()),
      (matches) => {
        this.matches = matches.sort(inboxOrder);
        this.forgetOthers();
      },
    );
    await this.loadOutreach();
  }

  /** The figure is a hint shown before the click; the server decides, so a failed read only hides it. */
  async loadOutreach(): Promise<void> {
    try {
      this.outreach = Object.fromEntries((await fetchOutreach(this.api)).map((allowance) => [allowance.orgId, allowance]));
    } catch {
      // Without the figure the button still works and a 429 still explains itself.
    }
  }

  async act(matchId: string, action: MatchAction): Promise<MatchView> {
    try {
      return await this.run(matchId, () => actOnMatch(this.api, matchId, action, this.lang()));
    } finally {
      if (action === 'interest') void this.loadOutreach();
    }
  }

  decline(matchId: string, reason: DeclineReason): Promise<MatchView> {
    return this.run(matchId, () => declineMatch(this.api, matchId, reason, this.lang()));
  }

  snooze(matchId: string, days = SNOOZE_DAYS): Promise<MatchView> {
    return this.run(matchId, () => snoozeMatch(this.api, matchId, days, this.lang()));
  }

  markSeen(matches: readonly MatchView[]): void {
    if (matches.length === 0) return;
    this.seen = { ...this.seen, ...Object.fromEntries(matches.map((match) => [match.matchId, attentionKey(match)])) };
    writeSeen(this.storage, this.userId, this.seen);
  }

  /** Applies live events; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    this.live = socket.connected;
    return subscribeToMatchEvents(socket, {
      // The server pushes my own change before it answers me; that push is not news to me.
      changed: (match) => {
        this.upsert(match);
        if (this.acting.has(match.matchId)) this.markSeen([match]);
      },
      removed: (matchId) => {
        this.matches = this.matches.filter((match) => match.matchId !== matchId);
      },
      reconnected: () => void this.load(),
      connection: (live) => {
        this.live = live;
      },
    });
  }

  /** What I did myself is not news to me. */
  private async run(matchId: string, request: () => Promise<MatchView>): Promise<MatchView> {
    this.acting.add(matchId);
    try {
      const match = await request();
      this.upsert(match);
      this.markSeen([match]);
      return match;
    } finally {
      this.acting.delete(matchId);
    }
  }

  private upsert(match: MatchView): void {
    // My own answer and the other side's live change can cross on the wire; the newer one wins.
    const known = this.matches.find((existing) => existing.matchId === match.matchId);
    if (known && known.updatedAt > match.updatedAt) return;
    this.matches = [match, ...this.matches.filter((existing) => existing.matchId !== match.matchId)].sort(inboxOrder);
  }

  /** Drops remembered matches that left the inbox, so the stored map stays small. */
  private forgetOthers(): void {
    const present = new Set(this.matches.map((match) => match.matchId));
    const kept = Object.fromEntries(Object.entries(this.seen).filter(([matchId]) => present.has(matchId)));
    if (Object.keys(kept).length === Object.keys(this.seen).length) return;
    this.seen = kept;
    writeSeen(this.storage, this.userId, kept);
  }
}

export const [getMatchInbox, setMatchInbox] = createContext<MatchInbox>();
