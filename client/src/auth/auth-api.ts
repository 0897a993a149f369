// REST calls for accounts.
import type { SessionInfo } from '../../../shared/protocol.ts';
import type { LoginBody, RegisterBody } from '../../../shared/schemas/auth.ts';
import type { ApiClient } from '../lib/api-client.ts';

export type { SessionInfo } from '../../../shared/protocol.ts';
export type SignUpInput = RegisterBody;
export type SignInInput = LoginBody;

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
