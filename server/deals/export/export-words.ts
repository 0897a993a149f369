// Headings and field names of the exported dossier and board, in the three languages.
import { labels } from '../../../shared/taxonomy/index.ts';

export const EXPORT_WORDS = {
  type: labels('Type', '類型', '类型'),
  stage: labels('Stage', '階段', '阶段'),
  organisations: labels('Organisations', '機構', '机构'),
  members: labels('Members', '成員', '成员'),
  generated: labels('Exported', '匯出時間', '导出时间'),
  dossier: labels('Dossier', '項目檔案', '项目档案'),
  keyFacts: labels('Key facts', '關鍵資料', '关键资料'),
  board: labels('Negotiation board', '談判板', '谈判板'),
  wording: labels('Wording', '條文', '条文'),
  status: labels('Status', '狀態', '状态'),
  owner: labels('Owner', '負責人', '负责人'),
  due: labels('Due', '限期', '限期'),
  positions: labels('Positions', '各方立場', '各方立场'),
  signoffs: labels('Sign-offs', '簽署確認', '签署确认'),
  none: labels('None', '無', '无'),
  empty: labels('(empty)', '（空白）', '（空白）'),
  comments: labels('Comments', '評論', '评论'),
  open: labels('Open', '未解決', '未解决'),
  resolved: labels('Resolved', '已解決', '已解决'),
  checklist: labels('Due-diligence request list', '盡職審查清單', '尽职调查清单'),
  done: labels('done', '已完成', '已完成'),
  overdue: labels('overdue', '已逾期', '已逾期'),
  linked: labels('Linked', '連結', '链接'),
  removedTerm: labels('A removed term', '已刪除的條款', '已删除的条款'),
  files: labels('Data-room files', '資料室檔案', '资料室文件'),
  version: labels('version', '版本', '版本'),
} as const;

/** Links are kept only to the web and e-mail; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    // Relative or malformed: not something an exported page should point at.
    return null;
  }
}
