// 重置密码的简体中文字符串。
import type { resetEn } from './reset-en.ts';

export const resetZhHans: Record<keyof typeof resetEn, string> = {
  'reset.forgot': '忘记密码？',
  'reset.title': '重置密码',
  'reset.intro': '请输入账户的邮箱地址。我们会发送一个设置新密码的链接，只能使用一次，有效期一小时。',
  'reset.send': '发送链接',
  'reset.sending': '正在发送…',
  'reset.sent': '如果 {email} 有账户，重置密码的链接已经发出。',
  'reset.sentHint': '请查看收件箱（及垃圾邮件）。只有最新的链接有效，一小时后失效。',
  'reset.backToSignIn': '返回登录',
  'reset.newTitle': '设置新密码',
  'reset.newIntro': '密码更改后，所有登录此账户的设备都会退出登录。',
  'reset.newPassword': '新密码',
  'reset.confirm': '再次输入新密码',
  'reset.mismatch': '两次输入的密码不一致。',
  'reset.save': '设置新密码',
  'reset.saving': '正在保存…',
  'reset.done': '密码已更改，账户所有会话均已结束。请用新密码登录。',
  'reset.askAgain': '申请新链接',
  'error.reset_link_invalid': '此重置密码链接无效。请确认已打开邮件中的完整链接，或申请新链接。',
  'error.reset_link_expired': '此重置密码链接已过期，或已被更新的链接取代。请申请新链接。',
  'error.reset_link_used': '此重置密码链接已被使用。请用新密码登录，或申请新链接。',
};
