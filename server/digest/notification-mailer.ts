// Sends each new notification on its way by e-mail as its recipient chose: at once (one e-mail per
// notification, keyed by its id so a retry never sends two), or into their digest (whose schedule
// starts with the first such news). In-app-only types go nowhere else.
import { assertNever } from '../../shared/assert-never.ts';
import type { Logger } from '../logger.ts';
import type { MailPort } from '../mail/index.ts';
import type { NotificationObserver, NotificationRecord } from '../notifications/index.ts';
import { groupActivity } from './activity-groups.ts';
import type { DeliveryRepository, DeliverySettings } from './delivery-repository.ts';
import { nextDigestAt } from './digest-schedule.ts';
import type { DigestStateRepository } from './digest-state-repository.ts';
import { langOf, timeZoneOf, type People, type Person } from './people.ts';

export interface NotificationMailerDeps {
  delivery: DeliveryRepository;
  states: DigestStateRepository;
  people: People;
  mail: MailPort;
  logger: Logger;
}

export class NotificationMailer implements NotificationObserver {
  constructor(private readonly deps: NotificationMailerDeps) {}

  /** Never throws: the notification is stored and pushed whatever happens to its e-mail. */
  async created(records: readonly NotificationRecord[]): Promise<void> {
    try {
      const userIds = [...new Set(records.map((record) => record.userId))];
      const [settings, people] = await Promise.all([this.deps.delivery.many(userIds), this.deps.people.findByIds(userIds)]);
      const byId = new Map(people.map((person) => [person._id, person]));
      for (const record of records) {
        const person = byId.get(record.userId);
        const chosen = settings.get(record.userId);
        if (person && chosen) await this.route(record, person, chosen);
      }
    } catch (error) {
      this.deps.logger.error({ err: error }, 'e-mailing notifications failed');
    }
  }

  private async route(record: NotificationRecord, person: Person, settings: DeliverySettings): Promise<void> {
    const delivery = settings.delivery[record.type];
    switch (delivery) {
      case 'immediate':
        await this.deps.mail.send({ key: `notification:${record._id}`, kind: 'notification', topic: record.type, to: person.email, lang: langOf(person), data: { group: groupActivity([record])[0] } });
        return;
      case 'digest': {
        const at = new Date(record.at);
        const nextAt = nextDigestAt(settings.digest, timeZoneOf(person), at);
        // The watermark just before this news, so the first digest includes it.
        await this.deps.states.ensure({ _id: person._id, nextAt, since: new Date(at.getTime() - 1) });
        return;
      }
      case 'in-app':
        return;
      default:
        assertNever(delivery, 'delivery');
    }
  }
}
