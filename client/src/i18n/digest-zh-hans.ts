// 电子邮件发送（各类通知的选择、摘要时间表）的简体中文字符串。
import type { digestEn } from './digest-en.ts';

export const digestZhHans: Record<keyof typeof digestEn, string> = {
  'notifications.delivery.label': '“{kind}”的邮件',
  'notifications.delivery.in-app': '仅在应用内',
  'notifications.delivery.immediate': '立即发邮件',
  'notifications.delivery.digest': '放入摘要',
  'notifications.digest.title': '邮件摘要',
  'notifications.digest.hint': '一封邮件列出您尚未阅读的动态，按交易和项目分组。没有新动态时不发送。',
  'notifications.digest.frequency': '频率',
  'notifications.digest.hourly': '每小时',
  'notifications.digest.daily': '每天',
  'notifications.digest.weekly': '每周',
  'notifications.digest.weekday': '每逢',
  'notifications.digest.hour': '时间',
  'notifications.digest.lang': '邮件以{lang}撰写，即您使用本平台的语言。',
  'notifications.digest.zone': '时间按您的时区 {zone} 计算。',
  'notifications.digest.changeZone': '更改时区',
  'notifications.digest.next': '下一封摘要：{when}',
  'notifications.digest.saved': '已保存',
  // Named on the unsubscribe page (client/src/mail).
  'unsubscribe.kind.notification': '这类通知的即时邮件（通知仍会在应用内显示）',
  'unsubscribe.kind.digest': '摘要邮件（动态仍会在应用内显示）',
};
