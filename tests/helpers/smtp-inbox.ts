// A real SMTP server in the test process (smtp-server) that keeps every message it accepts, parsed
// by mailparser, so tests read what arrived: headers, text and HTML parts, links.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait.ts';

export interface ReceivedMail {
  parsed: ParsedMail;
  raw: string;
  to: string[];
}

export interface SmtpInbox {
  readonly port: number;
  readonly url: string;
  readonly messages: ReceivedMail[];
  /** Waits until a message matching `match` arrived and returns it. */
  next(match: (mail: ReceivedMail) => boolean, what: string): Promise<ReceivedMail>;
  /** Stops listening (the server "goes away"); `start` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ReceivedMail[] = [];
  let port = 0;
  let server: SMTPServer | null = null;

  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 200,
      onData(stream, session, callback) {
        readStream(stream)
          .then(async (raw) => {
            messages.push({ raw, parsed: await simpleParser(raw), to: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  };
  await listen();

  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    messages,
    async next(match, what) {
      await waitFor(() => messages.some(match), what);
      return messages.find(match) as ReceivedMail;
    },
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
  };
}
