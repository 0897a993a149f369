// Password reset by e-mail: asking for a link, checking it, and choosing the new password.
import { z } from 'zod';
import { EmailSchema, PASSWORD_MAX_LENGTH } from './auth.ts';
import { LangSchema } from './taxonomy-fields.ts';

/** How long a reset link works. */
export const RESET_LINK_TTL_MS = 60 * 60_000;

/** `POST /api/auth/password-reset`. `lang`: the page's language, for an account that never chose one. */
export const PasswordResetRequestSchema = z.object({ email: EmailSchema, lang: LangSchema.optional() }).strict();
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;

/** The token of a reset link (43 base64url characters); anything else cannot be one. */
export const ResetTokenParamsSchema = z.object({ token: z.string().min(1).max(200) });

/** `POST /api/auth/password-reset/:token`. Strength is checked by the server's policy, as at sign-up. */
export const PasswordResetBodySchema = z.object({ password: z.string().max(PASSWORD_MAX_LENGTH) }).strict();

/** The answer to asking for a link, the same whether or not the address has an account. */
export const PasswordResetAcceptedSchema = z.object({ accepted: z.literal(true) });
export type PasswordResetAccepted = z.infer<typeof PasswordResetAcceptedSchema>;

/** `GET /api/auth/password-reset/:token` when the link may still set a password. */
export const ResetLinkValidSchema = z.object({ valid: z.literal(true) });

/** The password is set and every session ended: the person signs in afresh with `email`. */
export const PasswordResetDoneSchema = z.object({ email: z.string() });
export type PasswordResetDone = z.infer<typeof PasswordResetDoneSchema>;
