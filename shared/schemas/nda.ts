// A deal room's non-disclosure agreement: what an owner publishes (each publish a new version,
// switching the requirement off included), what a member accepts, and the shapes the API returns.
import { z } from 'zod';
import type { Lang } from '../taxonomy/index.ts';
import type { DealRole } from './deals.ts';
import { LangSchema } from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

export const NDA_TEXT_MAX = 40_000;

export const NdaTextSchema = visibleText(z.string().trim().min(1, 'Write the agreement').max(NDA_TEXT_MAX, `At most ${NDA_TEXT_MAX} characters`), 'The agreement');

/** `POST /api/deals/:id/nda`: publish a new version, or switch the requirement off. */
export const PublishNdaBodySchema = z.discriminatedUnion('required', [
  z.object({ required: z.literal(true), text: NdaTextSchema, lang: LangSchema }).strict(),
  z.object({ required: z.literal(false) }).strict(),
]);
export type PublishNdaBody = z.infer<typeof PublishNdaBodySchema>;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 as 64 lower-case hex digits');

/** `POST /api/deals/:id/nda/accept`: the version read and the hash of its text, so a stale screen cannot accept a newer text. */
export const AcceptNdaBodySchema = z.object({ version: z.number().int().positive(), sha256: Sha256Schema }).strict();
export type AcceptNdaBody = z.infer<typeof AcceptNdaBodySchema>;

export interface NdaVersionView {
  version: number;
  required: boolean;
  /** The exact text accepted (empty when the version switched the requirement off). */
  text: string;
  lang: Lang | null;
  /** SHA-256 of the UTF-8 text, lower-case hex. */
  sha256: string;
  publishedBy: { id: string; name: string };
  publishedAt: string;
}

/** `GET /api/deals/:id/nda`: what any member may see before accepting. */
export interface NdaGateView {
  dealId: string;
  title: string;
  stage: string;
  /** The current version; null when the deal never had an NDA. */
  current: NdaVersionView | null;
  /** Whether the caller must still accept `current` before seeing the room. */
  pending: boolean;
  /** When the caller accepted the current version, if they did. */
  acceptedAt: string | null;
  /** Whether the caller is an owner (publishes and reads the record). */
  owner: boolean;
}

export interface NdaAcceptanceView {
  userId: string;
  name: string;
  email: string;
  version: number;
  orgId: string | null;
  orgName: string | null;
  acceptedAt: string;
  ip: string;
  userAgent: string;
  sha256: string;
}

/** `GET /api/deals/:id/nda/record` (owners): every version, every acceptance, who still has to accept. */
export interface NdaRecordView {
  versions: NdaVersionView[];
  acceptances: NdaAcceptanceView[];
  /** Members who have not accepted the current required version. */
  pending: { userId: string; name: string; email: string; role: DealRole; owner: boolean }[];
}

/** Pushed to a member's own Socket.IO room when the deal's NDA changes: reload the deal (nothing of the text). */
export interface NdaChanged {
  dealId: string;
  version: number;
  required: boolean;
  /** Whether this member must accept before seeing the room again. */
  pending: boolean;
}
