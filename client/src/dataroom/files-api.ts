// REST calls of the data room: the listing, folders, file renames and moves, the audit, and the
// viewer's bytes.
import type {
  CreateFolderBody,
  DataRoomView,
  FileAuditView,
  FileView,
  FolderView,
  UpdateFileBody,
  UpdateFolderBody,
} from '../../../shared/schemas/dataroom.ts';
import type { ErrorBody } from '../../../shared/protocol.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { ApiError } from '../lib/api-error.ts';
import { filePath, filesPath, foldersPath, viewPath } from './files-paths.ts';

/** What I may view of the deal's files; `q` searches names in any of the three languages. */
export function listFiles(api: ApiClient, dealId: string, q = ''): Promise<DataRoomView> {
  const query = q.trim() ? `?${new URLSearchParams({ q: q.trim() })}` : '';
  return api.get<DataRoomView>(`${filesPath(dealId)}${query}`);
}

export function createFolder(api: ApiClient, dealId: string, body: CreateFolderBody): Promise<FolderView> {
  return api.post<FolderView>(foldersPath(dealId), body);
}

export function updateFolder(api: ApiClient, dealId: string, folderId: string, body: UpdateFolderBody): Promise<FolderView> {
  return api.patch<FolderView>(`${foldersPath(dealId)}/${encodeURIComponent(folderId)}`, body);
}

export function deleteFolder(api: ApiClient, dealId: string, folderId: string): Promise<void> {
  return api.delete<void>(`${foldersPath(dealId)}/${encodeURIComponent(folderId)}`);
}

export function updateFile(api: ApiClient, dealId: string, fileId: string, body: UpdateFileBody): Promise<FileView> {
  return api.patch<FileView>(filePath(dealId, fileId), body);
}

export function deleteFile(api: ApiClient, dealId: string, fileId: string): Promise<void> {
  return api.delete<void>(filePath(dealId, fileId));
}

/** Who viewed or downloaded which version of one file, newest first (owners and managers). */
export function fileAudit(api: ApiClient, dealId: string, fileId: string): Promise<FileAuditView> {
  return api.get<FileAuditView>(`${filePath(dealId, fileId)}/audit`);
}

/** Everything one person (or everyone) viewed or downloaded in the deal, newest first. */
export function personAudit(api: ApiClient, dealId: string, userId?: string): Promise<FileAuditView> {
  const query = userId ? `?${new URLSearchParams({ user: userId })}` : '';
  return api.get<FileAuditView>(`/deals/${encodeURIComponent(dealId)}/files-audit${query}`);
}

/** The bytes of a version for the viewer, from the inline view route (the server records a view). */
export async function viewBytes(dealId: string, fileId: string, version: number): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(`/api${viewPath(dealId, fileId, version)}`, { credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'network error', 0);
  }
  if (response.ok) return response.arrayBuffer();
  const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  throw ApiError.fromBody(response.status, body);
}
