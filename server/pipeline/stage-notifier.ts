// Tells deal members about stage changes through the notification port: a proposal goes to those
// who decide it (owners and managers), a decision or direct move to every member but the actor.
import { canDecideStage } from '../../shared/pipeline/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DealMemberRecord, DealRecord } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { notifyQuietly } from '../notifications/index.ts';

export type StageNews = 'proposed' | 'moved' | 'rejected';

export class StageNotifier {
  constructor(
    private readonly port: NotificationPort | undefined,
    private readonly logger: Logger,
  ) {}

  /** Never throws: a failed notification must not undo a stage change that is already stored. */
  async tell(actor: PublicUser, deal: DealRecord, members: readonly DealMemberRecord[], news: StageNews, from: string, to: string): Promise<void> {
    const audience = news === 'proposed' ? members.filter(canDecideStage) : members;
    const request = {
      type: 'deal.stage' as const,
      recipientIds: audience.map((member) => member.userId).filter((id) => id !== actor.id),
      subject: { kind: 'deal' as const, id: deal._id, dealId: deal._id, title: deal.title },
      actor: { id: actor.id, name: actor.name },
      data: { news, from, to },
    };
    await notifyQuietly(this.port, request, this.logger);
  }
}
