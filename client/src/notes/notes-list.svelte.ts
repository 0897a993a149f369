// The notes I own or that are shared with me, kept current by REST answers and live events.
import type { NoteShare, NoteSummary } from '../../../shared/schemas/notes.ts';
import type { ApiClient } from '../lib/api-client.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToNoteEvents } from './note-events.ts';
import { createNote, listNotes, shareNote, unshareNote } from './notes-api.ts';

function newestFirst(a: NoteSummary, b: NoteSummary): number {
  return b.createdAt.localeCompare(a.createdAt);
}

export class NotesList {
  notes = $state.raw<NoteSummary[]>([]);
  loading = $state(true);
  loadError = $state.raw<unknown>(null);

  constructor(private readonly api: ApiClient) {}

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.notes = (await listNotes(this.api)).sort(newestFirst);
      this.loadError = null;
    } catch (error) {
      this.loadError = error;
    } finally {
      this.loading = false;
    }
  }

  async create(title: string): Promise<NoteSummary> {
    return this.upsert(await createNote(this.api, title));
  }

  async share(id: string, share: NoteShare): Promise<NoteSummary> {
    return this.upsert(await shareNote(this.api, id, share));
  }

  async unshare(id: string, email: string): Promise<NoteSummary> {
    return this.upsert(await unshareNote(this.api, id, email));
  }

  /** Applies live events; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return subscribeToNoteEvents(socket, {
      shared: (note) => this.upsert(note),
      unshared: (id) => this.remove(id),
      reconnected: () => void this.load(),
    });
  }

  private upsert(note: NoteSummary): NoteSummary {
    this.notes = [note, ...this.notes.filter((existing) => existing.id !== note.id)].sort(newestFirst);
    return note;
  }

  private remove(id: string): void {
    this.notes = this.notes.filter((note) => note.id !== id);
  }
}
