// 简体中文 activity wording for digests and immediate e-mails.
import type { ActivityWords } from './activity-words.ts';

const many = (count: number, one: string, more: string) => (count > 1 ? more : one);

export const activityZhHans: ActivityWords = {
  line: {
    'match.new': (v) => many(v.count, `“${v.title}”有新匹配：“${v.theirs}”`, `“${v.title}”有 ${v.count} 个新匹配`),
    'match.interest': (v) => many(v.count, `${v.actor}对“${v.title}”的匹配感兴趣`, `“${v.title}”的匹配收到 ${v.count} 次意向`),
    'match.mutual': (v) => many(v.count, `双方互有意向：“${v.title}”与“${v.theirs}”`, `“${v.title}”有 ${v.count} 个双向匹配`),
    'match.reminder': (v) => many(v.count, `对“${v.title}”的意向正等待您回复：“${v.theirs}”`, `对“${v.title}”的 ${v.count} 次意向正等待您回复`),
    'match.expired': (v) => many(v.count, `您对“${v.theirs}”的意向已过期，对方未回复`, `您为“${v.title}”表达的 ${v.count} 次意向已过期`),
    'deal.invitation': (v) => many(v.count, `${v.actor}邀请${v.org || '您'}加入交易“${v.title}”`, `${v.count} 个交易邀请`),
    'org.invitation': (v) => many(v.count, `${v.actor}邀请您加入 ${v.title}`, `${v.count} 个机构邀请`),
    'comment.mention': (v) => many(v.count, `${v.actor}提到了您：“${v.excerpt}”`, `${v.count} 次提到您`),
    'comment.reply': (v) => many(v.count, `${v.actor}在您的讨论中回复：“${v.excerpt}”`, `您的讨论有 ${v.count} 条回复`),
    'term.signed': (v) => many(v.count, `${v.actor}已同意条款“${v.term}”`, `${v.count} 人已同意条款“${v.term}”`),
    'term.blocked': (v) => `条款“${v.term}”受阻`,
    'deal.stage': (v) => (v.news === 'proposed' ? `${v.actor}建议将交易由${v.from}推进到${v.to}` : v.news === 'rejected' ? `交易保持在${v.from}，未推进到${v.to}` : `阶段由${v.from}改为${v.to}`),
    'term.due-soon': (v) => `条款“${v.term}”将于 ${v.due} 到期`,
    'qa.assigned': (v) => many(v.count, `有问题等待您回答：“${v.question}”`, `${v.count} 个问题等待您回答`),
    'qa.approval': (v) => many(v.count, `“${v.question}”的答复草稿等待您批准`, `${v.count} 份答复草稿等待您批准`),
    'qa.answered': (v) => many(v.count, `“${v.question}”已有答复`, `您的 ${v.count} 个问题已有答复`),
    'qa.sent-back': (v) => many(v.count, `${v.actor}退回了“${v.question}”的答复`, `${v.count} 份答复被退回`),
  },
  group: {
    deal: (title) => `交易“${title}”`,
    listing: (title) => `您的项目“${title}”`,
    matches: () => '匹配',
    invitations: () => '邀请',
  },
  someone: '有人',
  digest: {
    subject: (updates) => `您的 Superconnector 摘要：${updates} 项更新`,
    intro: (since) => `以下是自 ${since} 以来您尚未阅读的动态。`,
    action: '查看通知',
  },
  open: '在 Superconnector 中打开',
};
