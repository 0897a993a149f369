// Request-list edits: sections and items added, rewritten, moved and removed by the owner and
// parties; an item's status and links also by the member it is assigned to. Each edit is checked,
// stored, recorded in the trail, recounted into the deal's progress and pushed to the room.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ChecklistItemField } from '../../shared/schemas/activity-data.ts';
import { CHECKLIST_ITEMS_MAX, CHECKLIST_SECTIONS_MAX, type AddItemBody, type EditItemBody, type EditSectionBody } from '../../shared/schemas/checklist.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { canEditDeal, type DealGuard, type DealMemberRepository, type DealMembership } from '../deals/index.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { entryData, type ChecklistChanges } from './checklist-changes.ts';
import type { ChecklistItemRecord, ChecklistRepository, ItemChanges } from './checklist-repository.ts';
import { newItem, NO_CHECKLIST_EDIT } from './checklist-service.ts';
import type { LinkTargets } from './link-targets.ts';
import { moveInto } from './ordering.ts';

export interface ChecklistEditorDeps {
  checklists: ChecklistRepository;
  guard: DealGuard;
  members: DealMemberRepository;
  links: LinkTargets;
  changes: ChecklistChanges;
  clock: () => Date;
}

/** Fields only the owner and parties change; the assignee may change status and links too. */
const EDITOR_FIELDS = ['text', 'ownerId', 'due', 'sectionId', 'position'] as const;

export class ChecklistEditor {
  constructor(private readonly deps: ChecklistEditorDeps) {}

  async addSection(user: PublicUser, dealId: string, title: string): Promise<void> {
    const { deal } = await this.editor(user, dealId);
    const count = await this.deps.checklists.countSections(dealId);
    if (count >= CHECKLIST_SECTIONS_MAX) throw new AppError(ErrorCode.BadRequest, `A request list has at most ${CHECKLIST_SECTIONS_MAX} sections`);
    const section = { _id: randomUUID(), dealId, template: null, text: title, order: count };
    await this.deps.checklists.addSection(section);
    await this.deps.changes.changed(user, deal, { action: 'checklist.section-added', before: null, after: entryData(section) });
  }

  async editSection(user: PublicUser, dealId: string, sectionId: string, body: EditSectionBody): Promise<void> {
    const { deal } = await this.editor(user, dealId);
    const section = await this.section(dealId, sectionId);
    if (body.position !== undefined) {
      const others = (await this.deps.checklists.sectionsOf(dealId)).filter((entry) => entry._id !== sectionId);
      for (const [order, id] of moveInto(others.map((entry) => entry._id), sectionId, body.position).entries()) await this.deps.checklists.updateSection(dealId, id, { order });
    }
    const retitled = body.title !== undefined && body.title !== section.text;
    if (retitled) await this.deps.checklists.updateSection(dealId, sectionId, { text: body.title, template: null });
    const entry = retitled ? { action: 'checklist.section-edited' as const, before: entryData(section), after: { ...entryData(section), text: body.title ?? null, template: null } } : null;
    await this.deps.changes.changed(user, deal, entry);
  }

  /** Removes an empty section (409 while it holds items, so nothing is lost by a slip). */
  async removeSection(user: PublicUser, dealId: string, sectionId: string): Promise<void> {
    const { deal } = await this.editor(user, dealId);
    const section = await this.section(dealId, sectionId);
    if ((await this.deps.checklists.countItems(dealId, { sectionId })) > 0) throw new ConflictError('Move or remove the section’s items first');
    await this.deps.checklists.removeSection(dealId, sectionId);
    await this.deps.changes.changed(user, deal, { action: 'checklist.section-removed', before: entryData(section), after: null });
  }

  async addItem(user: PublicUser, dealId: string, body: AddItemBody): Promise<string> {
    const { deal } = await this.editor(user, dealId);
    await this.section(dealId, body.sectionId);
    if ((await this.deps.checklists.countItems(dealId)) >= CHECKLIST_ITEMS_MAX) throw new AppError(ErrorCode.BadRequest, `A request list has at most ${CHECKLIST_ITEMS_MAX} items`);
    if (body.ownerId) await this.checkOwner(dealId, body.ownerId);
    const order = await this.deps.checklists.countItems(dealId, { sectionId: body.sectionId });
    const item = { ...newItem({ dealId, sectionId: body.sectionId, template: null, text: body.text, order }, user, this.deps.clock()), ownerId: body.ownerId ?? null, due: body.due ?? null };
    await this.deps.checklists.addItem(item);
    await this.deps.changes.changed(user, deal, { action: 'checklist.item-added', before: null, after: entryData(item) });
    return item._id;
  }

  async editItem(user: PublicUser, dealId: string, itemId: string, body: EditItemBody): Promise<void> {
    const membership = await this.deps.guard.member(user, dealId);
    const item = await this.item(dealId, itemId);
    this.checkMayEdit(user, membership, item, body);
    const changes = await this.changesOf(user, item, body);
    await this.deps.checklists.updateItem(dealId, itemId, { ...changes, updatedAt: this.deps.clock(), updatedBy: user.id });
    if (body.position !== undefined || body.sectionId !== undefined) await this.place(item, body.sectionId ?? item.sectionId, body.position);
    await this.recordItemEdit(user, membership, item, changes);
  }

  async removeItem(user: PublicUser, dealId: string, itemId: string): Promise<void> {
    const { deal } = await this.editor(user, dealId);
    const item = await this.item(dealId, itemId);
    await this.deps.checklists.removeItem(dealId, itemId);
    await this.deps.changes.changed(user, deal, { action: 'checklist.item-removed', before: entryData(item), after: null });
  }

  private async recordItemEdit(user: PublicUser, { deal }: DealMembership, item: ChecklistItemRecord, changes: ItemChanges): Promise<void> {
    const after = { ...entryData(item), ...(changes.text !== undefined && { text: changes.text, template: null }) };
    const fields = changedFields(item, changes);
    if (changes.status !== undefined && changes.status !== item.status) {
      await this.deps.changes.changed(user, deal, { action: 'checklist.item-status', before: { status: item.status }, after: { ...after, status: changes.status } });
    }
    if (fields.length > 0 || changes.status === undefined || changes.status === item.status) {
      await this.deps.changes.changed(user, deal, fields.length > 0 ? { action: 'checklist.item-edited', before: entryData(item), after: { ...after, fields } } : null);
    }
  }

  private checkMayEdit(user: PublicUser, { member }: DealMembership, item: ChecklistItemRecord, body: EditItemBody): void {
    if (canEditDeal(member)) return;
    const assignee = item.ownerId === user.id && member.role !== 'manager';
    if (!assignee || EDITOR_FIELDS.some((field) => body[field] !== undefined)) {
      throw new ForbiddenError(assignee ? 'As the item’s owner you change its status and links only' : NO_CHECKLIST_EDIT);
    }
  }

  private async changesOf(user: PublicUser, item: ChecklistItemRecord, body: EditItemBody): Promise<ItemChanges> {
    if (body.ownerId) await this.checkOwner(item.dealId, body.ownerId);
    if (body.sectionId !== undefined) await this.section(item.dealId, body.sectionId);
    const changes: ItemChanges = {};
    if (body.text !== undefined && body.text !== item.text) Object.assign(changes, { text: body.text, template: null });
    if (body.ownerId !== undefined) changes.ownerId = body.ownerId;
    if (body.due !== undefined) changes.due = body.due;
    if (body.status !== undefined) changes.status = body.status;
    if (body.links !== undefined) changes.links = await this.deps.links.merge(user, item.dealId, body.links, item.links);
    if (body.sectionId !== undefined) changes.sectionId = body.sectionId;
    return changes;
  }

  /** Puts the item at `position` in `sectionId` (the end when absent), renumbering that section. */
  private async place(item: ChecklistItemRecord, sectionId: string, position: number | undefined): Promise<void> {
    const others = (await this.deps.checklists.itemsOf(item.dealId)).filter((entry) => entry.sectionId === sectionId && entry._id !== item._id);
    const ids = moveInto(others.map((entry) => entry._id), item._id, position ?? others.length);
    for (const [order, id] of ids.entries()) await this.deps.checklists.updateItem(item.dealId, id, { order });
  }

  /** An item's owner is a member who does the work: a party or an adviser, not a manager. */
  private async checkOwner(dealId: string, userId: string): Promise<void> {
    const member = await this.deps.members.find(dealId, userId);
    if (!member || member.role === 'manager') {
      const message = 'The owner is a party or adviser of this deal';
      throw new AppError(ErrorCode.BadRequest, message, [{ path: 'ownerId', message }]);
    }
  }

  private editor(user: PublicUser, dealId: string): Promise<DealMembership> {
    return this.deps.guard.require(user, dealId, canEditDeal, NO_CHECKLIST_EDIT);
  }

  private async section(dealId: string, sectionId: string) {
    const section = await this.deps.checklists.findSection(dealId, sectionId);
    if (!section) throw new NotFoundError('Section');
    return section;
  }

  private async item(dealId: string, itemId: string): Promise<ChecklistItemRecord> {
    const item = await this.deps.checklists.findItem(dealId, itemId);
    if (!item) throw new NotFoundError('Item');
    return item;
  }
}

function changedFields(item: ChecklistItemRecord, changes: ItemChanges): ChecklistItemField[] {
  const fields: ChecklistItemField[] = [];
  if (changes.text !== undefined) fields.push('text');
  if (changes.ownerId !== undefined && changes.ownerId !== item.ownerId) fields.push('owner');
  if (changes.due !== undefined && changes.due !== item.due) fields.push('due');
  if (changes.links !== undefined && JSON.stringify(changes.links) !== JSON.stringify(item.links)) fields.push('links');
  if (changes.sectionId !== undefined && changes.sectionId !== item.sectionId) fields.push('section');
  return fields;
}
