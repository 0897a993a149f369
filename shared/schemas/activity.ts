// Activity trails: the query both trails (a deal's, an organisation's) accept, and the entries
// they return: an action with its data (shared/schemas/activity-data.ts), who and when; an
// organisation's entries also say what each is about.
import { z } from 'zod';
import type { ActivityData } from './activity-data.ts';
import { RecordIdSchema } from './taxonomy-fields.ts';

/** What an entry is about. */
export const ACTIVITY_KINDS = ['org', 'listing', 'match', 'deal'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

const DateSchema = z.iso.datetime({ offset: true, message: 'A date and time in ISO 8601, e.g. 2026-01-31T00:00:00Z' }).transform((value) => new Date(value));

export const ActivityQuerySchema = z
  .strictObject({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    /** One action (`term.signed`) or a family of them (`term`). */
    action: z.string().regex(/^[a-z]+(?:\.[a-z-]+)?$/, 'An action such as term.signed, or a family such as term').optional(),
    kind: z.enum(ACTIVITY_KINDS).optional(),
    actor: RecordIdSchema.optional(),
    from: DateSchema.optional(),
    to: DateSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: '`from` must not be after `to`', path: ['from'] });
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;

/** An entry of a deal's trail; `actor` is null for what no person caused. */
export type ActivityView = {
  id: string;
  actor: { id: string; name: string } | null;
  actingOrgId: string | null;
  at: string;
} & ActivityData;

export interface ActivityPage {
  activity: ActivityView[];
  page: number;
  pageSize: number;
  total: number;
}

/** An entry of an organisation's trail: a deal-trail entry plus what it is about. */
export type OrgActivityView = ActivityView & {
  subject: { kind: ActivityKind; id: string; title: string | null };
};

export interface OrgActivityPage {
  activity: OrgActivityView[];
  page: number;
  pageSize: number;
  total: number;
}
