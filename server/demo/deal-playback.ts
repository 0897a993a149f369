// Plays one scripted deal through the API on the demo clock: both sides' interest, the
// introduction, the deal room with its manager (and adviser), every stage move, and the board's
// terms (sign-offs included). After each step the app settles, so the work it does on document
// changes (progress figures, sign-off checks) is dated at that step too.
import { findTerm, readTerms, TermField, type TermStatus } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import { ndaTemplate } from '../../shared/nda-templates.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DealType } from '../../shared/schemas/deals.ts';
import type { DocRegistry } from '../collab/index.ts';
import type { DemoApiClient, DemoSession } from './api-client.ts';
import type { DemoClock } from './demo-clock.ts';
import type { BoardProgress, DealEvent, DealScript } from './deal-plan.ts';
import type { PickedMatch } from './match-picker.ts';
import { termIn } from './text.ts';

/** A few minutes between steps of one moment (joining after the room opens, the second sign-off). */
const STEP_DAYS = 0.004;

/** What the playback drives: the API, the clock, and the app's documents and settling. */
export interface DemoWorld {
  api: DemoApiClient;
  clock: DemoClock;
  registry: Pick<DocRegistry, 'edit'>;
  settle(): Promise<void>;
  /** The adviser and the manager every demo deal is shown to. */
  adviser: DemoSession;
  manager: DemoSession;
}

function personOf(session: DemoSession): PublicUser {
  return { id: session.userId, email: session.email, name: session.name };
}

/** The status each live term takes for this progress, by board order; unchanged where it says nothing. */
export function statusesFor(progress: BoardProgress, count: number): (TermStatus | null)[] {
  const agreed = Math.round(progress.agreed * count);
  const proposed = agreed + Math.round(progress.proposed * count);
  const blocked = Math.min(count, proposed + progress.blocked);
  return Array.from({ length: count }, (_unused, index) => (index < agreed ? 'agreed' : index < proposed ? 'proposed' : index < blocked ? 'blocked' : null));
}

/** Sets the board's statuses as a party would on the board; returns the ids of the agreed terms. */
async function moveTerms(world: DemoWorld, dealId: string, author: DemoSession, progress: BoardProgress): Promise<string[]> {
  const agreed: string[] = [];
  await world.registry.edit(formatDocName('board', dealId), personOf(author), (shared) => {
    const terms = readTerms(shared.doc)
      .filter((term) => term.status !== 'withdrawn')
      .sort((a, b) => a.order - b.order);
    statusesFor(progress, terms.length).forEach((status, index) => {
      const term = terms[index];
      if (status && status !== term.status) findTerm(shared.doc, term.id)?.set(TermField.status, status);
      if (status === 'agreed') agreed.push(term.id);
    });
  });
  return agreed;
}

export class DealPlayback {
  private dealId: string | null = null;
  private type: DealType | null = null;

  constructor(
    private readonly world: DemoWorld,
    private readonly script: DealScript,
    private readonly match: PickedMatch,
  ) {}

  /** Plays every event at its moment; resolves with the deal's id. */
  async play(): Promise<string> {
    for (const event of this.script.events) {
      this.world.clock.setDaysAgo(event.daysAgo);
      await this.apply(event);
      await this.world.settle();
    }
    return this.deal();
  }

  private deal(): string {
    if (!this.dealId) throw new Error('a demo deal script acts on its deal before opening it');
    return this.dealId;
  }

  private dealType(): DealType {
    if (!this.type) throw new Error('a demo deal script acts on its deal before opening it');
    return this.type;
  }

  private async apply(event: DealEvent): Promise<void> {
    const { api } = this.world;
    const { opener, other, matchId, lang } = this.match;
    switch (event.kind) {
      case 'interest':
        await api.interest((event.side === 'opener' ? opener : other).session, matchId);
        return;
      case 'introduce':
        await api.introduce(opener.session, matchId);
        return;
      case 'open':
        return this.open(event.daysAgo);
      case 'move':
        await api.moveStage(opener.session, this.deal(), event.to, event.reason ? termIn(event.reason, lang) : undefined);
        return;
      case 'terms':
        return this.terms(event);
      case 'nda':
        return this.nda(event);
    }
  }

  private async open(daysAgo: number): Promise<void> {
    const { api, clock } = this.world;
    const { opener, matchId, lang } = this.match;
    const deal = await api.openDeal(opener.session, { matchId, lang });
    this.dealId = deal.id;
    this.type = deal.type;
    clock.setDaysAgo(daysAgo - STEP_DAYS);
    if (this.script.adviser) await api.addDealMember(opener.session, deal.id, this.world.adviser, 'adviser');
    clock.setDaysAgo(daysAgo - 2 * STEP_DAYS);
    await api.addDealMember(opener.session, deal.id, this.world.manager, 'manager');
  }

  /** The opener publishes the deal type's NDA in the deal's language; the others accept it in turn. */
  private async nda(event: Extract<DealEvent, { kind: 'nda' }>): Promise<void> {
    const { api, clock, manager, adviser } = this.world;
    const { opener, other, lang } = this.match;
    const published = await api.publishNda(opener.session, this.deal(), ndaTemplate(this.dealType(), lang), lang);
    if (!published.current) throw new Error('the demo NDA was published without a version');
    const accepting = [other.session, manager, ...(this.script.adviser && event.adviserAccepts ? [adviser] : [])];
    for (const [index, session] of accepting.entries()) {
      clock.setDaysAgo(event.daysAgo - (index + 1) * STEP_DAYS);
      await api.acceptNda(session, this.deal(), published.current);
    }
  }

  private async terms(event: Extract<DealEvent, { kind: 'terms' }>): Promise<void> {
    const { opener, other } = this.match;
    const agreed = await moveTerms(this.world, this.deal(), opener.session, event);
    if (!event.signed) return;
    await this.world.settle();
    for (const [index, side] of [opener, other].entries()) {
      this.world.clock.setDaysAgo(event.daysAgo - (index + 1) * STEP_DAYS);
      for (const termId of agreed) await this.world.api.signOff(side.session, this.deal(), termId);
    }
  }
}
