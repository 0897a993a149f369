// Structured logging with pino; features take a child logger named after themselves.
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'superconnector' } });
}
