// Each person's e-mail choices: per notification type in-app only / immediately / in the digest
// (only what differs from the defaults is stored, so new types start on their default) and the
// digest schedule. The language is the account's own (auth), not a second setting here.
import { DEFAULT_DELIVERY, DEFAULT_DIGEST, type Delivery, type DigestSchedule } from '../../shared/schemas/email-delivery.ts';
import { NOTIFICATION_TYPES, type NotificationType } from '../../shared/schemas/notifications.ts';
import type { Store } from '../store/index.ts';

interface DeliveryRecord {
  /** The user id. */
  _id: string;
  /** A list, not a map: type names hold dots, which stores read as paths. */
  choices: { type: NotificationType; delivery: Delivery }[];
  digest?: DigestSchedule;
}

export interface DeliverySettings {
  delivery: Record<NotificationType, Delivery>;
  digest: DigestSchedule;
}

export interface DeliveryChanges {
  delivery?: Partial<Record<NotificationType, Delivery>>;
  digest?: DigestSchedule;
}

function toSettings(record: DeliveryRecord | null): DeliverySettings {
  const chosen = new Map(record?.choices.map((choice) => [choice.type, choice.delivery]));
  const delivery = Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, chosen.get(type) ?? DEFAULT_DELIVERY[type]])) as Record<NotificationType, Delivery>;
  return { delivery, digest: record?.digest ?? DEFAULT_DIGEST };
}

export class DeliveryRepository {
  constructor(private readonly store: Store) {}

  private get records() {
    return this.store.collection<DeliveryRecord>('notification_delivery');
  }

  async get(userId: string): Promise<DeliverySettings> {
    return toSettings(await this.records.findOne({ _id: userId }));
  }

  /** Settings of several people at once (the recipients of one notification). */
  async many(userIds: readonly string[]): Promise<Map<string, DeliverySettings>> {
    const records = userIds.length === 0 ? [] : await this.records.find({ _id: { $in: [...userIds] } });
    const byId = new Map(records.map((record) => [record._id, record]));
    return new Map(userIds.map((id) => [id, toSettings(byId.get(id) ?? null)]));
  }

  /** Applies the changes named and returns the whole set. */
  async update(userId: string, changes: DeliveryChanges): Promise<DeliverySettings> {
    const current = await this.get(userId);
    const next: DeliverySettings = {
      delivery: { ...current.delivery, ...changes.delivery },
      digest: changes.digest ?? current.digest,
    };
    const choices = NOTIFICATION_TYPES.filter((type) => next.delivery[type] !== DEFAULT_DELIVERY[type]).map((type) => ({ type, delivery: next.delivery[type] }));
    await this.records.updateOne({ _id: userId }, { $set: { choices, digest: next.digest } }, { upsert: true });
    return next;
  }
}
