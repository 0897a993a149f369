// REST and Socket.IO helpers for the organisation, listing and match tests.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { bearer, type TestUser } from '../helpers/api.ts';
import { inviteAndAccept } from '../helpers/invitations.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ApiResponse<T> {
  status: number;
  body: T;
}

/** One REST call as `user` (or anonymously); the body is parsed when there is one. */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  user: TestUser | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(user ? bearer(user) : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export const DRONE_MAKER = {
  name: 'Pearl River Drones',
  names: { 'zh-Hant': '珠江無人機', 'zh-Hans': '珠江无人机' },
  region: 'shenzhen',
  sectors: ['drones'],
  languages: ['zh-Hans', 'en'],
  size: 'sme',
  description: 'Shenzhen maker of inspection drones going overseas.',
};

export const CERTIFIER = {
  name: 'Harbour Testing & Certification',
  region: 'hk-science-park',
  sectors: ['testing-certification', 'drones'],
  certifications: ['HOKLAS', 'ISO/IEC 17025'],
  languages: ['zh-Hant', 'en'],
};

export async function createOrg(baseUrl: string, user: TestUser, profile: Record<string, unknown> = DRONE_MAKER): Promise<OrgView> {
  const response = await call<OrgView>(baseUrl, user, 'POST', '/api/orgs', profile);
  if (response.status !== 201) throw new Error(`create org failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export function needFor(orgId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    orgId,
    kind: 'need',
    category: 'professional-service',
    title: 'Seeking CE and FCC testing for inspection drones',
    description: 'We need testing and certification of our inspection drones for EU and US market entry.',
    sectors: ['drones', 'testing-certification'],
    regions: ['shenzhen', 'eu'],
    dealSize: 'under-1m',
    languages: ['zh-Hans', 'en'],
    ...overrides,
  };
}

export function offerFor(orgId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    orgId,
    kind: 'offer',
    category: 'professional-service',
    title: 'Drone testing and certification for CE and FCC',
    description: 'Accredited laboratory offering testing and certification of drones for export to the EU and US.',
    sectors: ['testing-certification', 'drones'],
    regions: ['hk', 'eu'],
    dealSize: 'under-1m',
    languages: ['zh-Hant', 'en'],
    ...overrides,
  };
}

export async function createListing(baseUrl: string, user: TestUser, body: Record<string, unknown>): Promise<ListingView> {
  const response = await call<ListingView>(baseUrl, user, 'POST', '/api/listings', body);
  if (response.status !== 201) throw new Error(`create listing failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Invites the member and accepts as them (or changes an existing member's role). */
export async function addMember(baseUrl: string, owner: TestUser, orgId: string, member: TestUser, role = 'member'): Promise<void> {
  await inviteAndAccept(baseUrl, owner, `/api/orgs/${orgId}/members`, member, { role });
}

/** A connected Socket.IO client for the user, asking for events in `lang`. */
export function connectSocket(baseUrl: string, user: TestUser, lang?: string): Promise<AppSocket> {
  const socket: AppSocket = io(baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: lang ? { token: user.token, lang } : { token: user.token },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Records every payload of one event on a socket. */
export function record<E extends keyof ServerToClientEvents>(socket: AppSocket, event: E): Parameters<ServerToClientEvents[E]>[0][] {
  const received: Parameters<ServerToClientEvents[E]>[0][] = [];
  const listener = ((payload: Parameters<ServerToClientEvents[E]>[0]) => received.push(payload)) as never;
  socket.on(event, listener);
  return received;
}
