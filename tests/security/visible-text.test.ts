// Visibly empty names and titles: text made only of zero-width, spacing or other invisible
// characters is refused by the shared schemas with a clear message, on the REST API (400
// bad_request naming the field) and in the client's form messages, while real text in any script
// (with combining marks, emoji) passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/lib/api-error.ts';
import { splitFailure } from '../../client/src/lib/field-errors.ts';
import { en, type MessageKey } from '../../client/src/i18n/en.ts';
import { RegisterBodySchema } from '../../shared/schemas/auth.ts';
import { CreateOrgBodySchema } from '../../shared/schemas/orgs.ts';
import { hasVisibleText, isInvisibleTextMessage } from '../../shared/schemas/visible-text.ts';
import { bearer, createNote, postJson, registerUser, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { DRONE_MAKER, createOrg, needFor } from '../listings/marketplace-helpers.ts';

const INVISIBLE = {
  'zero-width spaces': '\u200b\u200b',
  'ideographic space': '\u3000',
  'braille blank': '\u2800\u2800\u2800',
  'hangul filler': '\u3164',
  'halfwidth hangul filler': '\uffa0\uffa0\uffa0',
  'combining marks alone': '\u0301\u0308\u0301',
  'joiners and word joiner': '\u200d\u200c\u2060',
  'byte order mark and soft hyphen': '\ufeff\u00ad\u00ad',
  'no-break and thin spaces': '\u00a0\u2009\u202f',
  'tag characters': '\u{E0041}\u{E0042}\u{E0043}',
};
const VISIBLE = ['Mei Chen', 'e\u0301clair', '深圳無人機', 'कि', '🙂', 'a\u200b', 'Ω'];

describe('visible text', () => {
  it.each(Object.entries(INVISIBLE))('finds nothing visible in %s', (_name, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it.each(VISIBLE)('finds %s visible', (text) => {
    expect(hasVisibleText(text)).toBe(true);
  });

  it('refuses a visibly empty name in the shared schema with one clear message', () => {
    const result = RegisterBodySchema.safeParse({ name: '\u200b\u3164', email: 'mei@example.com', password: STRONG_PASSWORD });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['name', 'The name has only invisible or spacing characters']]);
    // Text empty after trimming keeps the schema's own "enter your name".
    expect(RegisterBodySchema.safeParse({ name: '\u3000', email: 'mei@example.com', password: STRONG_PASSWORD }).error?.issues.map((issue) => issue.message)).toEqual(['Enter your name']);
  });

  it('refuses it in every language of an organisation name', () => {
    const result = CreateOrgBodySchema.safeParse({ ...DRONE_MAKER, names: { 'zh-Hant': '\u2800' } });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['names.zh-Hant']);
  });

  it('words it in the reader’s language on a form instead of the field’s usual hint', () => {
    const t = (key: MessageKey) => en[key];
    const failure = new ApiError('bad_request', 'The request is not valid', 400, [{ path: 'title', message: 'The title has only invisible or spacing characters' }]);
    expect(splitFailure(failure, { title: 'listing.invalid.title' }, t).fields).toEqual({ title: en['error.invisibleText'] });
    expect(isInvisibleTextMessage('The title needs at least 3 characters')).toBe(false);
  });
});

describe('visibly empty names and titles on the REST API', () => {
  let server: TestServer;
  let owner: TestUser;
  let orgId: string;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await registerUser(server.url, 'Owner');
    orgId = (await createOrg(server.url, owner)).id;
  });

  afterAll(async () => {
    await server.close();
  });

  async function expectRefused(response: Response, field: string): Promise<void> {
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string; details: { path: string; message: string }[] };
    expect(body).toMatchObject({ error: 'bad_request', message: expect.stringContaining('invisible or spacing characters') });
    expect(body.details).toContainEqual({ path: field, message: expect.stringMatching(/has only invisible or spacing characters$/) });
  }

  it('answers a zero-width name at sign-up with 400 bad_request and says why', async () => {
    await expectRefused(await postJson(`${server.url}/api/auth/register`, { name: '\u200b\u200b', email: 'zw@example.com', password: STRONG_PASSWORD }), 'name');
  });

  it.each(Object.entries(INVISIBLE))('refuses a note title of %s', async (_name, title) => {
    const response = await postJson(`${server.url}/api/notes`, { title }, bearer(owner));
    if (title.trim() === '') expect(response.status).toBe(400);
    else await expectRefused(response, 'title');
  });

  it('refuses visibly empty organisation names, listing titles, deal titles and note renames', async () => {
    await expectRefused(await postJson(`${server.url}/api/orgs`, { ...DRONE_MAKER, name: '\u3164\u3164' }, bearer(owner)), 'name');
    await expectRefused(await postJson(`${server.url}/api/listings`, needFor(orgId, { title: '\u2800\u2800\u2800\u2800' }), bearer(owner)), 'title');
    await expectRefused(await postJson(`${server.url}/api/deals`, { title: '\u200b\u0301', type: 'supply' }, bearer(owner)), 'title');
    const note = await createNote(server.url, owner);
    const rename = await fetch(`${server.url}/api/notes/${note.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...bearer(owner) },
      body: JSON.stringify({ title: '\u200b\u200b\u200b' }),
    });
    await expectRefused(rename, 'title');
  });

  it('still accepts names with real characters around invisible ones', async () => {
    const response = await postJson(`${server.url}/api/notes`, { title: '\u200bShortlist\u200b' }, bearer(owner));
    expect(response.status).toBe(201);
  });
});
