// 繁體中文 e-mail wording.
import type { MailCatalogue } from './wording.ts';

export const zhHant: MailCatalogue = {
  invitation: ({ inviterName, targetKind, targetTitle, role, expires }) => ({
    subject: targetKind === 'deal' ? `${inviterName} 邀請您加入交易「${targetTitle}」` : `${inviterName} 邀請您加入 ${targetTitle}`,
    paragraphs: [
      targetKind === 'deal'
        ? `${inviterName} 邀請您以${role}身份加入 Superconnector 上的交易室「${targetTitle}」。`
        : `${inviterName} 邀請您以${role}身份加入 Superconnector 上的機構 ${targetTitle}。`,
      '請打開連結，以此電郵地址註冊或登入並接受邀請。如該交易要求保密協議，您會先閱讀並接受協議。',
      `此連結只可使用一次，有效至 ${expires}。`,
    ],
    action: '接受邀請',
  }),
  'password-reset': ({ name, expires }) => ({
    subject: '重設您的 Superconnector 密碼',
    paragraphs: [
      `${name}，您好：`,
      '有人（希望是您）要求重設此電郵地址的 Superconnector 帳戶密碼。',
      `請打開連結設定新密碼。連結只可使用一次，有效至 ${expires}；密碼更改後，帳戶所有已登入的工作階段都會結束。`,
      '如您沒有提出此要求，請忽略本電郵，您的密碼不會改變。',
    ],
    action: '設定新密碼',
  }),
  'password-changed': ({ name, changed }) => ({
    subject: '您的 Superconnector 密碼已更改',
    paragraphs: [
      `${name}，您好：`,
      `您的 Superconnector 帳戶密碼已於 ${changed} 經重設連結更改，帳戶所有已登入的工作階段均已結束。`,
      '如是您本人操作，無須再做任何事。如不是，請立即索取新的重設連結，取回帳戶。',
    ],
    action: '再次重設密碼',
  }),
  'meeting-invitation': ({ title, when, minutes, location, organiserName, change }) => ({
    subject: { confirmed: `會議已確認：${title}`, withdrawn: `已提出新時間：${title}`, cancelled: `會議已取消：${title}` }[change],
    paragraphs: [
      {
        confirmed: `由 ${organiserName} 安排的會議「${title}」已確認於 ${when} 舉行（${minutes} 分鐘）。`,
        withdrawn: `會議「${title}」原定的時間（${when}）已撤回，並已提出新的時間。在新時間獲接受前，您日曆中的項目會被移除。`,
        cancelled: `原定於 ${when} 的會議「${title}」已取消。`,
      }[change],
      ...(change === 'confirmed' ? [`地點：${location}`, '邀請已附上：打開即可將會議加入日曆。'] : []),
    ],
    action: '查看會議',
  }),
  'meeting-reminder': ({ title, when, minutes, location, lead }) => ({
    subject: `${lead === '1h' ? '1 小時後' : '24 小時內'}：${title}`,
    paragraphs: [`提醒：會議「${title}」將${lead === '1h' ? '於約一小時後' : '在 24 小時內'}開始，時間為 ${when}（${minutes} 分鐘）。`, `地點：${location}`],
    action: '查看會議',
  }),
  'term-reminder': ({ dealTitle, itemTitle, due }) => ({
    subject: `條款 ${due} 到期：${itemTitle}`,
    paragraphs: [`交易「${dealTitle}」中的條款「${itemTitle}」將於 ${due} 到期，尚未議定。此條款由您負責。`],
    action: '查看條款板',
  }),
  'question-reminder': ({ dealTitle, itemTitle, due }) => ({
    subject: `問題 ${due} 到期：${itemTitle}`,
    paragraphs: [`交易「${dealTitle}」中的問題「${itemTitle}」將於 ${due} 到期，尚未有經批准的答覆。`],
    action: '查看問題',
  }),
  roles: { owner: '擁有人', member: '成員', party: '交易方', adviser: '顧問', manager: '經理' },
  unsubscribe: {
    invitation: '不想再經電郵收到邀請？',
    'password-reset': '',
    'password-changed': '',
    'meeting-invitation': '不想再經電郵收到會議邀請？',
    'meeting-reminder': '不想再經電郵收到會議提醒？',
    'term-reminder': '不想再收到條款到期提醒？',
    'question-reminder': '不想再收到問題到期提醒？',
    notification: '不想再收到這類電郵？',
    digest: '不想再經電郵收到摘要？',
  },
  unsubscribeAction: '取消訂閱',
  footer: '您收到此電郵，是因為有人在 Superconnector 上使用了此地址。',
};
