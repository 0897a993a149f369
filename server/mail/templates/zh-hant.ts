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
  'password-reset': ({ expires }) => ({
    subject: '重設您的 Superconnector 密碼',
    paragraphs: [
      '有人（希望是您）要求重設此電郵地址的 Superconnector 帳戶密碼。',
      `請打開連結設定新密碼。連結只可使用一次，有效至 ${expires}；密碼更改後，帳戶所有已登入的工作階段都會結束。`,
      '如您沒有提出此要求，請忽略本電郵，您的密碼不會改變。',
    ],
    action: '設定新密碼',
  }),
  roles: { owner: '擁有人', member: '成員', party: '交易方', adviser: '顧問', manager: '經理' },
  unsubscribe: { invitation: '不想再經電郵收到邀請？', 'password-reset': '', notification: '不想再收到這類電郵？', digest: '不想再經電郵收到摘要？' },
  unsubscribeAction: '取消訂閱',
  footer: '您收到此電郵，是因為有人在 Superconnector 上使用了此地址。',
};
