// Fixtures for dashboard tests: a server with an admin, deals between two real organisations
// (so sectors and corridor are known), and sockets watching the dashboard.
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { postJson, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectSocket, type AppSocket } from '../deals/deal-helpers.ts';
import { CERTIFIER, createOrg, DRONE_MAKER } from '../listings/marketplace-helpers.ts';

export const ADMIN_EMAIL = 'grace.ho@superconnector.example';

export function startDashboardServer(): Promise<TestServer> {
  return startTestServer({ adminEmails: [ADMIN_EMAIL.toUpperCase()], dealRooms: { autoVersionQuietMs: 60 * 60_000, progressDelayMs: 20 } });
}

/** A Shenzhen drone maker and a Hong Kong certifier, owned by `owner`. */
export async function twoOrgs(server: TestServer, owner: TestUser): Promise<[OrgView, OrgView]> {
  return [await createOrg(server.url, owner, DRONE_MAKER), await createOrg(server.url, owner, CERTIFIER)];
}

/** A socket of `user` that has asked for live dashboard rows. */
export async function watchDashboard(server: TestServer, user: TestUser): Promise<AppSocket> {
  const socket = await connectSocket(server.url, user);
  const result = await socket.emitWithAck('dashboard:watch');
  if (!('data' in result)) throw new Error(`watch failed: ${JSON.stringify(result)}`);
  return socket;
}

/** Signs up the admin (registerUser picks random e-mails; the admin's must be the configured one). */
export async function registerAdmin(server: TestServer): Promise<TestUser> {
  const response = await postJson(`${server.url}/api/auth/register`, { name: 'Grace Ho', email: ADMIN_EMAIL, password: STRONG_PASSWORD });
  if (response.status !== 201) throw new Error(`admin sign-up failed: ${response.status}`);
  return { ...((await response.json()) as Omit<TestUser, 'cookie' | 'password'>), password: STRONG_PASSWORD, cookie: '' };
}
