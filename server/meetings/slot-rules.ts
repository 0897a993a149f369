// What a proposed time must be beyond its shape (shared/schemas/meetings.ts): in the future, and
// within the horizon, judged by the server's clock, so a client with a wrong clock cannot book the past.
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../shared/protocol.ts';
import { MEETING_HORIZON_DAYS, type MeetingSlot, type SlotInput } from '../../shared/schemas/meetings.ts';
import { AppError } from '../http/index.ts';

const DAY_MS = 24 * 60 * 60_000;

/** The slots as stored (UTC, each with an id), soonest first; 400 naming the first slot in the past or too far ahead. */
export function acceptableSlots(slots: readonly SlotInput[], now: Date): MeetingSlot[] {
  const latest = now.getTime() + MEETING_HORIZON_DAYS * DAY_MS;
  slots.forEach((slot, index) => {
    const start = Date.parse(slot.start);
    if (start <= now.getTime()) throw slotError(index, 'This time is in the past');
    if (start > latest) throw slotError(index, `This time is more than ${MEETING_HORIZON_DAYS} days ahead`);
  });
  return slots
    .map((slot) => ({ id: randomUUID(), start: new Date(slot.start).toISOString(), minutes: slot.minutes }))
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** When the slot ends, for "still to come". */
export function slotEnd(slot: Pick<MeetingSlot, 'start' | 'minutes'>): Date {
  return new Date(Date.parse(slot.start) + slot.minutes * 60_000);
}

function slotError(index: number, message: string): AppError {
  return new AppError(ErrorCode.BadRequest, `The request is not valid (slots.${index}.start: ${message})`, [{ path: `slots.${index}.start`, message }]);
}
