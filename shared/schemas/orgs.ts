// Organisations: request schemas and the shapes the API returns, shared by client and server.
import { z } from 'zod';
import type { Lang } from '../taxonomy/index.ts';
import { EmailSchema } from './auth.ts';
import {
  LangSchema,
  LanguageListSchema,
  OrgSizeCodeSchema,
  RegionCodeSchema,
  SectorListSchema,
  TagListSchema,
} from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

export const ORG_ROLES = ['owner', 'member'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const ORG_NAME_MAX = 120;
export const ORG_DESCRIPTION_MAX = 4000;

const OrgNameSchema = visibleText(z.string().trim().min(1, 'Enter the organisation name').max(ORG_NAME_MAX), 'The organisation name');

/** The name in each of the platform's languages; any may be left out. */
export const OrgNamesSchema = z.strictObject({
  en: OrgNameSchema.optional(),
  'zh-Hant': OrgNameSchema.optional(),
  'zh-Hans': OrgNameSchema.optional(),
});

const orgProfileFields = {
  name: OrgNameSchema,
  names: OrgNamesSchema.default({}),
  region: RegionCodeSchema,
  sectors: SectorListSchema(1),
  capabilities: TagListSchema('capability', 30).default([]),
  certifications: TagListSchema('certification', 30).default([]),
  languages: LanguageListSchema.default([]),
  size: OrgSizeCodeSchema.nullable().default(null),
  description: z.string().trim().max(ORG_DESCRIPTION_MAX, 'The description is at most 4,000 characters').default(''),
};

export const CreateOrgBodySchema = z.strictObject(orgProfileFields);
export type CreateOrgBody = z.infer<typeof CreateOrgBodySchema>;

export const UpdateOrgBodySchema = z
  .strictObject({
    name: orgProfileFields.name.optional(),
    names: OrgNamesSchema.optional(),
    region: RegionCodeSchema.optional(),
    sectors: SectorListSchema(1).optional(),
    capabilities: TagListSchema('capability', 30).optional(),
    certifications: TagListSchema('certification', 30).optional(),
    languages: LanguageListSchema.optional(),
    size: OrgSizeCodeSchema.nullable().optional(),
    description: z.string().trim().max(ORG_DESCRIPTION_MAX, 'The description is at most 4,000 characters').optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateOrgBody = z.infer<typeof UpdateOrgBodySchema>;

export const AddOrgMemberBodySchema = z.strictObject({
  email: EmailSchema,
  role: z.enum(ORG_ROLES).default('member'),
  /** The invitation e-mail's language for a newcomer (an account's own language wins); default the inviter's. */
  lang: LangSchema.optional(),
});
export type AddOrgMemberBody = z.infer<typeof AddOrgMemberBodySchema>;

export interface OrgMemberView {
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  addedAt: string;
}

/** The profile fields an organisation edits, stored and shown as they are. */
export interface OrgProfileFields {
  name: string;
  names: Partial<Record<Lang, string>>;
  region: string;
  sectors: string[];
  capabilities: string[];
  certifications: string[];
  languages: Lang[];
  size: string | null;
  description: string;
}

/** An organisation's public profile; `members` and `myRole` are filled in for its members only. */
export interface OrgView extends OrgProfileFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  myRole: OrgRole | null;
  members?: OrgMemberView[];
}

/** What a listing shows about its organisation when its identity is not hidden. */
export interface OrgBrief {
  id: string;
  name: string;
  names: Partial<Record<Lang, string>>;
  region: string;
}
