// REST calls for accounts.
import type { PublicUser } from '../../../shared/protocol.ts';
import type { ApiClient } from '../lib/api-client.ts';

/** What register, login and `me` return that the browser uses (the bearer token it does not need). */
export interface SessionInfo {
  user: PublicUser;
  csrfToken: string;
}

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

export interface SignInInput {
  email: string;
  password: string;
}

export function fetchMe(api: ApiClient): Promise<SessionInfo> {
  return api.get<SessionInfo>('/auth/me');
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
