// Small HTTP helpers shared by the account tests: register, log in, ask who I am, read errors.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { STRONG_PASSWORD, postJson } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';

export interface SessionBody {
  token: string;
  user: PublicUser;
  csrfToken: string;
}

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

/** The `sc_session=…` pair a response set, or '' when it set none. */
export function cookiePair(response: Response): string {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('sc_session='));
  return header?.split(';')[0] ?? '';
}

export async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error;
}

export function register(server: TestServer, email: string, password = STRONG_PASSWORD, headers: Record<string, string> = {}): Promise<Response> {
  return postJson(`${server.url}/api/auth/register`, { name: 'Mei Chen', email, password }, headers);
}

export function login(server: TestServer, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return postJson(`${server.url}/api/auth/login`, { email, password }, headers);
}

export function me(server: TestServer, headers: Record<string, string>): Promise<Response> {
  return fetch(`${server.url}/api/auth/me`, { headers });
}
