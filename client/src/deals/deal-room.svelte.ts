// One open deal room: the deal as I see it (members, my permissions), its sign-offs, comment
// threads and history, all kept live by the room's Socket.IO events.
import type { DealDetail, DealDoc, DealView, SignoffsWithdrawn, SignoffView, VersionRestored, VersionTitle } from '../../../shared/schemas/deals.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { CommentThreads } from './comments/comment-threads.svelte.ts';
import { joinDealRoom } from './deal-events.ts';
import { getDeal, listSignoffs, signOff, withdrawSignOff } from './deals-api.ts';
import { DealHistory } from './history/deal-history.svelte.ts';
import { listVersions } from './history/history-api.ts';
import { NDA_REQUIRED, orNdaRequired } from './nda/nda-api.ts';

export class DealRoom {
  deal = $state.raw<DealDetail | null>(null);
  /** I was removed from the deal (or it is gone) while it was open. */
  removed = $state(false);
  /** The server holds the room back until I accept the deal's current NDA. */
  ndaRequired = $state(false);
  signoffs = $state.raw<SignoffView[]>([]);
  /** The latest withdrawal of each term's sign-offs, until someone signs it again. */
  withdrawals = $state.raw<Map<string, SignoffsWithdrawn>>(new Map());
  /** Documents past the size limit, read-only for everyone until they shrink. */
  fullDocs = $state.raw<Set<DealDoc>>(new Set());
  /** The last restore of a version, announced to everyone in the room. */
  restored = $state.raw<(VersionRestored & { version: VersionTitle | null }) | null>(null);
  readonly threads: CommentThreads;
  readonly history: DealHistory;
  private readonly newest = new NewestLoad(true);

  constructor(
    private readonly api: ApiClient,
    readonly id: string,
  ) {
    this.threads = new CommentThreads(api, id);
    this.history = new DealHistory(api, id);
  }

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => Promise.all([orNdaRequired(getDeal(this.api, this.id)), listSignoffs(this.api, this.id).catch(() => null)]),
      ([deal, signoffs]) => {
        this.ndaRequired = deal === NDA_REQUIRED;
        if (deal === NDA_REQUIRED) {
          this.deal = null;
          return;
        }
        if (!deal) {
          this.removed = this.deal !== null;
          this.deal = null;
          return;
        }
        this.deal = deal;
        if (signoffs) this.signoffs = signoffs;
      },
    );
  }

  /** Joins the room's live events; returns the cleanup that leaves it. */
  follow(socket: RealtimeSocket): () => void {
    return joinDealRoom(socket, this.id, {
      // Anything may have happened while away: read it all again.
      joined: () => {
        void this.load();
        void this.threads.load();
        this.history.refresh();
      },
      refused: () => void this.load(),
      // The pushed view has no `me` / `can`; my own role may have changed, so read mine again.
      updated: (deal) => this.applyView(deal),
      removed: () => {
        this.removed = true;
      },
      ndaChanged: () => void this.load(),
      signed: (signoff) => this.addSignoff(signoff),
      signoffsWithdrawn: (payload) => this.withdraw(payload),
      versionCreated: (version) => this.history.addVersion(version),
      versionRestored: (payload) => void this.announceRestore(payload),
      activity: (entry) => this.history.addActivity(entry),
      docFull: ({ doc, full }) => {
        const next = new Set(this.fullDocs);
        if (full) next.add(doc);
        else next.delete(doc);
        this.fullDocs = next;
      },
      commentCreated: ({ thread }) => void this.threads.upsert(thread),
      commentUpdated: ({ thread }) => void this.threads.upsert(thread),
    });
  }

  /** The pushed restore names the version by id only; its title comes from the version list. */
  private async announceRestore(payload: VersionRestored): Promise<void> {
    this.restored = { ...payload, version: null };
    try {
      const versions = await listVersions(this.api, this.id, payload.doc);
      const version = versions.find((candidate) => candidate.id === payload.versionId) ?? null;
      if (this.restored?.versionId === payload.versionId) this.restored = { ...payload, version };
    } catch {
      // The notice still says who restored what; only the version's title is missing.
    }
  }

  signoffsOf(termId: string): SignoffView[] {
    return this.signoffs.filter((signoff) => signoff.termId === termId);
  }

  async sign(termId: string, orgId: string): Promise<void> {
    this.addSignoff(await signOff(this.api, this.id, termId, orgId));
  }

  async unsign(termId: string, orgId: string): Promise<void> {
    await withdrawSignOff(this.api, this.id, termId, orgId);
    this.signoffs = this.signoffs.filter((signoff) => !(signoff.termId === termId && signoff.orgId === orgId));
  }

  private applyView(view: DealView): void {
    const current = this.deal;
    if (current) this.deal = { ...current, ...view, me: view.members.find((member) => member.userId === current.me.userId) ?? current.me };
    void this.load();
  }

  private addSignoff(signoff: SignoffView): void {
    const others = this.signoffs.filter((existing) => !(existing.termId === signoff.termId && existing.orgId === signoff.orgId));
    this.signoffs = [...others, signoff];
    if (this.withdrawals.has(signoff.termId)) {
      const withdrawals = new Map(this.withdrawals);
      withdrawals.delete(signoff.termId);
      this.withdrawals = withdrawals;
    }
  }

  private withdraw(payload: SignoffsWithdrawn): void {
    this.signoffs = this.signoffs.filter((signoff) => !(signoff.termId === payload.termId && payload.orgIds.includes(signoff.orgId)));
    this.withdrawals = new Map(this.withdrawals).set(payload.termId, payload);
  }
}
