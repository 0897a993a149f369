// Live Q&A updates: each member gets `qa:question-updated` in their own Socket.IO room with the
// question as they may see it (question-presenter.ts), so a draft or a note never travels to the
// other side. A change only one side can see (a draft, a note) is pushed to that side alone, and
// members who have not accepted the NDA or may only read the FAQ hear of nothing else.
import { canReadQuestions, ndaPending, sideOf, type DealMemberRecord, type DealMemberRepository, type DealRecord } from '../deals/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { QuestionPresenter } from './question-presenter.ts';
import type { QuestionRecord, QuestionRepository } from './question-repository.ts';

/** Who hears of a change: every reader of the question, or one side only. */
export type PushAudience = { kind: 'all' } | { kind: 'side'; orgId: string };

export class QuestionPusher {
  constructor(
    private readonly io: AppSocketServer,
    private readonly members: DealMemberRepository,
    private readonly questions: QuestionRepository,
    private readonly presenter: QuestionPresenter,
  ) {}

  async push(deal: DealRecord, question: QuestionRecord, audience: PushAudience, today: string): Promise<void> {
    const readers = (await this.members.membersOf(deal._id)).filter((member) => this.hears(deal, member, question, audience));
    const bySide = new Map<string | null, DealMemberRecord[]>();
    for (const member of readers) bySide.set(sideOf(member), [...(bySide.get(sideOf(member)) ?? []), member]);
    for (const [side, members] of bySide) {
      const notes = side ? await this.questions.notesOf([question._id], side) : [];
      const [view] = await this.presenter.views([question], { side }, notes, today);
      for (const member of members) this.io.to(userRoom(member.userId)).emit('qa:question-updated', { dealId: deal._id, question: view });
    }
  }

  private hears(deal: DealRecord, member: DealMemberRecord, question: QuestionRecord, audience: PushAudience): boolean {
    if (ndaPending(deal, member)) return false;
    if (audience.kind === 'side') return sideOf(member) === audience.orgId;
    return canReadQuestions(member) || question.faq;
  }
}
