// Who hears of a Q&A step, through the notification center: the assignee when a question is
// asked or assigned to them, the answering side's approvers when a draft waits, the asker when the
// answer is approved, the assignee and drafter when it is sent back. Facts only (titles, an
// excerpt of the reason); the reader's client words them. A failure is logged, never undoing the step.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { NotificationType } from '../../shared/schemas/notifications.ts';
import type { DealMemberRepository, DealRecord } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import { notifyQuietly, type NotificationPort } from '../notifications/index.ts';
import { sideApprovers } from './question-answerers.ts';
import type { QuestionRecord } from './question-repository.ts';

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

export class QaNotifier {
  constructor(
    private readonly members: DealMemberRepository,
    private readonly port: NotificationPort | undefined,
    private readonly logger: Logger,
  ) {}

  /** A new question: its assignee, else the answering side's approvers (the owner among them when on that side). */
  async asked(deal: DealRecord, question: QuestionRecord, by: PublicUser, approverIds: readonly string[]): Promise<void> {
    const recipients = question.assigneeId ? [question.assigneeId] : await this.approversOf(deal, question.answeringOrgId, approverIds);
    await this.send('qa.assigned', deal, question, by, recipients);
  }

  async assigned(deal: DealRecord, question: QuestionRecord, by: PublicUser): Promise<void> {
    if (question.assigneeId) await this.send('qa.assigned', deal, question, by, [question.assigneeId]);
  }

  async drafted(deal: DealRecord, question: QuestionRecord, by: PublicUser, approverIds: readonly string[]): Promise<void> {
    await this.send('qa.approval', deal, question, by, await this.approversOf(deal, question.answeringOrgId, approverIds));
  }

  async answered(deal: DealRecord, question: QuestionRecord, by: PublicUser): Promise<void> {
    await this.send('qa.answered', deal, question, by, [question.askedBy]);
  }

  async sentBack(deal: DealRecord, question: QuestionRecord, by: PublicUser, reason: string): Promise<void> {
    const recipients = [question.assigneeId, question.answer?.draftedBy].filter((id): id is string => Boolean(id));
    await this.send('qa.sent-back', deal, question, by, [...new Set(recipients)], { excerpt: excerpt(reason) });
  }

  /** The designated approvers and the owners acting for the side. */
  private async approversOf(deal: DealRecord, orgId: string, approverIds: readonly string[]): Promise<string[]> {
    return sideApprovers(await this.members.membersOf(deal._id), orgId, approverIds);
  }

  private send(type: NotificationType, deal: DealRecord, question: QuestionRecord, by: PublicUser, recipientIds: readonly string[], extra: Record<string, string> = {}): Promise<void> {
    return notifyQuietly(
      this.port,
      {
        type,
        recipientIds,
        subject: { kind: 'deal', id: deal._id, dealId: deal._id, title: deal.title },
        actor: { id: by.id, name: by.name },
        data: { questionId: question._id, questionTitle: question.title, number: question.number, ...extra },
      },
      this.logger,
    );
  }
}
