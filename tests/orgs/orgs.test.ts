// Organisations over real HTTP: profiles in three languages, owners and members (invited, joining
// on acceptance), permissions, bad input refused with nothing stored, and the taxonomy every code
// is checked against.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationSent } from '../../shared/schemas/invitations.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { TAXONOMY } from '../../shared/taxonomy/index.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { acceptInvitation } from '../helpers/invitations.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { CERTIFIER, DRONE_MAKER, addMember, call, connectSocket, createOrg, record } from '../listings/marketplace-helpers.ts';

describe('organisations', () => {
  let server: TestServer;
  let owner: TestUser;
  let colleague: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    [owner, colleague, outsider] = await Promise.all([
      registerUser(server.url, 'Owner'),
      registerUser(server.url, 'Colleague'),
      registerUser(server.url, 'Outsider'),
    ]);
  });

  afterAll(async () => {
    await server.close();
  });

  const orgCount = () => server.store.collection('orgs').count({});

  it('serves the trilingual taxonomy without sign-in', async () => {
    const response = await call<typeof TAXONOMY>(server.url, null, 'GET', '/api/taxonomy');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(JSON.parse(JSON.stringify(TAXONOMY)));
    const certification = response.body.sectors.find((sector) => sector.code === 'testing-certification');
    expect(certification?.labels).toEqual({ en: 'Testing & certification', 'zh-Hant': '檢測認證', 'zh-Hans': '检测认证' });
  });

  it('creates an organisation owned by the caller, with names in three languages', async () => {
    const response = await call<OrgView>(server.url, owner, 'POST', '/api/orgs', DRONE_MAKER);
    expect(response.status).toBe(201);
    const org = response.body;
    expect(org).toMatchObject({
      name: 'Pearl River Drones',
      names: { 'zh-Hant': '珠江無人機', 'zh-Hans': '珠江无人机' },
      region: 'shenzhen',
      sectors: ['drones'],
      capabilities: [],
      size: 'sme',
      myRole: 'owner',
    });
    expect(org.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(org.members).toEqual([expect.objectContaining({ userId: owner.user.id, role: 'owner', email: owner.user.email })]);

    const read = await call<OrgView>(server.url, owner, 'GET', `/api/orgs/${org.id}`);
    expect(read.body).toEqual(org);
  });

  it('needs only a name, a region and sectors', async () => {
    const response = await call<OrgView>(server.url, owner, 'POST', '/api/orgs', { name: '灣區綠色金融', region: 'hk', sectors: ['green-finance'] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ names: {}, languages: [], certifications: [], size: null, description: '' });
  });

  it.each([
    ['no name', { region: 'hk', sectors: ['drones'] }],
    ['no sectors', { name: 'X', region: 'hk' }],
    ['empty sectors', { name: 'X', region: 'hk', sectors: [] }],
    ['an unknown region', { name: 'X', region: 'atlantis', sectors: ['drones'] }],
    ['an unknown sector', { name: 'X', region: 'hk', sectors: ['drones', 'time-travel'] }],
    ['a pillar as a sector', { name: 'X', region: 'hk', sectors: ['new-services'] }],
    ['an operator as the name', { name: { $gt: '' }, region: 'hk', sectors: ['drones'] }],
    ['an operator as the region', { name: 'X', region: { $ne: null }, sectors: ['drones'] }],
    ['an unknown field', { name: 'X', region: 'hk', sectors: ['drones'], $where: 'sleep(1000)' }],
    ['an oversize description', { name: 'X', region: 'hk', sectors: ['drones'], description: '長'.repeat(4001) }],
    ['an unknown language', { name: 'X', region: 'hk', sectors: ['drones'], languages: ['klingon'] }],
    ['an unknown size', { name: 'X', region: 'hk', sectors: ['drones'], size: 'galactic' }],
  ])('refuses a profile with %s and stores nothing', async (_case, body) => {
    const before = await orgCount();
    const response = await call(server.url, owner, 'POST', '/api/orgs', body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'bad_request' });
    expect(await orgCount()).toBe(before);
  });

  it('refuses callers who are not signed in', async () => {
    expect((await call(server.url, null, 'POST', '/api/orgs', DRONE_MAKER)).status).toBe(401);
    expect((await call(server.url, null, 'GET', '/api/orgs/mine')).status).toBe(401);
  });

  it('shows outsiders the public profile but not the members', async () => {
    const org = await createOrg(server.url, owner);
    const seen = await call<OrgView>(server.url, outsider, 'GET', `/api/orgs/${org.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.name).toBe(org.name);
    expect(seen.body.myRole).toBeNull();
    expect(seen.body.members).toBeUndefined();
    expect((await call(server.url, outsider, 'GET', '/api/orgs/does-not-exist')).status).toBe(404);
  });

  it('lets owners edit the profile, and nobody else', async () => {
    const org = await createOrg(server.url, owner);
    await addMember(server.url, owner, org.id, colleague);
    const edited = await call<OrgView>(server.url, owner, 'PATCH', `/api/orgs/${org.id}`, {
      names: { en: 'Pearl River Drones Ltd' },
      certifications: ['ISO 9001'],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ names: { en: 'Pearl River Drones Ltd' }, certifications: ['ISO 9001'], region: 'shenzhen' });

    expect((await call(server.url, colleague, 'PATCH', `/api/orgs/${org.id}`, { name: 'Hijacked' })).status).toBe(403);
    expect((await call(server.url, outsider, 'PATCH', `/api/orgs/${org.id}`, { name: 'Hijacked' })).status).toBe(403);
    expect((await call(server.url, owner, 'PATCH', `/api/orgs/${org.id}`, { region: 'mars' })).status).toBe(400);
    expect((await call(server.url, owner, 'PATCH', `/api/orgs/${org.id}`, {})).status).toBe(400);
    const after = await call<OrgView>(server.url, owner, 'GET', `/api/orgs/${org.id}`);
    expect(after.body.name).toBe('Pearl River Drones');
  });

  it('lists every organisation the caller belongs to', async () => {
    const person = await registerUser(server.url, 'Two hats');
    const first = await createOrg(server.url, person);
    const second = await createOrg(server.url, owner, CERTIFIER);
    await addMember(server.url, owner, second.id, person);
    const mine = await call<{ orgs: OrgView[] }>(server.url, person, 'GET', '/api/orgs/mine');
    expect(mine.body.orgs.map((org) => [org.id, org.myRole])).toEqual([
      [first.id, 'owner'],
      [second.id, 'member'],
    ]);
  });

  it('lets owners invite members by e-mail, adds them on acceptance and tells them live', async () => {
    const org = await createOrg(server.url, owner);
    const newcomer = await registerUser(server.url, 'Newcomer');
    const socket = await connectSocket(server.url, newcomer);
    const joined = record(socket, 'org:joined');
    try {
      const invited = await call<InvitationSent>(server.url, owner, 'POST', `/api/orgs/${org.id}/members`, { email: newcomer.user.email, role: 'member' });
      expect(invited.status).toBe(202);
      expect(invited.body).toMatchObject({ status: 'invitation-sent', invitation: { state: 'pending', role: 'member' } });
      await acceptInvitation(server.url, newcomer, invited.body.invitation.id);
      const added = await call<OrgView>(server.url, owner, 'GET', `/api/orgs/${org.id}`);
      expect(added.body.members?.map((member) => member.role)).toEqual(['owner', 'member']);
      await waitFor(() => joined.length === 1, 'org:joined');
      expect(joined[0]).toMatchObject({ id: org.id, myRole: 'member' });

      const promoted = await call(server.url, owner, 'POST', `/api/orgs/${org.id}/members`, { email: newcomer.user.email, role: 'owner' });
      expect(promoted.status).toBe(200);
    } finally {
      socket.disconnect();
    }
  });

  it('refuses member changes from non-owners, and invites unknown e-mails like known ones', async () => {
    const org = await createOrg(server.url, owner);
    await addMember(server.url, owner, org.id, colleague);
    const stranger = await registerUser(server.url, 'Stranger');
    const path = `/api/orgs/${org.id}/members`;
    expect((await call(server.url, colleague, 'POST', path, { email: stranger.user.email, role: 'member' })).status).toBe(403);
    expect((await call(server.url, outsider, 'POST', path, { email: outsider.user.email, role: 'owner' })).status).toBe(403);
    expect((await call(server.url, owner, 'POST', path, { email: 'nobody@example.com', role: 'member' })).status).toBe(202);
    expect((await call(server.url, owner, 'POST', path, { email: stranger.user.email, role: 'admin' })).status).toBe(400);
    expect((await call(server.url, owner, 'POST', path, { email: { $gt: '' }, role: 'member' })).status).toBe(400);
    expect((await call(server.url, colleague, 'DELETE', `${path}/${owner.user.id}`)).status).toBe(403);
    const members = await call<OrgView>(server.url, owner, 'GET', `/api/orgs/${org.id}`);
    expect(members.body.members?.map((member) => member.userId)).toEqual([owner.user.id, colleague.user.id]);
  });

  it('removes members: owners remove anyone, members leave, the last owner stays', async () => {
    const org = await createOrg(server.url, owner);
    const leaver = await registerUser(server.url, 'Leaver');
    await addMember(server.url, owner, org.id, colleague);
    await addMember(server.url, owner, org.id, leaver);
    const socket = await connectSocket(server.url, colleague);
    const left = record(socket, 'org:left');
    try {
      expect((await call(server.url, owner, 'DELETE', `/api/orgs/${org.id}/members/${colleague.user.id}`)).status).toBe(204);
      await waitFor(() => left.length === 1, 'org:left');
      expect(left[0]).toEqual({ orgId: org.id });
    } finally {
      socket.disconnect();
    }
    expect((await call(server.url, leaver, 'DELETE', `/api/orgs/${org.id}/members/${leaver.user.id}`)).status).toBe(204);
    const lastOwner = await call(server.url, owner, 'DELETE', `/api/orgs/${org.id}/members/${owner.user.id}`);
    expect(lastOwner.status).toBe(409);
    const demote = await call(server.url, owner, 'POST', `/api/orgs/${org.id}/members`, { email: owner.user.email, role: 'member' });
    expect(demote.status).toBe(409);
    const after = await call<OrgView>(server.url, owner, 'GET', `/api/orgs/${org.id}`);
    expect(after.body.members?.map((member) => [member.userId, member.role])).toEqual([[owner.user.id, 'owner']]);
    const gone = await call<OrgView>(server.url, colleague, 'GET', `/api/orgs/${org.id}`);
    expect(gone.body.myRole).toBeNull();
  });
});
