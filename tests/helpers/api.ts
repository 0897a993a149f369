// Small REST helpers for tests: sign up users and manage notes with bearer tokens.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { NoteSummary } from '../../shared/schemas/notes.ts';

export interface TestUser {
  token: string;
  csrfToken: string;
  user: PublicUser;
  password: string;
  /** The `sc_session=…` pair from Set-Cookie, for cookie-authenticated requests. */
  cookie: string;
}

export const STRONG_PASSWORD = 'Harbour-lights-2024';

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function sessionCookie(response: Response): string {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('sc_session='));
  return header?.split(';')[0] ?? '';
}

export async function registerUser(baseUrl: string, name = 'Test User'): Promise<TestUser> {
  const email = `${randomUUID().slice(0, 8)}@example.com`;
  const response = await postJson(`${baseUrl}/api/auth/register`, { name, email, password: STRONG_PASSWORD });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as Omit<TestUser, 'cookie' | 'password'>;
  return { ...body, password: STRONG_PASSWORD, cookie: sessionCookie(response) };
}

/** Signs an existing account in (a demo person, say) and returns it as a test user. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<TestUser> {
  const response = await postJson(`${baseUrl}/api/auth/login`, { email, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as Omit<TestUser, 'cookie' | 'password'>;
  return { ...body, password, cookie: sessionCookie(response) };
}

export function bearer(user: TestUser): Record<string, string> {
  return { authorization: `Bearer ${user.token}` };
}

export async function createNote(baseUrl: string, owner: TestUser, title = 'Shenzhen drone supplier shortlist'): Promise<NoteSummary> {
  const response = await postJson(`${baseUrl}/api/notes`, { title }, bearer(owner));
  if (response.status !== 201) throw new Error(`create note failed: ${response.status}`);
  return (await response.json()) as NoteSummary;
}

export async function shareNote(baseUrl: string, owner: TestUser, noteId: string, email: string, access: 'read' | 'write'): Promise<NoteSummary> {
  const response = await postJson(`${baseUrl}/api/notes/${noteId}/shares`, { email, access }, bearer(owner));
  if (response.status !== 200) throw new Error(`share failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as NoteSummary;
}
