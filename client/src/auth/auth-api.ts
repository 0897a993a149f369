// REST calls for accounts.
import type { LoginBody, PasswordChangeBody, RegisterBody, SessionInfo } from '../../../shared/schemas/auth.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { ApiError } from '../lib/api-error.ts';

export type { SessionInfo } from '../../../shared/schemas/auth.ts';
export type SignUpInput = RegisterBody;
export type SignInInput = LoginBody;
export type PasswordChangeInput = PasswordChangeBody;

export function fetchMe(api: ApiClient): Promise<SessionInfo> {
  return api.get<SessionInfo>('/auth/me');
}

/** Whether the session still holds: false only when the server says so, throws when unreachable. */
export async function stillSignedIn(api: ApiClient): Promise<boolean> {
  try {
    await fetchMe(api);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') return false;
    throw error;
  }
}

export function register(api: ApiClient, input: SignUpInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/auth/register', input);
}

export function login(api: ApiClient, input: SignInInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/auth/login', input);
}

export function logout(api: ApiClient): Promise<void> {
  return api.post<void>('/auth/logout');
}

/** Changes the password; the server ends every other session of the account. */
export function changePassword(api: ApiClient, input: PasswordChangeInput): Promise<void> {
  return api.post<void>('/auth/password', input);
}

/** Ends every session of the account, this one included. */
export function logoutEverywhere(api: ApiClient): Promise<void> {
  return api.post<void>('/auth/logout-everywhere');
}
