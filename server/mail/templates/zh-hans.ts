// 简体中文 e-mail wording.
import type { MailCatalogue } from './wording.ts';

export const zhHans: MailCatalogue = {
  invitation: ({ inviterName, targetKind, targetTitle, role, expires }) => ({
    subject: targetKind === 'deal' ? `${inviterName} 邀请您加入交易“${targetTitle}”` : `${inviterName} 邀请您加入 ${targetTitle}`,
    paragraphs: [
      targetKind === 'deal'
        ? `${inviterName} 邀请您以${role}身份加入 Superconnector 上的交易室“${targetTitle}”。`
        : `${inviterName} 邀请您以${role}身份加入 Superconnector 上的机构 ${targetTitle}。`,
      '请打开链接，用此邮箱地址注册或登录并接受邀请。如该交易要求保密协议，您会先阅读并接受协议。',
      `此链接只能使用一次，有效期至 ${expires}。`,
    ],
    action: '接受邀请',
  }),
  'password-reset': ({ expires }) => ({
    subject: '重置您的 Superconnector 密码',
    paragraphs: [
      '有人（希望是您）请求重置此邮箱地址的 Superconnector 账户密码。',
      `请打开链接设置新密码。链接只能使用一次，有效期至 ${expires}；密码更改后，账户所有已登录的会话都会结束。`,
      '如果您没有提出此请求，请忽略本邮件，您的密码不会改变。',
    ],
    action: '设置新密码',
  }),
  roles: { owner: '所有者', member: '成员', party: '交易方', adviser: '顾问', manager: '经理' },
  unsubscribe: { invitation: '不想再通过邮件收到邀请？', 'password-reset': '', notification: '不想再收到这类邮件？', digest: '不想再通过邮件收到摘要？' },
  unsubscribeAction: '退订',
  footer: '您收到此邮件，是因为有人在 Superconnector 上使用了此地址。',
};
