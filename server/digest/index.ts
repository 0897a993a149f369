// Digest feature: e-mail delivery of notifications as each person chose per type (in-app only,
// at once, or in a digest on their schedule in their own time zone), and the settings routes.
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { MailService, OptOutRepository } from '../mail/index.ts';
import type { NotificationRepository } from '../notifications/index.ts';
import type { Store } from '../store/index.ts';
import { DeliveryRepository } from './delivery-repository.ts';
import { DigestStateRepository } from './digest-state-repository.ts';
import { DigestSweep } from './digest-sweep.ts';
import { EmailPreferenceService } from './email-preferences.ts';
import { NotificationMailer } from './notification-mailer.ts';
import type { People } from './people.ts';
import { emailPreferenceRoutes } from './routes.ts';

export { groupActivity } from './activity-groups.ts';
export { nextDigestAt } from './digest-schedule.ts';
export { DIGEST_STATE_INDEXES, DigestStateRepository } from './digest-state-repository.ts';
export { DeliveryRepository } from './delivery-repository.ts';
export { DigestSweep } from './digest-sweep.ts';

export interface DigestFeatureDeps {
  store: Store;
  notifications: NotificationRepository;
  people: People;
  mail: MailService;
  optOuts: OptOutRepository;
  /** How often due digests are looked for (0: never, by timer; tests sweep by hand). */
  sweepMs: number;
  logger: Logger;
  clock: Clock;
}

/** The observer the notification center tells, the sweep that sends digests, and the routes. */
export function createDigests(deps: DigestFeatureDeps) {
  const delivery = new DeliveryRepository(deps.store);
  const states = new DigestStateRepository(deps.store);
  const preferences = new EmailPreferenceService({ delivery, states, optOuts: deps.optOuts, people: deps.people, clock: deps.clock });
  deps.mail.onUnsubscribe(preferences.unsubscribed);
  const sweep = new DigestSweep({ states, delivery, notifications: deps.notifications, people: deps.people, mail: deps.mail, intervalMs: deps.sweepMs, logger: deps.logger, clock: deps.clock });
  if (deps.sweepMs > 0) sweep.start();
  return {
    observer: new NotificationMailer({ delivery, states, people: deps.people, mail: deps.mail, logger: deps.logger }),
    sweep,
    routes: emailPreferenceRoutes(preferences),
  };
}
