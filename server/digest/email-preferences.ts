// A person's e-mail choices as the settings page reads and changes them, kept consistent with the
// mail feature's opt-outs both ways: choosing e-mail for a type again lifts its one-click opt-out,
// and a one-click unsubscribe turns the type (or, from a digest, every digest type) to in-app only.
import type { EmailPreferences, EmailPreferencesBody } from '../../shared/schemas/email-delivery.ts';
import { NOTIFICATION_TYPES, type NotificationType } from '../../shared/schemas/notifications.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { Clock } from '../clock.ts';
import type { OptOutRepository, UnsubscribeListener } from '../mail/index.ts';
import type { DeliveryRepository, DeliverySettings } from './delivery-repository.ts';
import { nextDigestAt } from './digest-schedule.ts';
import type { DigestStateRepository } from './digest-state-repository.ts';
import { langOf, timeZoneOf, type People, type Person } from './people.ts';

export interface EmailPreferenceDeps {
  delivery: DeliveryRepository;
  states: DigestStateRepository;
  optOuts: OptOutRepository;
  people: People;
  clock: Clock;
}

function isNotificationType(topic: string | undefined): topic is NotificationType {
  return (NOTIFICATION_TYPES as readonly (string | undefined)[]).includes(topic);
}

export class EmailPreferenceService {
  constructor(private readonly deps: EmailPreferenceDeps) {}

  async get(user: PublicUser): Promise<EmailPreferences> {
    return this.view(await this.deps.delivery.get(user.id), await this.deps.people.findById(user.id));
  }

  async update(user: PublicUser, body: EmailPreferencesBody): Promise<EmailPreferences> {
    const settings = await this.deps.delivery.update(user.id, body);
    await this.liftOptOuts(user.email.toLowerCase(), body);
    const person = await this.deps.people.findById(user.id);
    const timeZone = timeZoneOf(person);
    // A new schedule applies from now; the watermark stays, so nothing waiting is skipped.
    if (body.digest && (await this.deps.states.find(user.id))) await this.deps.states.reschedule(user.id, nextDigestAt(settings.digest, timeZone, this.deps.clock()));
    return this.view(settings, person);
  }

  /** The mail feature's one-click unsubscribe, applied to the choices of whoever has the address. */
  readonly unsubscribed: UnsubscribeListener = async (claim) => {
    if (claim.kind !== 'notification' && claim.kind !== 'digest') return;
    const person = await this.deps.people.findByEmail(claim.email);
    if (!person) return;
    const settings = await this.deps.delivery.get(person._id);
    const types = claim.kind === 'digest' ? NOTIFICATION_TYPES.filter((type) => settings.delivery[type] === 'digest') : isNotificationType(claim.topic) ? [claim.topic] : [];
    if (types.length > 0) await this.deps.delivery.update(person._id, { delivery: Object.fromEntries(types.map((type) => [type, 'in-app'])) });
  };

  private async liftOptOuts(email: string, body: EmailPreferencesBody): Promise<void> {
    const chosen = Object.entries(body.delivery ?? {});
    for (const [type, delivery] of chosen) if (delivery === 'immediate') await this.deps.optOuts.switchOn(email, 'notification', type);
    if (chosen.some(([, delivery]) => delivery === 'digest')) await this.deps.optOuts.switchOn(email, 'digest');
  }

  private view(settings: DeliverySettings, person: Person | null): EmailPreferences {
    const timeZone = timeZoneOf(person);
    return { ...settings, timeZone, lang: langOf(person), nextDigestAt: nextDigestAt(settings.digest, timeZone, this.deps.clock()).toISOString() };
  }
}
