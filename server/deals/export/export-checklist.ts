// The request list as an export shows it: sections and items worded in the export's language
// (template wording, or a member's own text), with status, owner, due day and linked files or answers.
import { CHECKLIST_STATUS_LABELS, checklistText, templateItemLabels, templateSectionLabels } from '../../../shared/checklist/index.ts';
import type { ChecklistView } from '../../../shared/schemas/checklist.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import { exportDay } from './export-dates.ts';

export interface ExportChecklist {
  done: number;
  total: number;
  sections: {
    title: string;
    items: { text: string; done: boolean; status: string; owner: string | null; due: string | null; overdue: boolean; links: string[] }[];
  }[];
}

export function exportChecklist(view: ChecklistView, lang: Lang): ExportChecklist {
  return {
    done: view.progress.done,
    total: view.progress.total,
    sections: view.sections.map((section) => ({
      title: checklistText(section, lang, templateSectionLabels),
      items: view.items
        .filter((item) => item.sectionId === section.id)
        .map((item) => ({
          text: checklistText(item, lang, templateItemLabels),
          done: item.status === 'done',
          status: CHECKLIST_STATUS_LABELS[item.status][lang],
          owner: item.owner?.name ?? null,
          due: item.due ? exportDay(item.due, lang) : null,
          overdue: item.overdue,
          links: item.links.map((link) => link.title),
        })),
    })),
  };
}

/** An item's status, owner and due day (marked when overdue), in the export's words. */
export function itemFacts(item: ExportChecklist['sections'][number]['items'][number], overdueWord: string): string[] {
  const due = item.due && (item.overdue ? `${item.due}, ${overdueWord}` : item.due);
  return [item.status, item.owner, due].filter((fact): fact is string => Boolean(fact));
}
