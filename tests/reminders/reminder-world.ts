// The world of the e-mail reminder and invitation tests: the Q&A deal (two sides, an adviser, a
// manager, an outsider) on a server whose mail goes to a real SMTP server in the test process and
// whose clock the test moves; helpers to read calendar parts and count what each person received.
import type { MeetingView } from '../../shared/schemas/meetings.ts';
import type { TestUser } from '../helpers/api.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { startTestServer, type TestServer, type TestServerOptions } from '../helpers/test-server.ts';
import { call } from '../deals/deal-helpers.ts';
import { buildQaWorld, type QaWorld } from '../qa/qa-world.ts';

export const HOUR = 60 * 60_000;
/** Each message is a new SMTP connection and a parse in the test process: a few dozen take seconds on a busy machine. */
export const MAIL_WAIT_MS = 30_000;
export const VIDEO = { kind: 'video', url: 'https://meet.example/drones' } as const;

export interface ReminderWorld {
  inbox: SmtpInbox;
  server: TestServer;
  world: QaWorld;
  /** The servers' time; tests move it. */
  clock: { now: number };
  /** The deal's members who may read it (everyone but the outsider). */
  members: TestUser[];
  /** Another server over the same data (a restart), or beside it on the same store (a second instance). */
  startServer(options?: TestServerOptions): Promise<TestServer>;
  close(): Promise<void>;
}

export async function startReminderWorld(): Promise<ReminderWorld> {
  const inbox = await startSmtpInbox();
  // A whole hour of real time, so dates the API checks against the real day agree with the server's.
  const clock = { now: Math.floor(Date.now() / HOUR) * HOUR };
  const startServer = (options: TestServerOptions = {}) => startTestServer({ clock: () => new Date(clock.now), reminderSweepMs: 100, mail: { smtpUrl: inbox.url }, ...options });
  const server = await startServer();
  const world = await buildQaWorld(server);
  const { owner, adviserA, partyB, colleagueB, drifter, manager } = world;
  return {
    inbox,
    server,
    world,
    clock,
    members: [owner, adviserA, partyB, colleagueB, drifter, manager],
    startServer,
    close: async () => {
      await inbox.stop();
    },
  };
}

export function api<T = MeetingView>(server: TestServer, user: TestUser, method: string, path: string, body?: unknown) {
  return call<T>(server.url, user, method, path, body);
}

/** The VEVENT's and VCALENDAR's properties by name (lines unfolded, RFC 5545 §3.1); repeated ones (ATTENDEE) joined by newlines. */
export function icsProperties(calendar: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const line of calendar.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const match = /^([A-Z-]+)([^:]*):(.*)$/.exec(line);
    if (!match) continue;
    const [, name, params, value] = match;
    if (name === 'BEGIN' || name === 'END') continue;
    const entry = params ? `${params.slice(1)}:${value}` : value;
    properties[name] = properties[name] ? `${properties[name]}\n${entry}` : entry;
  }
  return properties;
}

/** The message's `.ics` attachment as text. */
export function icsAttachment(mail: ReceivedMail): string {
  const file = mail.parsed.attachments.find((attachment) => attachment.filename?.endsWith('.ics'));
  if (!file) throw new Error(`no .ics attachment in “${mail.parsed.subject}”`);
  return file.content.toString('utf8');
}

/** Messages of the inbox to `email` whose subject passes `subject`. */
export function received(inbox: SmtpInbox, email: string, subject: (text: string) => boolean): ReceivedMail[] {
  return inbox.messages.filter((mail) => mail.to.includes(email.toLowerCase()) && subject(mail.parsed.subject ?? ''));
}
