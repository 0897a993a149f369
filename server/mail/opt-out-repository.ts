// Who switched which kind of e-mail off: one record per address and kind (and topic, for a kind
// switched off per notification type), by the one-click link.
import type { MailKind } from '../../shared/schemas/mail.ts';
import type { Store } from '../store/index.ts';

interface OptOutRecord {
  /** `<kind>:<email>`, or `<kind>:<topic>:<email>`. */
  _id: string;
  email: string;
  kind: MailKind;
  topic?: string;
  at: Date;
}

function idOf(email: string, kind: MailKind, topic?: string): string {
  return topic === undefined ? `${kind}:${email}` : `${kind}:${topic}:${email}`;
}

export class OptOutRepository {
  constructor(private readonly store: Store) {}

  private get optOuts() {
    return this.store.collection<OptOutRecord>('mail_opt_outs');
  }

  async switchOff(email: string, kind: MailKind, at: Date, topic?: string): Promise<void> {
    await this.optOuts.updateOne({ _id: idOf(email, kind, topic) }, { $set: { email, kind, at, ...(topic === undefined ? {} : { topic }) } }, { upsert: true });
  }

  /** The person asked for this e-mail again (in their settings): the opt-out no longer holds. */
  async switchOn(email: string, kind: MailKind, topic?: string): Promise<void> {
    await this.optOuts.deleteMany({ _id: idOf(email, kind, topic) });
  }

  async isOff(email: string, kind: MailKind, topic?: string): Promise<boolean> {
    return (await this.optOuts.findOne({ _id: idOf(email, kind, topic) })) !== null;
  }
}
