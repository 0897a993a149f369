// Deal rooms: deal types, member roles, request schemas and the shapes the API returns, shared by
// client and server.
import { z } from 'zod';
import { LANGS, labels, type Labels, type Lang } from '../taxonomy/index.ts';
import { EmailSchema } from './auth.ts';
import { LangSchema, RecordIdSchema } from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';
import type { DealPipelineView } from './pipeline.ts';

/** A deal's type: each maps to the listing category it grows from (`category`). */
export interface DealTypeEntry {
  code: string;
  labels: Labels;
  /** Listing category code of shared/taxonomy this type corresponds to, if any. */
  category: string | null;
}

export const DEAL_TYPES = [
  { code: 'investment', labels: labels('Investment', '投資', '投资'), category: 'investment' },
  { code: 'supply', labels: labels('Supply & manufacturing', '供應及製造', '供应及制造'), category: 'supply' },
  { code: 'professional-service', labels: labels('Service engagement', '服務委託', '服务委托'), category: 'professional-service' },
  { code: 'joint-venture', labels: labels('Joint venture', '合資合作', '合资合作'), category: 'joint-venture' },
  { code: 'technology-licensing', labels: labels('Technology licensing', '技術授權', '技术授权'), category: 'technology-licensing' },
  { code: 'market-entry', labels: labels('Market entry & distribution', '市場進入及分銷', '市场进入及分销'), category: 'market-entry' },
  { code: 'other', labels: labels('Other deal', '其他交易', '其他交易'), category: null },
] as const satisfies readonly DealTypeEntry[];
export type DealType = (typeof DEAL_TYPES)[number]['code'];
export const DEAL_TYPE_CODES = DEAL_TYPES.map((entry) => entry.code) as [DealType, ...DealType[]];

/** Everyday names outside clients may send for a type. */
const DEAL_TYPE_ALIASES: Record<string, DealType> = {
  'service-engagement': 'professional-service',
  service: 'professional-service',
  jv: 'joint-venture',
  licensing: 'technology-licensing',
  'market-entry-distribution': 'market-entry',
};

export const DealTypeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (DEAL_TYPE_ALIASES[value.trim().toLowerCase()] ?? value.trim().toLowerCase()) : value),
  z.enum(DEAL_TYPE_CODES, { message: `Use one of: ${DEAL_TYPE_CODES.join(', ')}` }),
);

/** The deal type a listing category opens, for deals opened from a match. */
export function dealTypeForCategory(category: string): DealType {
  return DEAL_TYPES.find((entry) => entry.category === category)?.code ?? 'other';
}

export const DEAL_ROLES = ['party', 'adviser', 'manager'] as const;
export type DealRole = (typeof DEAL_ROLES)[number];

/** The two collaborative documents of a deal. */
export const DEAL_DOCS = ['dossier', 'board'] as const;
export type DealDoc = (typeof DEAL_DOCS)[number];

export const DealIdSchema = RecordIdSchema;
/** Term ids are chosen by whoever creates the term (server template or client). */
export const TermIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid term id');
/** A board term's title, checked by the board's editors (terms live in the collaborative board document). */
export const TERM_TITLE_MAX = 160;

export const DEAL_TITLE_MAX = 160;
const TitleSchema = visibleText(z.string().trim().min(1, 'Give the deal a title').max(DEAL_TITLE_MAX, `The title is at most ${DEAL_TITLE_MAX} characters`), 'The title');
const DescriptionSchema = z.string().trim().max(2000, 'The description is at most 2,000 characters');

/**
 * `type` and `title` may be left out when `matchId` is given (both come from the matched listings).
 * The creator becomes owner with `creatorRole` (default party), acting for `actingOrgId` or the one
 * deal organisation they belong to. `lang` is the deal's working language, that of its templates
 * (default: English, or for a match the language both listings work in).
 */
export const CreateDealBodySchema = z
  .object({
    title: TitleSchema.optional(),
    type: DealTypeSchema.optional(),
    description: DescriptionSchema.default(''),
    orgIds: z.array(RecordIdSchema).max(8, 'At most 8 organisations').default([]),
    matchId: RecordIdSchema.optional(),
    creatorRole: z.enum(DEAL_ROLES).default('party'),
    actingOrgId: RecordIdSchema.optional(),
    lang: z.enum(LANGS).optional(),
  })
  .refine((body) => body.matchId !== undefined || (body.title !== undefined && body.type !== undefined), {
    message: 'Give the deal a title and a type (or open it from a match)',
  });
export type CreateDealBody = z.infer<typeof CreateDealBodySchema>;

/** The stage is not edited here: it moves through the stage endpoints (shared/pipeline rules). */
export const STAGE_ENDPOINTS_HINT =
  'The stage changes through POST /api/deals/:id/stage (owner or manager) or POST /api/deals/:id/stage/proposals (parties)';

export const UpdateDealBodySchema = z
  .strictObject({ title: TitleSchema.optional(), description: DescriptionSchema.optional(), stage: z.never({ message: STAGE_ENDPOINTS_HINT }).optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateDealBody = z.infer<typeof UpdateDealBodySchema>;

/**
 * Adds a member, or changes an existing member's role. A party's `orgId` must be one of the deal's;
 * for an adviser, `orgId` is the side (one of the deal's organisations) they advise.
 */
export const AddDealMemberBodySchema = z.object({
  email: EmailSchema,
  role: z.enum(DEAL_ROLES, { message: 'The role is party, adviser or manager' }),
  orgId: RecordIdSchema.optional(),
  owner: z.boolean().optional(),
  /** The invitation e-mail's language for a newcomer (an account's own language wins); default the inviter's. */
  lang: LangSchema.optional(),
});
export type AddDealMemberBody = z.infer<typeof AddDealMemberBodySchema>;

/** Which documents a party lets an adviser edit (default: the dossier only). */
export const GrantEditBodySchema = z.object({
  docs: z.array(z.enum(DEAL_DOCS)).min(1).max(2).default(['dossier']),
});
export type GrantEditBody = z.infer<typeof GrantEditBodySchema>;

/** The organisation to sign for; a party acting for one organisation may leave it out. */
export const SignoffBodySchema = z.object({ orgId: RecordIdSchema.optional() });

export const RevokeEditQuerySchema = z.object({
  doc: z.enum(DEAL_DOCS).optional(),
});

export const DealDocQuerySchema = z.object({ doc: z.enum(DEAL_DOCS, { message: 'doc is dossier or board' }) });

export const VERSION_NAME_MAX = 120;
export const CreateVersionBodySchema = z.object({
  doc: z.enum(DEAL_DOCS, { message: 'doc is dossier or board' }),
  name: visibleText(z.string().trim().min(1, 'Name the version').max(VERSION_NAME_MAX, `A version name is at most ${VERSION_NAME_MAX} characters`), 'The version name'),
});
export type CreateVersionBody = z.infer<typeof CreateVersionBodySchema>;

/** `comments=1` adds the comment threads to an export. */
export const ExportQuerySchema = z.object({ lang: z.enum(LANGS).optional(), comments: z.enum(['0', '1']).optional() });

/** An organisation taking part in a deal. */
export interface DealOrgView {
  id: string;
  name: string;
}

export interface DealMemberView {
  userId: string;
  name: string;
  email: string;
  role: DealRole;
  /** The organisation a party acts (and signs) for; null when none. */
  orgId: string | null;
  /** The side (party organisation) an adviser advises; null when none (such an adviser reads the Q&A's FAQ only). */
  advises: string | null;
  owner: boolean;
  /** Documents a party has let this adviser edit. */
  editGrants: DealDoc[];
  addedAt: string;
}

export interface DealView {
  id: string;
  title: string;
  type: DealType;
  /** The working language: the templates were written in it (deals from before it was stored: en). */
  lang: Lang;
  description: string;
  stage: string;
  /** Organisations taking part (each consented). */
  orgs: DealOrgView[];
  /** Organisations asked to join that no member of has accepted yet; they see nothing of the deal. */
  invitedOrgs: DealOrgView[];
  matchId: string | null;
  listingIds: string[];
  /** Collaboration document names: `dossier:<id>`, `board:<id>`. */
  docs: Record<DealDoc, string>;
  members: DealMemberView[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Set when the viewer must accept the deal's NDA first: the rest of the room is left out. */
  ndaPending?: true;
}

/** What the viewer may do in a deal. */
export interface DealPermissions {
  dossier: 'read' | 'write';
  board: 'read' | 'write';
  comment: boolean;
  manageMembers: boolean;
  signFor: string | null;
}

/** `GET /api/deals/:id`: the deal plus the viewer's membership and permissions. */
export interface DealDetail extends DealView {
  me: DealMemberView;
  can: DealPermissions;
  /** Stage history, the pending proposal and the progress figures. */
  pipeline: DealPipelineView;
}

export interface SignoffView {
  dealId: string;
  termId: string;
  orgId: string;
  user: { id: string; name: string };
  /** The wording signed, as it stood when signed. */
  wording: string;
  at: string;
}

export const SIGNOFF_WITHDRAWAL_REASONS = ['wording-changed', 'term-removed', 'status-changed', 'unsigned'] as const;
export type SignoffWithdrawalReason = (typeof SIGNOFF_WITHDRAWAL_REASONS)[number];

export interface SignoffsWithdrawn {
  dealId: string;
  termId: string;
  orgIds: string[];
  reason: SignoffWithdrawalReason;
  /** Who caused it (the editor, or the party who unsigned); null for an unattributed change. */
  by: string | null;
  at: string;
}

export type VersionKind = 'named' | 'auto';

/**
 * Why an automatic version was saved, worded by the reader's client: after a quiet period, at a
 * server shutdown, or just before another version was restored (that version's title).
 */
export type VersionReason = { kind: 'quiet' } | { kind: 'shutdown' } | { kind: 'before-restore'; restored: VersionTitle };

/** What a version is called: the name a person gave it, or (automatic ones) the reason it was saved. */
export interface VersionTitle {
  /** The given name; '' for automatic versions saved since reasons are stored. */
  name: string;
  reason: VersionReason | null;
}

export interface VersionSummary extends VersionTitle {
  id: string;
  dealId: string;
  doc: DealDoc;
  kind: VersionKind;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  bytes: number;
}

/** `GET …/versions/:vid`: the document as it was, as one base64 Yjs update to apply to an empty Y.Doc. */
export interface VersionState extends VersionSummary {
  update: string;
}

export interface EditView {
  user: { id: string; name: string };
  /** Updates this user sent in the window [from, to]. */
  updates: number;
  from: string;
  to: string;
}

export interface HistoryView {
  doc: DealDoc;
  edits: EditView[];
  versions: VersionSummary[];
}

export interface VersionRestored {
  dealId: string;
  doc: DealDoc;
  versionId: string;
  by: { id: string; name: string };
  at: string;
}

/** A document grew past the size limit and is read-only until it shrinks (restore a version). */
export interface DocFull {
  dealId: string;
  doc: DealDoc;
  bytes: number;
  limit: number;
  full: boolean;
}
