// Sends digests as their slots come. Each due person gets one message covering their unread news
// of digest types dated after the watermark and up to the slot; read news and other types are
// left out, and nothing at all is sent when nothing is left. The slot is claimed atomically in the
// store by the outbox's unique key `digest:<user>:<slot>`, so two instances (or a restart between
// queueing and advancing) never send it twice; the state then advances by compare-and-set.
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { MailPort } from '../mail/index.ts';
import type { NotificationRepository } from '../notifications/index.ts';
import { PeriodicSweep } from '../periodic-sweep.ts';
import { NOTIFICATION_TYPES } from '../../shared/schemas/notifications.ts';
import { groupActivity } from './activity-groups.ts';
import type { DeliveryRepository } from './delivery-repository.ts';
import { nextDigestAt } from './digest-schedule.ts';
import type { DigestStateRecord, DigestStateRepository } from './digest-state-repository.ts';
import { langOf, timeZoneOf, type People } from './people.ts';

export interface DigestSweepDeps {
  states: DigestStateRepository;
  delivery: DeliveryRepository;
  notifications: NotificationRepository;
  people: People;
  mail: MailPort;
  intervalMs: number;
  logger: Logger;
  clock: Clock;
}

const BATCH = 50;
/** A digest lists at most this many notifications; the rest wait, unread, in the app. */
const MAX_ITEMS = 200;

export class DigestSweep extends PeriodicSweep {
  constructor(private readonly deps: DigestSweepDeps) {
    super(deps.intervalMs, deps.logger, 'digest sweep failed', deps.clock);
  }

  protected async run(now: number): Promise<void> {
    for (const state of await this.deps.states.due(new Date(now), BATCH)) await this.digest(state, now);
  }

  private async digest(state: DigestStateRecord, now: number): Promise<void> {
    const person = await this.deps.people.findById(state._id);
    const settings = await this.deps.delivery.get(state._id);
    const timeZone = person ? timeZoneOf(person) : 'UTC';
    const slot = new Date(state.nextAt);
    const types = NOTIFICATION_TYPES.filter((type) => settings.delivery[type] === 'digest');
    const records = person ? await this.deps.notifications.unreadBetween(state._id, types, new Date(state.since), slot, MAX_ITEMS) : [];
    if (person && records.length > 0) {
      const data = { since: new Date(state.since).toISOString(), timeZone, groups: groupActivity(records) };
      await this.deps.mail.send({ key: `digest:${state._id}:${slot.toISOString()}`, kind: 'digest', to: person.email, lang: langOf(person), data });
    }
    // After a long outage one digest covers the missed slots; the next is the first one still ahead.
    await this.deps.states.advance(state, nextDigestAt(settings.digest, timeZone, new Date(Math.max(now, slot.getTime()))), slot);
  }
}
