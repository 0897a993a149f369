// Texts over their limit are refused, never cut: a pasted 40 KB description or a 121-character
// organisation name is answered 400 with the limit as data (`max`), nothing is stored, and a
// text at the limit is kept whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import { LISTING_DESCRIPTION_MAX } from '../../shared/schemas/listings.ts';
import { ORG_NAME_MAX, type OrgView } from '../../shared/schemas/orgs.ts';
import type { ValidationDetail } from '../../shared/schemas/validation-details.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { DRONE_MAKER, call, createOrg, needFor } from './marketplace-helpers.ts';

interface Refusal {
  error: string;
  message: string;
  details: ValidationDetail[];
}

describe('text limits', () => {
  let server: TestServer;
  let maker: TestUser;
  let org: OrgView;

  beforeAll(async () => {
    server = await startTestServer();
    maker = await registerUser(server.url, 'Limit tester');
    org = await createOrg(server.url, maker);
  });

  afterAll(async () => {
    await server.close();
  });

  it('refuses a pasted long listing description with its limit, storing nothing', async () => {
    const before = await server.store.collection('listings').count({});
    const pasted = 'Agricultural spraying drones for rice growers. '.repeat(900);
    expect(pasted.length).toBeGreaterThan(40_000);
    const refused = await call<Refusal>(server.url, maker, 'POST', '/api/listings', needFor(org.id, { description: pasted }));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('bad_request');
    expect(refused.body.details).toContainEqual({ path: 'description', message: 'The description is at most 5000 characters', max: LISTING_DESCRIPTION_MAX, unit: 'characters' });
    expect(await server.store.collection('listings').count({})).toBe(before);
    // A paste past the request size limit is refused whole as well.
    const huge = await call<Refusal>(server.url, maker, 'POST', '/api/listings', needFor(org.id, { description: pasted.repeat(3) }));
    expect(huge.status).toBe(413);
    expect(await server.store.collection('listings').count({})).toBe(before);

    const atLimit = 'd'.repeat(LISTING_DESCRIPTION_MAX);
    const kept = await call<ListingView>(server.url, maker, 'POST', '/api/listings', needFor(org.id, { description: atLimit }));
    expect(kept.status).toBe(201);
    expect(kept.body.description).toBe(atLimit);
  });

  it('refuses an organisation name over 120 characters in any language, naming the field and the limit', async () => {
    const long = 'Yunling UAV Technology (Shenzhen) Co., Ltd. '.repeat(3).trim();
    expect(long.length).toBeGreaterThan(ORG_NAME_MAX);
    const refused = await call<Refusal>(server.url, maker, 'POST', '/api/orgs', { ...DRONE_MAKER, names: { 'zh-Hans': '云'.repeat(ORG_NAME_MAX + 1) }, name: long });
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((detail) => [detail.path, detail.max])).toEqual([
      ['name', ORG_NAME_MAX],
      ['names.zh-Hans', ORG_NAME_MAX],
    ]);
    const kept = await call<OrgView>(server.url, maker, 'POST', '/api/orgs', { ...DRONE_MAKER, name: 'n'.repeat(ORG_NAME_MAX) });
    expect(kept.status).toBe(201);
    expect(kept.body.name).toHaveLength(ORG_NAME_MAX);
  });

  it('gives no limit for other problems', async () => {
    const refused = await call<Refusal>(server.url, maker, 'POST', '/api/listings', needFor(org.id, { title: 'ab' }));
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([{ path: 'title', message: 'The title needs at least 3 characters' }]);
  });
});
