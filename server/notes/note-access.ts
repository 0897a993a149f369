// Access to `note:<id>` documents: the owner writes, people it is shared with read or write,
// and the first signed-in user to open a note that does not exist yet becomes its owner.
import type { DocAccess, DocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { NoteRecord, NoteRepository } from './note-repository.ts';

export function noteAccessFor(note: NoteRecord, user: PublicUser): DocAccess {
  if (note.ownerId === user.id) return 'write';
  return note.shares.find((share) => share.email === user.email)?.access ?? 'none';
}

export function noteAccessResolver(notes: NoteRepository) {
  return async (user: PublicUser, doc: DocName): Promise<DocAccess> => {
    const note = (await notes.find(doc.id)) ?? (await notes.claim(doc.id, user.id, 'Untitled note'));
    return noteAccessFor(note, user);
  };
}
