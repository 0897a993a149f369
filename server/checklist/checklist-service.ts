// Due-diligence request lists (server/checklist): reading a deal's list and starting it from a
// deal type's template. Every member who has accepted the NDA reads it; the owner and parties start it.
import { randomUUID } from 'node:crypto';
import { templatePlan } from '../../shared/checklist/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ChecklistView, StartChecklistBody } from '../../shared/schemas/checklist.ts';
import { canEditDeal, type DealGuard, type DealMembership } from '../deals/index.ts';
import { ConflictError } from '../http/index.ts';
import { DuplicateKeyError } from '../store/index.ts';
import type { ChecklistChanges } from './checklist-changes.ts';
import type { ChecklistPresenter } from './checklist-presenter.ts';
import type { ChecklistItemRecord, ChecklistRepository, ChecklistSectionRecord } from './checklist-repository.ts';

export interface ChecklistServiceDeps {
  checklists: ChecklistRepository;
  guard: DealGuard;
  presenter: ChecklistPresenter;
  changes: ChecklistChanges;
  clock: () => Date;
}

export const NO_CHECKLIST_EDIT = 'Only the deal’s owner and parties edit the request list';

export class ChecklistService {
  constructor(private readonly deps: ChecklistServiceDeps) {}

  /** The list as `user` sees it; null when nobody has started it yet. */
  async read(user: PublicUser, dealId: string): Promise<ChecklistView | null> {
    const membership = await this.deps.guard.member(user, dealId);
    return this.viewFor(user, membership);
  }

  async viewFor(user: PublicUser, { deal, member }: DealMembership): Promise<ChecklistView | null> {
    const list = await this.deps.checklists.find(deal._id);
    if (!list) return null;
    const [sections, items] = await Promise.all([this.deps.checklists.sectionsOf(deal._id), this.deps.checklists.itemsOf(deal._id)]);
    return this.deps.presenter.view(user, { list, sections, items }, canEditDeal(member), this.deps.clock().getTime());
  }

  /** Starts the list from a template (the deal's type unless another is named); 409 once started. */
  async start(user: PublicUser, dealId: string, body: StartChecklistBody): Promise<ChecklistView> {
    const membership = await this.deps.guard.require(user, dealId, canEditDeal, NO_CHECKLIST_EDIT);
    const { deal } = membership;
    const template = body.template ?? deal.type;
    const now = this.deps.clock();
    const sections: ChecklistSectionRecord[] = [];
    const items: ChecklistItemRecord[] = [];
    templatePlan(template).forEach((plan, sectionOrder) => {
      const section = { _id: randomUUID(), dealId, template: plan.key, text: null, order: sectionOrder };
      sections.push(section);
      plan.itemKeys.forEach((key, order) => items.push(newItem({ dealId, sectionId: section._id, template: key, text: null, order }, user, now)));
    });
    try {
      // The header is the claim: of two starts at once exactly one inserts it, the other gets 409
      // before writing anything.
      await this.deps.checklists.create({ _id: dealId, template, createdBy: user.id, createdAt: now }, sections, items);
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw new ConflictError('The request list is already started');
      throw error;
    }
    await this.deps.changes.changed(user, deal, { action: 'checklist.started', before: null, after: { template, items: items.length } });
    return (await this.viewFor(user, membership)) as ChecklistView;
  }
}

/** A fresh, open item. */
export function newItem(fields: Pick<ChecklistItemRecord, 'dealId' | 'sectionId' | 'template' | 'text' | 'order'>, by: PublicUser, at: Date): ChecklistItemRecord {
  return { _id: randomUUID(), ...fields, status: 'open', ownerId: null, due: null, links: [], updatedAt: at, updatedBy: by.id };
}
