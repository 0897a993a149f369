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
  'password-reset': ({ name, expires }) => ({
    subject: '重置您的 Superconnector 密码',
    paragraphs: [
      `${name}，您好：`,
      '有人（希望是您）请求重置此邮箱地址的 Superconnector 账户密码。',
      `请打开链接设置新密码。链接只能使用一次，有效期至 ${expires}；密码更改后，账户所有已登录的会话都会结束。`,
      '如果您没有提出此请求，请忽略本邮件，您的密码不会改变。',
    ],
    action: '设置新密码',
  }),
  'password-changed': ({ name, changed }) => ({
    subject: '您的 Superconnector 密码已更改',
    paragraphs: [
      `${name}，您好：`,
      `您的 Superconnector 账户密码已于 ${changed} 通过重置链接更改，账户所有已登录的会话均已结束。`,
      '如果是您本人操作，无需再做任何事。如果不是，请立即申请新的重置链接，取回账户。',
    ],
    action: '再次重置密码',
  }),
  'meeting-invitation': ({ title, when, minutes, location, organiserName, change }) => ({
    subject: { confirmed: `会议已确认：${title}`, withdrawn: `已提出新时间：${title}`, cancelled: `会议已取消：${title}` }[change],
    paragraphs: [
      {
        confirmed: `由 ${organiserName} 安排的会议“${title}”已确认于 ${when} 举行（${minutes} 分钟）。`,
        withdrawn: `会议“${title}”原定的时间（${when}）已撤回，并已提出新的时间。在新时间被接受前，您日历中的条目会被移除。`,
        cancelled: `原定于 ${when} 的会议“${title}”已取消。`,
      }[change],
      ...(change === 'confirmed' ? [`地点：${location}`, '邀请已附上：打开即可将会议加入日历。'] : []),
    ],
    action: '查看会议',
  }),
  'meeting-reminder': ({ title, when, minutes, location, lead }) => ({
    subject: `${lead === '1h' ? '1 小时后' : '24 小时内'}：${title}`,
    paragraphs: [`提醒：会议“${title}”将${lead === '1h' ? '于约一小时后' : '在 24 小时内'}开始，时间为 ${when}（${minutes} 分钟）。`, `地点：${location}`],
    action: '查看会议',
  }),
  'term-reminder': ({ dealTitle, itemTitle, due }) => ({
    subject: `条款 ${due} 到期：${itemTitle}`,
    paragraphs: [`交易“${dealTitle}”中的条款“${itemTitle}”将于 ${due} 到期，尚未议定。此条款由您负责。`],
    action: '查看条款板',
  }),
  'question-reminder': ({ dealTitle, itemTitle, due }) => ({
    subject: `问题 ${due} 到期：${itemTitle}`,
    paragraphs: [`交易“${dealTitle}”中的问题“${itemTitle}”将于 ${due} 到期，尚未有经批准的答复。`],
    action: '查看问题',
  }),
  roles: { owner: '所有者', member: '成员', party: '交易方', adviser: '顾问', manager: '经理' },
  unsubscribe: {
    invitation: '不想再通过邮件收到邀请？',
    'password-reset': '',
    'password-changed': '',
    'meeting-invitation': '不想再通过邮件收到会议邀请？',
    'meeting-reminder': '不想再通过邮件收到会议提醒？',
    'term-reminder': '不想再收到条款到期提醒？',
    'question-reminder': '不想再收到问题到期提醒？',
    notification: '不想再收到这类邮件？',
    digest: '不想再通过邮件收到摘要？',
  },
  unsubscribeAction: '退订',
  footer: '您收到此邮件，是因为有人在 Superconnector 上使用了此地址。',
};
