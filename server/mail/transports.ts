// Where messages go: an SMTP server (SMTP_URL), or without one an outbox folder under DATA_DIR
// where every message lands as an RFC 822 `.eml` file a person can open.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type StreamTransport from 'nodemailer/lib/stream-transport';

export interface MailTransport {
  /** Says where messages go, for the line at start. */
  readonly description: string;
  /** Resolves once the message is handed over; throws when it was not. */
  send(message: Mail.Options & { messageId: string }): Promise<void>;
  close(): void;
}

/**
 * A nodemailer transporter made on the first message: nodemailer is loaded then, not at start,
 * so a process that sends no e-mail does not hold it.
 */
function onFirstUse<T extends Transporter<unknown>>(create: (mailer: typeof import('nodemailer').default) => T) {
  let transporter: Promise<T> | undefined;
  return {
    get: () => (transporter ??= import('nodemailer').then((loaded) => create(loaded.default))),
    close: () => void transporter?.then((made) => made.close()),
  };
}

/** Every message to the SMTP server of the URL (`smtp://user:pass@host:port`, `smtps://…`). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = onFirstUse<Transporter<SMTPTransport.SentMessageInfo>>((mailer) => mailer.createTransport(smtpUrl));
  const { host, port } = new URL(smtpUrl);
  return {
    description: `e-mail is sent by SMTP to ${host}:${port || 'default port'}`,
    send: async (message) => {
      await (await transporter.get()).sendMail(message);
    },
    close: transporter.close,
  };
}

/** Every message written whole to `<dir>/<time>-<id>.eml` (temp name, then rename, so no half file shows). */
export function outboxFolderTransport(dir: string): MailTransport {
  const composer = onFirstUse<Transporter<StreamTransport.SentMessageInfo>>((mailer) => mailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }));
  return {
    description: `no SMTP_URL: e-mail is written as .eml files to ${path.resolve(dir)}`,
    send: async (message) => {
      const info = await (await composer.get()).sendMail(message);
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.messageId.replace(/[^\w.-]/g, '')}.eml`;
      const temp = path.join(dir, `.${name}.tmp`);
      await writeFile(temp, info.message);
      await rename(temp, path.join(dir, name));
    },
    close: composer.close,
  };
}
