// Accounts: request schemas, the session shapes the API returns, and the names of the session
// cookie and CSRF header, shared by the sign-up form and the server.
import { z } from 'zod';
import { LangSchema } from './taxonomy-fields.ts';
import { TimeZoneSchema } from './time-zone.ts';
import { visibleText } from './visible-text.ts';
export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 256;
export const USER_NAME_MAX = 80;
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address' }));
export const RegisterBodySchema = z.object({
  name: visibleText(z.string().trim().min(1, 'Enter your name').max(USER_NAME_MAX), 'The name'),
  email: EmailSchema,
  // Length is checked here; strength (too common, repeats the e-mail) in the server's policy.
  password: z.string().max(PASSWORD_MAX_LENGTH),
  /** The browser's IANA zone, guessed at sign-up; UTC when absent. */
  timeZone: TimeZoneSchema.optional(),
  /** The language the person reads the app in; e-mails to them are written in it. */
  lang: LangSchema.optional(),
});
export type RegisterBody = z.infer<typeof RegisterBodySchema>;
/** `PUT /api/auth/language`: the language e-mails to me are written in (the app's switch sets it). */
export const LanguageBodySchema = z.object({ lang: LangSchema });
export type LanguageBody = z.infer<typeof LanguageBodySchema>;
export const LoginBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;
export const PasswordChangeBodySchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(PASSWORD_MAX_LENGTH),
  // Strength is checked by the server's policy, as at sign-up.
  newPassword: z.string().max(PASSWORD_MAX_LENGTH),
});
export type PasswordChangeBody = z.infer<typeof PasswordChangeBodySchema>;

/** Header carrying the CSRF token on state-changing cookie-authenticated requests. */
export const CSRF_HEADER = 'x-csrf-token';
/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'sc_session';
export interface PublicUser {
  id: string;
  email: string;
  name: string;
}

/** What `GET /api/auth/me` returns. */
export interface SessionInfo {
  user: PublicUser;
  csrfToken: string;
  /** The person's IANA time zone (their profile's), in which the client shows times. */
  timeZone: string;
}

/** What register and login return: the session plus a bearer token for API clients. */
export interface SessionResponse extends SessionInfo {
  token: string;
}
