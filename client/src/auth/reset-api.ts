// REST calls for resetting a forgotten password by e-mail.
import type { PasswordResetAccepted, PasswordResetDone, PasswordResetRequest } from '../../../shared/schemas/password-reset.ts';
import type { ApiClient } from '../lib/api-client.ts';

/** Asks for a link; the answer is the same whether or not the address has an account. */
export function requestReset(api: ApiClient, input: PasswordResetRequest): Promise<PasswordResetAccepted> {
  return api.post<PasswordResetAccepted>('/auth/password-reset', input);
}

/** Resolves when the link may still set a password; throws its `reset_link_*` error otherwise. */
export async function checkResetLink(api: ApiClient, token: string): Promise<void> {
  await api.get<{ valid: true }>(`/auth/password-reset/${encodeURIComponent(token)}`);
}

/** Sets the new password; every session of the account ends, so the person signs in afresh. */
export function completeReset(api: ApiClient, token: string, password: string): Promise<PasswordResetDone> {
  return api.post<PasswordResetDone>(`/auth/password-reset/${encodeURIComponent(token)}`, { password });
}
