// What follows every change of a request list: the activity entry, the recount that feeds the
// deal's progress and the dashboard, and the push that tells the room to refetch.
import { checklistTally, tallyProgress, type ChecklistTally } from '../../shared/checklist/index.ts';
import type { StoredActivityDataOf } from '../activity/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ChecklistEntryData } from '../../shared/schemas/activity-data.ts';
import { dealRoom, type DealActivity, type DealRecord } from '../deals/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { ChecklistItemRecord, ChecklistRepository, ChecklistSectionRecord } from './checklist-repository.ts';

/** A request-list trail entry, without who and which deal. */
export type ChecklistEntry = StoredActivityDataOf<'checklist'>;

export interface ChecklistChangeDeps {
  checklists: ChecklistRepository;
  activity: DealActivity;
  io: AppSocketServer;
  /** The deal's progress (and its dashboard row) takes the new tally. */
  onTally: (dealId: string, tally: ChecklistTally) => Promise<void>;
  clock: () => Date;
}

/** An item or section as its trail entries name it. */
export function entryData(record: ChecklistItemRecord | ChecklistSectionRecord): ChecklistEntryData {
  return { id: record._id, template: record.template, text: record.text };
}

export class ChecklistChanges {
  constructor(private readonly deps: ChecklistChangeDeps) {}

  /** Records `entry` (none for a plain reorder), recounts and tells the room. */
  async changed(actor: PublicUser, deal: DealRecord, entry: ChecklistEntry | null): Promise<void> {
    if (entry) await this.deps.activity.record({ actor, deal, ...entry });
    const tally = checklistTally(await this.deps.checklists.itemsOf(deal._id));
    await this.deps.onTally(deal._id, tally);
    this.deps.io.to(dealRoom(deal._id)).emit('deal:checklist-changed', { dealId: deal._id, progress: tallyProgress(tally, this.deps.clock().getTime()) });
  }
}
