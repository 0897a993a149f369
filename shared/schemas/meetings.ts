// Meetings: proposals of up to five time slots (a UTC start and a length) with a video link or a
// place, the one slot accepted, reschedules and cancellations, and the views the API returns.
import { z } from 'zod';
import type { DocAccess } from '../doc-names.ts';
import { RecordIdSchema } from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

export const MAX_SLOTS = 5;
export const MEETING_MINUTES_MIN = 15;
export const MEETING_MINUTES_MAX = 8 * 60;
/** How far ahead a slot may be: beyond it a date is a typo (2062 for 2026), not a plan. */
export const MEETING_HORIZON_DAYS = 366;
export const MEETING_TITLE_MAX = 120;
const PLACE_MAX = 300;
const URL_MAX = 500;

export const SlotInputSchema = z.strictObject({
  start: z.iso.datetime({ offset: true, message: 'Give the start as an ISO date-time with its offset' }),
  minutes: z.number().int().min(MEETING_MINUTES_MIN).max(MEETING_MINUTES_MAX),
});
export type SlotInput = z.infer<typeof SlotInputSchema>;

const VideoLocationSchema = z.strictObject({
  kind: z.literal('video'),
  url: z
    .url({ protocol: /^https$/, message: 'Give the video link as an https:// address' })
    .max(URL_MAX),
});
const PlaceLocationSchema = z.strictObject({
  kind: z.literal('place'),
  address: visibleText(z.string().trim().min(1, 'Say where to meet').max(PLACE_MAX), 'The place'),
});
export const MeetingLocationSchema = z.discriminatedUnion('kind', [VideoLocationSchema, PlaceLocationSchema]);
export type MeetingLocation = z.infer<typeof MeetingLocationSchema>;

const SlotsSchema = z
  .array(SlotInputSchema)
  .min(1, 'Propose at least one time')
  .max(MAX_SLOTS, `Propose at most ${MAX_SLOTS} times`)
  .refine((slots) => new Set(slots.map((slot) => Date.parse(slot.start))).size === slots.length, { message: 'Two proposed times start at the same moment' });

export const ProposeMeetingBodySchema = z.strictObject({
  title: visibleText(z.string().trim().min(1, 'Give the meeting a title').max(MEETING_TITLE_MAX), 'The title'),
  slots: SlotsSchema,
  location: MeetingLocationSchema,
});
export type ProposeMeetingBody = z.infer<typeof ProposeMeetingBodySchema>;

export const RescheduleMeetingBodySchema = z.strictObject({
  slots: SlotsSchema,
  location: MeetingLocationSchema.optional(),
});
export type RescheduleMeetingBody = z.infer<typeof RescheduleMeetingBodySchema>;

export const AcceptSlotBodySchema = z.strictObject({ slotId: RecordIdSchema });

export const MEETING_STATUSES = ['proposed', 'confirmed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export type MeetingScope = { kind: 'deal'; dealId: string } | { kind: 'match'; matchId: string };

/** `deal:<id>` or `match:<id>`: one string naming a scope, for storing and comparing. */
export function scopeKeyOf(scope: MeetingScope): string {
  return scope.kind === 'deal' ? `deal:${scope.dealId}` : `match:${scope.matchId}`;
}

export interface MeetingSlot {
  id: string;
  /** UTC, ISO 8601 with `Z`. */
  start: string;
  minutes: number;
}

/** An item of the agenda the meeting was proposed with: an open board term or an open question of the deal. */
export type AgendaItem = { kind: 'term'; id: string; title: string } | { kind: 'question'; id: string; number: number; title: string };

export interface MeetingPerson {
  id: string;
  name: string;
}

export interface MeetingView {
  id: string;
  scope: MeetingScope;
  title: string;
  status: MeetingStatus;
  /** The times on offer while proposed; the accepted one alone once confirmed. */
  slots: MeetingSlot[];
  /** The accepted slot, once confirmed. */
  confirmed: MeetingSlot | null;
  location: MeetingLocation;
  organiser: MeetingPerson & { timeZone: string };
  acceptedBy: MeetingPerson | null;
  /** Bumped on every change, as the calendar invitation's SEQUENCE. */
  sequence: number;
  agenda: AgendaItem[];
  /** The collaboration document of the meeting's notes (`meeting:<id>`). */
  notesDoc: string;
  /** The caller may accept one of the slots (anyone invited but the one who proposed them). */
  canAccept: boolean;
  updatedAt: string;
}


/** One meeting as its page shows it: the view plus the reader's access to its notes (`read` or `write`). */
export interface MeetingDetail extends MeetingView {
  notes: Exclude<DocAccess, 'none'>;
}
