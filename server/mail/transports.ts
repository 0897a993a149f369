// Where messages go: an SMTP server (SMTP_URL), or without one an outbox folder under DATA_DIR
// where every message lands as an RFC 822 `.eml` file a person can open.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

export interface MailTransport {
  /** Says where messages go, for the line at start. */
  readonly description: string;
  /** Resolves once the message is handed over; throws when it was not. */
  send(message: Mail.Options & { messageId: string }): Promise<void>;
  close(): void;
}

/** Every message to the SMTP server of the URL (`smtp://user:pass@host:port`, `smtps://…`). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  const { host, port } = new URL(smtpUrl);
  return {
    description: `e-mail is sent by SMTP to ${host}:${port || 'default port'}`,
    send: async (message) => {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

/** Every message written whole to `<dir>/<time>-<id>.eml` (temp name, then rename, so no half file shows). */
export function outboxFolderTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `no SMTP_URL: e-mail is written as .eml files to ${path.resolve(dir)}`,
    send: async (message) => {
      const info = await composer.sendMail(message);
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.messageId.replace(/[^\w.-]/g, '')}.eml`;
      const temp = path.join(dir, `.${name}.tmp`);
      await writeFile(temp, info.message);
      await rename(temp, path.join(dir, name));
    },
    close: () => composer.close(),
  };
}
