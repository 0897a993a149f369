// REST calls for notes and their sharing.
import type { NoteShare, NoteSummary } from '../../../shared/protocol.ts';
import type { ApiClient } from '../lib/api-client.ts';

export async function listNotes(api: ApiClient): Promise<NoteSummary[]> {
  return (await api.get<{ notes: NoteSummary[] }>('/notes')).notes;
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
