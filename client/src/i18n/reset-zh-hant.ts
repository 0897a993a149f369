// 重設密碼的繁體中文字串。
import type { resetEn } from './reset-en.ts';

export const resetZhHant: Record<keyof typeof resetEn, string> = {
  'reset.forgot': '忘記密碼？',
  'reset.title': '重設密碼',
  'reset.intro': '請輸入帳戶的電郵地址。我們會寄上一條設定新密碼的連結，只可使用一次，有效一小時。',
  'reset.send': '寄出連結',
  'reset.sending': '正在寄出…',
  'reset.sent': '如 {email} 有帳戶，重設密碼的連結已經寄出。',
  'reset.sentHint': '請查看收件匣（及垃圾郵件）。只有最新的連結有效，一小時後失效。',
  'reset.backToSignIn': '返回登入',
  'reset.newTitle': '設定新密碼',
  'reset.newIntro': '密碼更改後，所有登入此帳戶的裝置都會被登出。',
  'reset.newPassword': '新密碼',
  'reset.confirm': '再次輸入新密碼',
  'reset.mismatch': '兩次輸入的密碼不相同。',
  'reset.save': '設定新密碼',
  'reset.saving': '正在儲存…',
  'reset.done': '密碼已更改，帳戶所有工作階段均已結束。請以新密碼登入。',
  'reset.askAgain': '索取新連結',
  'error.reset_link_invalid': '此重設密碼連結無效。請確認已打開電郵中的完整連結，或索取新連結。',
  'error.reset_link_expired': '此重設密碼連結已過期，或已被較新的連結取代。請索取新連結。',
  'error.reset_link_used': '此重設密碼連結已被使用。請以新密碼登入，或索取新連結。',
};
