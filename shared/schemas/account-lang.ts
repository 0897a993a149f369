// A person's language for what the server words for them while they are away (e-mail): the UI
// language they chose, sent at sign-up and whenever they switch. English until they say otherwise.
import { z } from 'zod';
import { LANGS, type Lang } from '../taxonomy/index.ts';

export const DEFAULT_ACCOUNT_LANG: Lang = 'en';

export const AccountLangSchema = z.enum(LANGS);

export const AccountLangBodySchema = z.strictObject({ lang: AccountLangSchema });
export type AccountLangBody = z.infer<typeof AccountLangBodySchema>;
