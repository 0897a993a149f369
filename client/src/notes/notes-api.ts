// REST calls for notes and their sharing.
import type { NoteShare, NoteSummary } from '../../../shared/schemas/notes.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { ApiError } from '../lib/api-error.ts';

export async function listNotes(api: ApiClient): Promise<NoteSummary[]> {
  return (await api.get<{ notes: NoteSummary[] }>('/notes')).notes;
}

/** The note, or null when it does not exist or is not (or no longer) shared with me. */
export async function getNote(api: ApiClient, id: string): Promise<NoteSummary | null> {
  try {
    return await api.get<NoteSummary>(`/notes/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function createNote(api: ApiClient, title: string): Promise<NoteSummary> {
  return api.post<NoteSummary>('/notes', { title });
}

export function renameNote(api: ApiClient, id: string, title: string): Promise<NoteSummary> {
  return api.patch<NoteSummary>(`/notes/${encodeURIComponent(id)}`, { title });
}

export function shareNote(api: ApiClient, id: string, share: NoteShare): Promise<NoteSummary> {
  return api.post<NoteSummary>(`/notes/${encodeURIComponent(id)}/shares`, share);
}

export function unshareNote(api: ApiClient, id: string, email: string): Promise<NoteSummary> {
  return api.delete<NoteSummary>(`/notes/${encodeURIComponent(id)}/shares/${encodeURIComponent(email)}`);
}
