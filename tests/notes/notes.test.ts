// Notes over REST: create, list, rename, share and unshare, with who may do what.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../shared/schemas/notes.ts';
import { bearer, createNote, postJson, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error;
}

describe('notes over REST', () => {
  let server: TestServer;
  let owner: TestUser;
  let writer: TestUser;
  let reader: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    [owner, writer, reader, stranger] = await Promise.all([
      registerUser(server.url, 'Owner Olu'),
      registerUser(server.url, 'Writer Wen'),
      registerUser(server.url, 'Reader Rafa'),
      registerUser(server.url, 'Stranger Sami'),
    ]);
  });

  async function list(user: TestUser): Promise<NoteSummary[]> {
    const response = await fetch(`${server.url}/api/notes`, { headers: bearer(user) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { notes: NoteSummary[] }).notes;
  }

  function rename(user: TestUser, id: string, title: string): Promise<Response> {
    return fetch(`${server.url}/api/notes/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...bearer(user) },
      body: JSON.stringify({ title }),
    });
  }

  function share(user: TestUser, id: string, email: unknown, access: unknown = 'read'): Promise<Response> {
    return postJson(`${server.url}/api/notes/${encodeURIComponent(id)}/shares`, { email, access }, bearer(user));
  }

  function unshare(user: TestUser, id: string, email: string): Promise<Response> {
    return fetch(`${server.url}/api/notes/${encodeURIComponent(id)}/shares/${encodeURIComponent(email)}`, {
      method: 'DELETE',
      headers: bearer(user),
    });
  }

  async function sharedNote(): Promise<NoteSummary> {
    const note = await createNote(server.url, owner, 'Lagos cold-chain partners');
    await shareNote(server.url, owner, note.id, writer.user.email, 'write');
    await shareNote(server.url, owner, note.id, reader.user.email, 'read');
    return note;
  }

  it('creates a note with 201, owned by the caller with write access and a note: document name', async () => {
    const response = await postJson(`${server.url}/api/notes`, { title: '  Mersin port contacts  ' }, bearer(owner));
    expect(response.status).toBe(201);
    const note = (await response.json()) as NoteSummary;
    expect(note).toMatchObject({ title: 'Mersin port contacts', owner: owner.user, access: 'write', shares: [] });
    expect(note.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(note.docName).toBe(`note:${note.id}`);
    expect(Number.isNaN(Date.parse(note.createdAt))).toBe(false);
  });

  it('reads one note for its owner and the people it is shared with, and 404s for anyone else', async () => {
    const note = await sharedNote();
    const read = (user: TestUser) => fetch(`${server.url}/api/notes/${note.id}`, { headers: bearer(user) });
    const forReader = await read(reader);
    expect(forReader.status).toBe(200);
    expect(((await forReader.json()) as NoteSummary).access).toBe('read');
    expect(((await (await read(owner)).json()) as NoteSummary).shares).toHaveLength(2);
    expect((await read(stranger)).status).toBe(404);
    expect((await fetch(`${server.url}/api/notes/no-such-note`, { headers: bearer(owner) })).status).toBe(404);
  });

  it('gives a note created without a title the default one', async () => {
    const response = await postJson(`${server.url}/api/notes`, {}, bearer(owner));
    expect(response.status).toBe(201);
    expect(((await response.json()) as NoteSummary).title).toBe('Untitled note');
  });

  it('refuses an empty or over-long title with 400 bad_request', async () => {
    for (const title of ['   ', 'x'.repeat(121)]) {
      const response = await postJson(`${server.url}/api/notes`, { title }, bearer(owner));
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('bad_request');
    }
    expect(await list(owner)).toEqual([]);
  });

  it('refuses to list or create notes without credentials with 401', async () => {
    expect((await fetch(`${server.url}/api/notes`)).status).toBe(401);
    expect((await postJson(`${server.url}/api/notes`, { title: 'Anonymous' })).status).toBe(401);
  });

  it("lists the caller's own notes, newest first, and nobody else's", async () => {
    const first = await createNote(server.url, owner, 'First');
    // Newest first is by creation time: the second note must not share the first one's millisecond.
    await waitFor(() => Date.now() > Date.parse(first.createdAt), 'the clock to move past the first note');
    const second = await createNote(server.url, owner, 'Second');
    await createNote(server.url, stranger, 'Not yours');
    expect((await list(owner)).map((note) => note.id)).toEqual([second.id, first.id]);
    expect((await list(writer)).map((note) => note.id)).toEqual([]);
  });

  it('lets the owner rename a note, and the new title shows in every list', async () => {
    const note = await sharedNote();
    const response = await rename(owner, note.id, 'Lagos cold-chain partners (final)');
    expect(response.status).toBe(200);
    expect(((await response.json()) as NoteSummary).title).toBe('Lagos cold-chain partners (final)');
    expect((await list(owner)).find((listed) => listed.id === note.id)?.title).toBe('Lagos cold-chain partners (final)');
    expect((await list(reader)).find((listed) => listed.id === note.id)?.title).toBe('Lagos cold-chain partners (final)');
  });

  it('shows a shared note in the recipient\'s list with their access, the owner, and no one else\'s shares', async () => {
    const note = await sharedNote();
    const writerView = (await list(writer)).find((listed) => listed.id === note.id);
    const readerView = (await list(reader)).find((listed) => listed.id === note.id);
    expect(writerView).toMatchObject({ title: 'Lagos cold-chain partners', owner: owner.user, access: 'write', shares: [] });
    expect(readerView).toMatchObject({ owner: owner.user, access: 'read', shares: [] });
    expect((await list(stranger)).map((listed) => listed.id)).not.toContain(note.id);
  });

  it('shows the owner every share with its access', async () => {
    const note = await sharedNote();
    const ownerView = (await list(owner)).find((listed) => listed.id === note.id);
    expect(ownerView?.shares).toEqual(
      expect.arrayContaining([
        { email: writer.user.email, access: 'write' },
        { email: reader.user.email, access: 'read' },
      ]),
    );
    expect(ownerView?.shares).toHaveLength(2);
  });

  it('changes the access of an existing share instead of adding a second one', async () => {
    const note = await sharedNote();
    const response = await share(owner, note.id, reader.user.email.toUpperCase(), 'write');
    expect(response.status).toBe(200);
    const updated = (await response.json()) as NoteSummary;
    expect(updated.shares.filter((entry) => entry.email === reader.user.email)).toEqual([{ email: reader.user.email, access: 'write' }]);
    expect((await list(reader)).find((listed) => listed.id === note.id)?.access).toBe('write');
  });

  it('shares with an e-mail that has no account yet, and the note appears once that person signs up', async () => {
    const note = await createNote(server.url, owner, 'For the new adviser');
    const email = `later-${randomUUID().slice(0, 8)}@example.com`;
    expect((await share(owner, note.id, email, 'read')).status).toBe(200);
    const response = await postJson(`${server.url}/api/auth/register`, { name: 'Late Comer', email, password: 'Harbour-lights-2024' });
    const newcomer = { ...((await response.json()) as Omit<TestUser, 'cookie' | 'password'>), cookie: '', password: '' };
    expect((await list(newcomer)).find((listed) => listed.id === note.id)?.access).toBe('read');
  });

  it('unshares: the note leaves the recipient\'s list and the owner\'s share list', async () => {
    const note = await sharedNote();
    const response = await unshare(owner, note.id, reader.user.email);
    expect(response.status).toBe(200);
    expect(((await response.json()) as NoteSummary).shares).toEqual([{ email: writer.user.email, access: 'write' }]);
    expect((await list(reader)).map((listed) => listed.id)).not.toContain(note.id);
    expect((await list(writer)).map((listed) => listed.id)).toContain(note.id);
  });

  it('refuses a rename, share or unshare by someone with write access with 403 forbidden, changing nothing', async () => {
    const note = await sharedNote();
    const renamed = await rename(writer, note.id, 'Taken over');
    expect(renamed.status).toBe(403);
    expect(await errorCode(renamed)).toBe('forbidden');
    const shared = await share(writer, note.id, stranger.user.email, 'write');
    expect(shared.status).toBe(403);
    expect(await errorCode(shared)).toBe('forbidden');
    expect((await unshare(writer, note.id, reader.user.email)).status).toBe(403);
    expect((await unshare(reader, note.id, reader.user.email)).status).toBe(403);

    const ownerView = (await list(owner)).find((listed) => listed.id === note.id);
    expect(ownerView?.title).toBe('Lagos cold-chain partners');
    expect(ownerView?.shares).toHaveLength(2);
    expect((await list(stranger)).map((listed) => listed.id)).not.toContain(note.id);
  });

  it('answers a stranger with 404 not_found for rename, share and unshare, as if the note did not exist', async () => {
    const note = await sharedNote();
    const renamed = await rename(stranger, note.id, 'Mine now');
    expect(renamed.status).toBe(404);
    expect(await errorCode(renamed)).toBe('not_found');
    expect((await share(stranger, note.id, stranger.user.email, 'write')).status).toBe(404);
    expect((await unshare(stranger, note.id, reader.user.email)).status).toBe(404);
    expect((await rename(stranger, 'no-such-note', 'Anything')).status).toBe(404);
    expect((await list(owner)).find((listed) => listed.id === note.id)?.title).toBe('Lagos cold-chain partners');
    expect((await list(stranger)).map((listed) => listed.id)).not.toContain(note.id);
  });

  it('refuses the owner sharing a note with themself with 403', async () => {
    const note = await createNote(server.url, owner);
    const response = await share(owner, note.id, owner.user.email, 'read');
    expect(response.status).toBe(403);
    expect((await list(owner)).find((listed) => listed.id === note.id)?.access).toBe('write');
  });

  it.each([
    ['a path traversal', '../x'],
    ['200 characters', 'a'.repeat(200)],
    ['a colon', 'note:abc'],
    ['a space', 'two words'],
  ])('refuses a note id with %s with 400 bad_request', async (_what, id) => {
    const renamed = await rename(owner, id, 'Whatever');
    expect(renamed.status).toBe(400);
    expect(await errorCode(renamed)).toBe('bad_request');
    expect((await share(owner, id, reader.user.email, 'read')).status).toBe(400);
    expect((await unshare(owner, id, reader.user.email)).status).toBe(400);
  });

  it.each([
    ['a malformed e-mail', 'not-an-email', 'read'],
    ['an operator object for the e-mail', { $ne: null }, 'read'],
    ['an unknown access level', 'someone@example.com', 'admin'],
  ])('refuses sharing with %s with 400 bad_request and no change', async (_what, email, access) => {
    const note = await createNote(server.url, owner);
    const response = await share(owner, note.id, email, access);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('bad_request');
    expect((await list(owner)).find((listed) => listed.id === note.id)?.shares).toEqual([]);
  });

  it('refuses unsharing with a malformed e-mail with 400', async () => {
    const note = await sharedNote();
    expect((await unshare(owner, note.id, 'not-an-email')).status).toBe(400);
    expect((await list(owner)).find((listed) => listed.id === note.id)?.shares).toHaveLength(2);
  });
});

describe('notes under concurrent changes', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it('keeps every share when the owner shares with several people at once', async () => {
    const owner = await registerUser(server.url, 'Owner Olu');
    const note = await createNote(server.url, owner);
    const emails = Array.from({ length: 8 }, (_, index) => `partner-${index}-${randomUUID().slice(0, 6)}@example.com`);
    const responses = await Promise.all(
      emails.map((email) => postJson(`${server.url}/api/notes/${note.id}/shares`, { email, access: 'read' }, bearer(owner))),
    );
    expect(responses.map((response) => response.status)).toEqual(emails.map(() => 200));
    const listed = (await (await fetch(`${server.url}/api/notes`, { headers: bearer(owner) })).json()) as { notes: NoteSummary[] };
    const shares = listed.notes.find((listedNote) => listedNote.id === note.id)?.shares ?? [];
    expect(shares.map((entry) => entry.email).sort()).toEqual([...emails].sort());
  });
});
