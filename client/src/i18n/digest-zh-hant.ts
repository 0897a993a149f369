// 電郵遞送（各類通知的選擇、摘要時間表）的繁體中文字串。
import type { digestEn } from './digest-en.ts';

export const digestZhHant: Record<keyof typeof digestEn, string> = {
  'notifications.delivery.label': '「{kind}」的電郵',
  'notifications.delivery.in-app': '只在應用程式內',
  'notifications.delivery.immediate': '即時發電郵',
  'notifications.delivery.digest': '放入摘要',
  'notifications.digest.title': '電郵摘要',
  'notifications.digest.hint': '一封電郵列出您尚未閱讀的動態，按交易及項目分組。沒有新動態時不會發送。',
  'notifications.digest.frequency': '頻率',
  'notifications.digest.hourly': '每小時',
  'notifications.digest.daily': '每天',
  'notifications.digest.weekly': '每星期',
  'notifications.digest.weekday': '逢',
  'notifications.digest.hour': '時間',
  'notifications.digest.lang': '電郵以{lang}撰寫，即您使用本平台的語言。',
  'notifications.digest.zone': '時間以您的時區 {zone} 計算。',
  'notifications.digest.changeZone': '更改時區',
  'notifications.digest.next': '下一封摘要：{when}',
  'notifications.digest.saved': '已儲存',
  // Named on the unsubscribe page (client/src/mail).
  'unsubscribe.kind.notification': '這類通知的即時電郵（通知仍會在應用程式內顯示）',
  'unsubscribe.kind.digest': '摘要電郵（動態仍會在應用程式內顯示）',
};
