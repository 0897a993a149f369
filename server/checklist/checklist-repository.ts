// A deal's request list as stored: one header per deal (which template it started from), its
// sections and its items, each in its own record so concurrent edits of two items never collide.
import type { ChecklistLink, ChecklistStatus } from '../../shared/schemas/checklist.ts';
import type { DealType } from '../../shared/schemas/deals.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface ChecklistRecord {
  /** The deal id: one list per deal. */
  _id: string;
  template: DealType;
  createdBy: string;
  createdAt: Date;
}

export interface ChecklistSectionRecord {
  _id: string;
  dealId: string;
  /** Catalogue key until a member writes `text`. */
  template: string | null;
  text: string | null;
  order: number;
}

export interface ChecklistItemRecord {
  _id: string;
  dealId: string;
  sectionId: string;
  template: string | null;
  text: string | null;
  order: number;
  status: ChecklistStatus;
  ownerId: string | null;
  due: string | null;
  links: ChecklistLink[];
  updatedAt: Date;
  updatedBy: string;
}

export const CHECKLIST_INDEXES: IndexSpec[] = [
  { collection: 'deal_checklist_sections', fields: ['dealId'] },
  { collection: 'deal_checklist_items', fields: ['dealId'] },
];

export type ItemChanges = Partial<Pick<ChecklistItemRecord, 'sectionId' | 'template' | 'text' | 'order' | 'status' | 'ownerId' | 'due' | 'links' | 'updatedAt' | 'updatedBy'>>;
export type SectionChanges = Partial<Pick<ChecklistSectionRecord, 'template' | 'text' | 'order'>>;

export class ChecklistRepository {
  constructor(private readonly store: Store) {}

  private get lists() {
    return this.store.collection<ChecklistRecord>('deal_checklists');
  }

  private get sections() {
    return this.store.collection<ChecklistSectionRecord>('deal_checklist_sections');
  }

  private get items() {
    return this.store.collection<ChecklistItemRecord>('deal_checklist_items');
  }

  find(dealId: string): Promise<ChecklistRecord | null> {
    return this.lists.findOne({ _id: dealId });
  }

  /**
   * Stores a new list. The header goes first: its unique `_id` lets exactly one of two starts at
   * once win (DuplicateKeyError for the other, before it wrote anything).
   */
  async create(list: ChecklistRecord, sections: ChecklistSectionRecord[], items: ChecklistItemRecord[]): Promise<void> {
    await this.lists.insertOne(list);
    if (sections.length > 0) await this.sections.insertMany(sections);
    if (items.length > 0) await this.items.insertMany(items);
  }

  sectionsOf(dealId: string): Promise<ChecklistSectionRecord[]> {
    return this.sections.find({ dealId }, { sort: { order: 1 } });
  }

  itemsOf(dealId: string): Promise<ChecklistItemRecord[]> {
    return this.items.find({ dealId }, { sort: { order: 1 } });
  }

  findSection(dealId: string, sectionId: string): Promise<ChecklistSectionRecord | null> {
    return this.sections.findOne({ _id: sectionId, dealId });
  }

  findItem(dealId: string, itemId: string): Promise<ChecklistItemRecord | null> {
    return this.items.findOne({ _id: itemId, dealId });
  }

  countItems(dealId: string, filter: { sectionId?: string } = {}): Promise<number> {
    return this.items.count({ dealId, ...filter });
  }

  countSections(dealId: string): Promise<number> {
    return this.sections.count({ dealId });
  }

  async addSection(section: ChecklistSectionRecord): Promise<void> {
    await this.sections.insertOne(section);
  }

  async addItem(item: ChecklistItemRecord): Promise<void> {
    await this.items.insertOne(item);
  }

  async updateSection(dealId: string, sectionId: string, changes: SectionChanges): Promise<void> {
    await this.sections.updateOne({ _id: sectionId, dealId }, { $set: changes });
  }

  async updateItem(dealId: string, itemId: string, changes: ItemChanges): Promise<void> {
    await this.items.updateOne({ _id: itemId, dealId }, { $set: changes });
  }

  async removeSection(dealId: string, sectionId: string): Promise<boolean> {
    return (await this.sections.deleteMany({ _id: sectionId, dealId })) > 0;
  }

  async removeItem(dealId: string, itemId: string): Promise<boolean> {
    return (await this.items.deleteMany({ _id: itemId, dealId })) > 0;
  }
}
