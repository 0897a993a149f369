// Due-diligence request lists: item statuses and links, request bodies, and the shapes the API
// returns. Items and sections carry either a template key (worded in the reader's language) or a
// member's own text, never both.
import { z } from 'zod';
import { DealTypeSchema, type DealType } from './deals.ts';
import { DueDateSchema } from './qa.ts';
import { RecordIdSchema } from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

export const CHECKLIST_STATUSES = ['open', 'in-progress', 'done', 'not-applicable'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
export const ChecklistStatusSchema = z.enum(CHECKLIST_STATUSES, { message: `The status is one of: ${CHECKLIST_STATUSES.join(', ')}` });

/** What an item can point at: a data-room file or a Q&A question (its answer). */
export const CHECKLIST_LINK_KINDS = ['file', 'answer'] as const;
export type ChecklistLinkKind = (typeof CHECKLIST_LINK_KINDS)[number];

export const CHECKLIST_ITEM_TEXT_MAX = 500;
export const CHECKLIST_SECTION_TITLE_MAX = 120;
export const CHECKLIST_LINKS_MAX = 20;
/** Items per list: a real request list runs to a few hundred lines. */
export const CHECKLIST_ITEMS_MAX = 500;
export const CHECKLIST_SECTIONS_MAX = 50;

const ItemTextSchema = visibleText(
  z.string().trim().min(1, 'Write what is requested').max(CHECKLIST_ITEM_TEXT_MAX, `An item is at most ${CHECKLIST_ITEM_TEXT_MAX} characters`),
  'The item',
);
const SectionTitleSchema = visibleText(
  z.string().trim().min(1, 'Give the section a title').max(CHECKLIST_SECTION_TITLE_MAX, `A section title is at most ${CHECKLIST_SECTION_TITLE_MAX} characters`),
  'The section title',
);

export const ChecklistLinkSchema = z.strictObject({ kind: z.enum(CHECKLIST_LINK_KINDS), id: RecordIdSchema });
export type ChecklistLink = z.infer<typeof ChecklistLinkSchema>;

/** `POST /api/deals/:id/checklist`: start the list from a deal type's template (default: the deal's type). */
export const StartChecklistBodySchema = z.strictObject({ template: DealTypeSchema.optional() });
export type StartChecklistBody = z.infer<typeof StartChecklistBodySchema>;

export const AddSectionBodySchema = z.strictObject({ title: SectionTitleSchema });
export const EditSectionBodySchema = z.strictObject({ title: SectionTitleSchema.optional(), position: z.number().int().min(0).optional() });
export type EditSectionBody = z.infer<typeof EditSectionBodySchema>;

export const AddItemBodySchema = z.strictObject({
  sectionId: RecordIdSchema,
  text: ItemTextSchema,
  ownerId: RecordIdSchema.nullable().optional(),
  due: DueDateSchema.nullable().optional(),
});
export type AddItemBody = z.infer<typeof AddItemBodySchema>;

/** `PATCH …/checklist/items/:itemId`: any of the fields; `sectionId` + `position` moves it. */
export const EditItemBodySchema = z
  .strictObject({
    text: ItemTextSchema.optional(),
    ownerId: RecordIdSchema.nullable().optional(),
    due: DueDateSchema.nullable().optional(),
    status: ChecklistStatusSchema.optional(),
    links: z.array(ChecklistLinkSchema).max(CHECKLIST_LINKS_MAX, `An item links at most ${CHECKLIST_LINKS_MAX} files or answers`).optional(),
    sectionId: RecordIdSchema.optional(),
    position: z.number().int().min(0).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Change at least one field');
export type EditItemBody = z.infer<typeof EditItemBodySchema>;

/** A link as a reader sees it: only links to what that reader may see are listed. */
export interface ChecklistLinkView extends ChecklistLink {
  title: string;
}

export interface ChecklistSectionView {
  id: string;
  /** Catalogue key while the title is the template's; null once a member wrote it. */
  template: string | null;
  text: string | null;
}

export interface ChecklistItemView {
  id: string;
  sectionId: string;
  template: string | null;
  text: string | null;
  status: ChecklistStatus;
  owner: { id: string; name: string } | null;
  due: string | null;
  /** Due date passed and neither done nor n/a (as of when the list was read). */
  overdue: boolean;
  links: ChecklistLinkView[];
  updatedAt: string;
}

/** Items done of those that count (n/a excluded), and how many are overdue. */
export interface ChecklistProgress {
  total: number;
  done: number;
  overdue: number;
}

export interface ChecklistView {
  dealId: string;
  template: DealType;
  /** In display order; items follow their section's order. */
  sections: ChecklistSectionView[];
  items: ChecklistItemView[];
  progress: ChecklistProgress;
  /** The caller may add, edit, reorder and remove items and sections. */
  canEdit: boolean;
}

/** `GET /api/deals/:id/checklist`: null until someone starts the list. */
export interface ChecklistResponse {
  checklist: ChecklistView | null;
}

/** `deal:checklist-changed`: the list changed; refetch it (links are filtered per reader). */
export interface ChecklistChanged {
  dealId: string;
  progress: ChecklistProgress;
}
