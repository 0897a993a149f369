// The mail feature of the app: the outbox and opt-outs over the store, the transport the options
// name (SMTP, else the outbox folder), the sweep that sends, and the routes.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { DEFAULT_RETRY, loadLinkSecret, mailRoutes, MailSender, MailService, OptOutRepository, OutboxRepository, outboxFolderTransport, smtpTransport, type MailTransport, type RetryPolicy } from '../mail/index.ts';
import type { Store } from '../store/index.ts';

export interface MailOptions {
  /** SMTP_URL; absent: messages are written to `outboxDir`. */
  smtpUrl?: string;
  outboxDir: string;
  /** MAIL_FROM. */
  from: string;
  /** PUBLIC_URL: where links in messages lead. */
  publicUrl: string;
  /** How often the outbox is swept for due messages and retries (default 5 s). */
  sweepMs?: number;
  retry?: Partial<RetryPolicy>;
  /** A transport of the caller's (tests); wins over `smtpUrl`. */
  transport?: MailTransport;
}

export interface MailFeatureDeps {
  store: Store;
  /** Absent: messages are queued and never sent (the demo loader's temporary app). */
  options?: MailOptions;
  isAdmin: (user: PublicUser) => boolean;
  logger: Logger;
  clock: Clock;
}

export async function createMail(deps: MailFeatureDeps) {
  const outbox = new OutboxRepository(deps.store);
  const optOuts = new OptOutRepository(deps.store);
  const linkKey = await loadLinkSecret(deps.store);
  const { options } = deps;
  let sender: MailSender | undefined;
  let transport: MailTransport | undefined;
  if (options) {
    transport = options.transport ?? (options.smtpUrl ? smtpTransport(options.smtpUrl) : outboxFolderTransport(options.outboxDir));
    deps.logger.info(transport.description);
    sender = new MailSender({
      outbox,
      optOuts,
      transport,
      linkKey,
      from: options.from,
      publicUrl: options.publicUrl,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      intervalMs: options.sweepMs ?? 5_000,
      logger: deps.logger,
      clock: deps.clock,
    });
    sender.start();
  }
  const service = new MailService({ outbox, optOuts, sender, linkKey, isAdmin: deps.isAdmin, clock: deps.clock });
  return {
    service,
    optOuts,
    routes: mailRoutes(service),
    close: async () => {
      await service.settle();
      await sender?.stop();
      transport?.close();
    },
  };
}
