// 繁體中文 activity wording for digests and immediate e-mails.
import type { ActivityWords } from './activity-words.ts';

const many = (count: number, one: string, more: string) => (count > 1 ? more : one);

export const activityZhHant: ActivityWords = {
  line: {
    'match.new': (v) => many(v.count, `「${v.title}」有新配對：「${v.theirs}」`, `「${v.title}」有 ${v.count} 個新配對`),
    'match.interest': (v) => many(v.count, `${v.actor}對「${v.title}」的配對感興趣`, `「${v.title}」的配對收到 ${v.count} 次興趣表示`),
    'match.mutual': (v) => many(v.count, `雙方互有興趣：「${v.title}」與「${v.theirs}」`, `「${v.title}」有 ${v.count} 個雙向配對`),
    'match.reminder': (v) => many(v.count, `對「${v.title}」的興趣正等候您回覆：「${v.theirs}」`, `對「${v.title}」的 ${v.count} 次興趣表示正等候您回覆`),
    'match.expired': (v) => many(v.count, `您對「${v.theirs}」的興趣表示已過期，對方未有回覆`, `您為「${v.title}」作出的 ${v.count} 次興趣表示已過期`),
    'deal.invitation': (v) => many(v.count, `${v.actor}邀請${v.org || '您'}加入交易「${v.title}」`, `${v.count} 個交易邀請`),
    'org.invitation': (v) => many(v.count, `${v.actor}邀請您加入 ${v.title}`, `${v.count} 個機構邀請`),
    'comment.mention': (v) => many(v.count, `${v.actor}提及了您：「${v.excerpt}」`, `${v.count} 次提及您`),
    'comment.reply': (v) => many(v.count, `${v.actor}在您的討論串回覆：「${v.excerpt}」`, `您的討論串有 ${v.count} 個回覆`),
    'term.signed': (v) => many(v.count, `${v.actor}已同意條款「${v.term}」`, `${v.count} 人已同意條款「${v.term}」`),
    'term.blocked': (v) => `條款「${v.term}」受阻`,
    'deal.stage': (v) => (v.news === 'proposed' ? `${v.actor}建議把交易由${v.from}推進至${v.to}` : v.news === 'rejected' ? `交易維持在${v.from}，未推進至${v.to}` : `階段由${v.from}改為${v.to}`),
    'term.due-soon': (v) => `條款「${v.term}」將於 ${v.due} 到期`,
    'qa.assigned': (v) => many(v.count, `有問題等候您回答：「${v.question}」`, `${v.count} 個問題等候您回答`),
    'qa.approval': (v) => many(v.count, `「${v.question}」的答覆草稿等候您批准`, `${v.count} 份答覆草稿等候您批准`),
    'qa.answered': (v) => many(v.count, `「${v.question}」已有答覆`, `您的 ${v.count} 個問題已有答覆`),
    'qa.sent-back': (v) => many(v.count, `${v.actor}退回了「${v.question}」的答覆`, `${v.count} 份答覆被退回`),
  },
  group: {
    deal: (title) => `交易「${title}」`,
    listing: (title) => `您的項目「${title}」`,
    matches: () => '配對',
    invitations: () => '邀請',
  },
  someone: '有人',
  digest: {
    subject: (updates) => `您的 Superconnector 摘要：${updates} 項更新`,
    intro: (since) => `以下是自 ${since} 以來您尚未閱讀的動態。`,
    action: '查看通知',
  },
  open: '在 Superconnector 開啟',
};
