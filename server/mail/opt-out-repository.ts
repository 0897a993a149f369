// Who switched which kind of e-mail off: one record per address and kind, by the one-click link.
import type { MailKind } from '../../shared/schemas/mail.ts';
import type { Store } from '../store/index.ts';

interface OptOutRecord {
  /** `<kind>:<email>`. */
  _id: string;
  email: string;
  kind: MailKind;
  at: Date;
}

export class OptOutRepository {
  constructor(private readonly store: Store) {}

  private get optOuts() {
    return this.store.collection<OptOutRecord>('mail_opt_outs');
  }

  async switchOff(email: string, kind: MailKind, at: Date): Promise<void> {
    await this.optOuts.updateOne({ _id: `${kind}:${email}` }, { $set: { email, kind, at } }, { upsert: true });
  }

  async isOff(email: string, kind: MailKind): Promise<boolean> {
    return (await this.optOuts.findOne({ _id: `${kind}:${email}` })) !== null;
  }
}
