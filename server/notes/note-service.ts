// Note commands: create, rename, share and unshare, each permission-checked, stored, then
// pushed live to the people concerned and applied to their open collaboration sockets.
import { randomBytes } from 'node:crypto';
import { formatDocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { NoteShare, NoteSummary } from '../../shared/schemas/notes.ts';
import { toPublicUser, type UserRepository } from '../auth/index.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import { noteAccessFor } from './note-access.ts';
import type { NoteRecord, NoteRepository } from './note-repository.ts';

export interface NoteServiceDeps {
  notes: NoteRepository;
  users: UserRepository;
  io: AppSocketServer;
  /** Re-checks open collaboration sockets of a document after its sharing changed. */
  refreshDocAccess: (docName: string) => Promise<void>;
}

function newNoteId(): string {
  return randomBytes(12).toString('base64url');
}

export class NoteService {
  constructor(private readonly deps: NoteServiceDeps) {}

  async list(user: PublicUser): Promise<NoteSummary[]> {
    const notes = await this.deps.notes.listVisibleTo(user.id, user.email);
    return Promise.all(notes.map((note) => this.summarise(note, user)));
  }

  /** One note the user may see; 404 for notes they have no access to, so ids are not probed. */
  async get(user: PublicUser, id: string): Promise<NoteSummary> {
    const note = await this.deps.notes.find(id);
    if (!note || noteAccessFor(note, user) === 'none') throw new NotFoundError('Note');
    return this.summarise(note, user);
  }

  async create(user: PublicUser, title: string): Promise<NoteSummary> {
    const note = await this.deps.notes.claim(newNoteId(), user.id, title);
    return this.summarise(note, user);
  }

  async rename(user: PublicUser, id: string, title: string): Promise<NoteSummary> {
    const note = await this.ownedNote(user, id);
    await this.deps.notes.rename(id, title);
    return this.summarise({ ...note, title }, user);
  }

  async share(user: PublicUser, id: string, share: NoteShare): Promise<NoteSummary> {
    await this.ownedNote(user, id);
    if (share.email === user.email) throw new ForbiddenError('You already own this note');
    const updated = await this.changeShares(user, id, (shares) => [...shares.filter((existing) => existing.email !== share.email), share]);
    await this.deps.refreshDocAccess(formatDocName('note', id));
    const recipient = await this.deps.users.findByEmail(share.email);
    if (recipient) {
      const recipientUser = toPublicUser(recipient);
      this.deps.io.to(userRoom(recipient._id)).emit('note:shared', await this.summarise(updated, recipientUser));
    }
    return this.summarise(updated, user);
  }

  async unshare(user: PublicUser, id: string, email: string): Promise<NoteSummary> {
    const before = await this.ownedNote(user, id);
    if (!before.shares.some((existing) => existing.email === email)) return this.summarise(before, user);
    const updated = await this.changeShares(user, id, (shares) => shares.filter((existing) => existing.email !== email));
    await this.deps.refreshDocAccess(formatDocName('note', id));
    const recipient = await this.deps.users.findByEmail(email);
    if (recipient) this.deps.io.to(userRoom(recipient._id)).emit('note:unshared', { id });
    return this.summarise(updated, user);
  }

  // Read, change, write only if unchanged since the read; a concurrent change makes us re-read.
  private async changeShares(user: PublicUser, id: string, change: (shares: NoteShare[]) => NoteShare[]): Promise<NoteRecord> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const note = await this.ownedNote(user, id);
      const shares = change(note.shares);
      if (await this.deps.notes.setShares(id, shares, note.version)) return { ...note, shares, version: note.version + 1 };
    }
    throw new ConflictError('The note is changing too fast; try again');
  }

  private async ownedNote(user: PublicUser, id: string): Promise<NoteRecord> {
    const note = await this.deps.notes.find(id);
    if (!note || noteAccessFor(note, user) === 'none') throw new NotFoundError('Note');
    if (note.ownerId !== user.id) throw new ForbiddenError('Only the owner can change this note');
    return note;
  }

  private async summarise(note: NoteRecord, viewer: PublicUser): Promise<NoteSummary> {
    const access = noteAccessFor(note, viewer);
    if (access === 'none') throw new NotFoundError('Note');
    const owner = await this.deps.users.findById(note.ownerId);
    return {
      id: note._id,
      docName: formatDocName('note', note._id),
      title: note.title,
      owner: owner ? toPublicUser(owner) : { id: note.ownerId, email: '', name: 'Unknown' },
      access,
      shares: note.ownerId === viewer.id ? note.shares : [],
      createdAt: new Date(note.createdAt).toISOString(),
    };
  }
}
