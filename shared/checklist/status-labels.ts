// Request-list item statuses worded for server-rendered text (exports); the client's own words are in its i18n catalogues.
import type { ChecklistStatus } from '../schemas/checklist.ts';
import { labels, type Labels } from '../taxonomy/labels.ts';

export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, Labels> = {
  open: labels('Open', '未開始', '未开始'),
  'in-progress': labels('In progress', '進行中', '进行中'),
  done: labels('Done', '已完成', '已完成'),
  'not-applicable': labels('Not applicable', '不適用', '不适用'),
};
