// Request-list trail entries as sentences: items and sections named as the reader reads them now
// (the template's wording in the reader's language, or the member's own text).
import { assertNever } from '../../../../shared/assert-never.ts';
import { checklistText, templateItemLabels, templateSectionLabels } from '../../../../shared/checklist/index.ts';
import type { ActivityDataOf, ChecklistEntryData } from '../../../../shared/schemas/activity-data.ts';
import { DEAL_TYPES } from '../../../../shared/schemas/deals.ts';
import type { EntryWording } from '../history/activity-wording.ts';
import { CHECKLIST_STATUS_KEYS } from './checklist-labels.ts';

export function checklistActivityText(entry: ActivityDataOf<'checklist'>, wording: EntryWording): string {
  const { t, actor, lookups } = wording;
  const item = (data: ChecklistEntryData) => checklistText(data, lookups.lang, templateItemLabels);
  const section = (data: ChecklistEntryData) => checklistText(data, lookups.lang, templateSectionLabels);
  switch (entry.action) {
    case 'checklist.started': {
      const template = DEAL_TYPES.find((type) => type.code === entry.after.template)?.labels[lookups.lang] ?? entry.after.template;
      return t('activity.checklist.started', { actor, template, count: entry.after.items });
    }
    case 'checklist.item-added':
      return t('activity.checklist.itemAdded', { actor, item: item(entry.after) });
    case 'checklist.item-edited':
      return t('activity.checklist.itemEdited', { actor, item: item(entry.after) });
    case 'checklist.item-status':
      return t('activity.checklist.itemStatus', { actor, item: item(entry.after), status: t(CHECKLIST_STATUS_KEYS[entry.after.status]) });
    case 'checklist.item-removed':
      return t('activity.checklist.itemRemoved', { actor, item: item(entry.before) });
    case 'checklist.section-added':
      return t('activity.checklist.sectionAdded', { actor, section: section(entry.after) });
    case 'checklist.section-edited':
      return t('activity.checklist.sectionEdited', { actor, from: section(entry.before), to: section(entry.after) });
    case 'checklist.section-removed':
      return t('activity.checklist.sectionRemoved', { actor, section: section(entry.before) });
    default:
      return assertNever(entry, 'request-list activity');
  }
}
