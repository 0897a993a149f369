// The catalogue keys for request-list statuses and filters.
import type { ChecklistStatus } from '../../../../shared/schemas/checklist.ts';
import type { MessageKey } from '../../i18n/en.ts';

export const CHECKLIST_STATUS_KEYS: Record<ChecklistStatus, MessageKey> = {
  open: 'checklist.status.open',
  'in-progress': 'checklist.status.in-progress',
  done: 'checklist.status.done',
  'not-applicable': 'checklist.status.not-applicable',
};
