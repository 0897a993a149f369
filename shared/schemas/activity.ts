// Activity trails: the query both trails (a deal's, an organisation's) accept, and the shape of
// an organisation's entries, which say what each entry is about.
import { z } from 'zod';
import type { ActivityView } from './deals.ts';
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

/** An entry of an organisation's trail: a deal-trail entry plus what it is about. */
export interface OrgActivityView extends ActivityView {
  subject: { kind: ActivityKind; id: string; title: string | null };
}

export interface OrgActivityPage {
  activity: OrgActivityView[];
  page: number;
  pageSize: number;
  total: number;
}
