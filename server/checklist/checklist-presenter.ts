// Turns stored request-list records into what one reader sees: owners by name, overdue flags as
// of now, and only the links that reader may see.
import { checklistProgress, isItemOverdue } from '../../shared/checklist/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ChecklistItemView, ChecklistView } from '../../shared/schemas/checklist.ts';
import type { UserRepository } from '../auth/index.ts';
import type { ChecklistItemRecord, ChecklistRecord, ChecklistSectionRecord } from './checklist-repository.ts';
import type { LinkTargets } from './link-targets.ts';

export interface ChecklistRecords {
  list: ChecklistRecord;
  sections: ChecklistSectionRecord[];
  items: ChecklistItemRecord[];
}

export class ChecklistPresenter {
  constructor(
    private readonly users: UserRepository,
    private readonly links: LinkTargets,
  ) {}

  async view(reader: PublicUser, records: ChecklistRecords, canEdit: boolean, now: number): Promise<ChecklistView> {
    const { list, sections, items } = records;
    const ownerIds = [...new Set(items.flatMap((item) => (item.ownerId ? [item.ownerId] : [])))];
    const owners = ownerIds.length > 0 ? await this.users.findByIds(ownerIds) : [];
    const names = new Map(owners.map((user) => [user._id, user.name]));
    const sectionOrder = new Map(sections.map((section, index) => [section._id, index]));
    const ordered = [...items].sort((a, b) => (sectionOrder.get(a.sectionId) ?? 0) - (sectionOrder.get(b.sectionId) ?? 0) || a.order - b.order);
    return {
      dealId: list._id,
      template: list.template,
      sections: sections.map((section) => ({ id: section._id, template: section.template, text: section.text })),
      items: await Promise.all(ordered.map((item) => this.item(reader, item, names, now))),
      progress: checklistProgress(items, now),
      canEdit,
    };
  }

  private async item(reader: PublicUser, item: ChecklistItemRecord, names: Map<string, string>, now: number): Promise<ChecklistItemView> {
    return {
      id: item._id,
      sectionId: item.sectionId,
      template: item.template,
      text: item.text,
      status: item.status,
      owner: item.ownerId ? { id: item.ownerId, name: names.get(item.ownerId) ?? 'Former user' } : null,
      due: item.due,
      overdue: isItemOverdue(item, now),
      links: await this.links.visible(reader, item.dealId, item.links),
      updatedAt: item.updatedAt.toISOString(),
    };
  }
}
