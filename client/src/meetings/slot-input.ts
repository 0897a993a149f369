// The filled-in times of a proposal form, read in the person's zone and sent as UTC.
import type { SlotInput } from '../../../shared/schemas/meetings.ts';
import { zonedToUtc } from './zoned-time.ts';

export function slotsOf(starts: readonly string[], minutes: number, timeZone: string): SlotInput[] {
  return starts.filter(Boolean).map((local) => ({ start: zonedToUtc(local, timeZone), minutes }));
}
