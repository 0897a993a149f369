// How a collaboration connection stands, as a person should be told: connecting for the first
// time, connected, trying again after a drop, or closed for good with a reason and what to do
// (sign in again, access withdrawn, or reload a page older than the server).
import { CollabCloseCode } from '../../../shared/protocol.ts';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'signed-out' | 'revoked' | 'outdated';

/** Closes the client cannot recover from by retrying; every other close is retried with backoff. */
export function isFinalClose(code: number): boolean {
  return code === CollabCloseCode.AccessRevoked || code === CollabCloseCode.SessionEnded || code === CollabCloseCode.UpgradeRequired;
}

/** Failed attempts in a row after which the client asks whether its session still holds. */
export const ATTEMPTS_BEFORE_SESSION_CHECK = 3;

export interface ConnectionFacts {
  connected: boolean;
  everConnected: boolean;
  /** The final close code, once there was one. */
  closedCode: number | null;
}

export function connectionState({ connected, everConnected, closedCode }: ConnectionFacts): ConnectionState {
  if (closedCode === CollabCloseCode.SessionEnded) return 'signed-out';
  if (closedCode === CollabCloseCode.UpgradeRequired) return 'outdated';
  if (closedCode !== null) return 'revoked';
  if (connected) return 'connected';
  return everConnected ? 'reconnecting' : 'connecting';
}
