// The match workflow as a pure function: suggested → interested (either side) → mutual (both)
// → introduced; or declined (with the decliner's reason), or snoozed by one side until a date.
// Illegal moves are conflicts.
import { assertNever } from '../../shared/assert-never.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { DeclineReason } from '../../shared/schemas/match-trust.ts';
import type { MatchSide } from '../../shared/schemas/matches.ts';
import { AppError } from '../http/index.ts';
import type { MatchRecord, WorkflowFields } from './match-repository.ts';

export type MatchCommand =
  | { type: 'interest' }
  | { type: 'decline'; reason: DeclineReason | null }
  | { type: 'snooze'; until: Date }
  | { type: 'introduce'; by: string; at: Date };

/** The change a command makes, or null when it changes nothing (repeating it is harmless). */
export type WorkflowChange = Partial<WorkflowFields> | null;

function conflict(message: string): AppError {
  return new AppError(ErrorCode.Conflict, message);
}

function interest(match: MatchRecord, side: MatchSide): WorkflowChange {
  if (match.state === 'declined') throw conflict('This match was declined');
  if (match.interest[side]) return null;
  const interested = { ...match.interest, [side]: true };
  return {
    interest: interested,
    state: interested.need && interested.offer ? 'mutual' : 'interested',
    snoozedUntil: { ...match.snoozedUntil, [side]: null },
  };
}

function decline(match: MatchRecord, side: MatchSide, reason: DeclineReason | null): WorkflowChange {
  if (match.state === 'introduced') throw conflict('This match has already been introduced');
  if (match.state === 'declined') return null;
  return { state: 'declined', declinedBy: side, declineReason: reason, interest: { ...match.interest, [side]: false } };
}

function snooze(match: MatchRecord, side: MatchSide, until: Date): WorkflowChange {
  if (match.state !== 'suggested' && match.state !== 'interested') {
    throw conflict(`A ${match.state} match cannot be snoozed`);
  }
  return { snoozedUntil: { ...match.snoozedUntil, [side]: until } };
}

function introduce(match: MatchRecord, by: string, at: Date): WorkflowChange {
  if (match.state === 'introduced') return null;
  if (match.state !== 'mutual') throw conflict('Both sides must be interested before an introduction');
  return { state: 'introduced', introducedAt: at, introducedBy: by };
}

export function applyCommand(match: MatchRecord, side: MatchSide, command: MatchCommand): WorkflowChange {
  switch (command.type) {
    case 'interest':
      return interest(match, side);
    case 'decline':
      return decline(match, side, command.reason);
    case 'snooze':
      return snooze(match, side, command.until);
    case 'introduce':
      return introduce(match, command.by, command.at);
    default:
      return assertNever(command, 'command');
  }
}
