// The data room's REST addresses (under /api), one place for every caller.
import type { UploadRequest } from './upload-queue.ts';

export const filesPath = (dealId: string) => `/deals/${encodeURIComponent(dealId)}/files`;
export const foldersPath = (dealId: string) => `/deals/${encodeURIComponent(dealId)}/folders`;
export const filePath = (dealId: string, fileId: string) => `${filesPath(dealId)}/${encodeURIComponent(fileId)}`;

/** The inline bytes of a version, for the viewer (recorded as a view). */
export const viewPath = (dealId: string, fileId: string, version: number) => `${filePath(dealId, fileId)}/view?version=${version}`;

/** The attachment of a version (recorded as a download); only ever linked where download is allowed. */
export const downloadPath = (dealId: string, fileId: string, version: number) => `${filePath(dealId, fileId)}/download?version=${version}`;

/** A new file names its folder and name; a new version names only the file (it keeps both). */
export function uploadPath(dealId: string, request: Pick<UploadRequest, 'uploadId' | 'folderId' | 'name' | 'fileId'>): string {
  const query = new URLSearchParams(request.fileId ? { fileId: request.fileId } : { folderId: request.folderId, name: request.name });
  return `${filesPath(dealId)}/uploads/${encodeURIComponent(request.uploadId)}?${query}`;
}
