// Q&A words in the reader's language: categories, statuses and priorities come from the shared
// lists (the export words them the same way), anchors from the dossier and board they point at.
import { QA_CATEGORIES, QA_PRIORITY_LABELS, QA_STATUS_LABELS, type QaPriority, type QaStatus } from '../../../../shared/schemas/qa.ts';
import type { Lang } from '../../../../shared/taxonomy/index.ts';

export function qaCategoryLabel(code: string, lang: Lang): string {
  return QA_CATEGORIES.find((entry) => entry.code === code)?.labels[lang] ?? code;
}

export function qaStatusLabel(status: QaStatus, lang: Lang): string {
  return QA_STATUS_LABELS[status][lang];
}

export function qaPriorityLabel(priority: QaPriority, lang: Lang): string {
  return QA_PRIORITY_LABELS[priority][lang];
}
