// Data-room files of a deal: folders with per-folder access, files with versions, uploads, and the
// audit of views and downloads. Request schemas and the shapes the API returns, shared by client
// and server (routes in docs/contracts.md).
import { z } from 'zod';
import { RecordIdSchema } from './taxonomy-fields.ts';
import { visibleText } from './visible-text.ts';

/**
 * Who a folder's access list names. Parties are named per organisation (one side each); advisers
 * and managers as a whole. Owners always have every right, whatever the lists say.
 */
export type Audience = { kind: 'org'; orgId: string } | { kind: 'advisers' } | { kind: 'managers' };

export const AudienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('org'), orgId: RecordIdSchema }),
  z.strictObject({ kind: z.literal('advisers') }),
  z.strictObject({ kind: z.literal('managers') }),
]);

export const FOLDER_RIGHTS = ['view', 'download', 'upload'] as const;
export type FolderRight = (typeof FOLDER_RIGHTS)[number];

/** A folder's access lists. Downloading and uploading also need viewing (the server enforces it). */
export type FolderAccess = Record<FolderRight, Audience[]>;

const AudienceListSchema = z
  .array(AudienceSchema)
  .max(16, 'At most 16 entries per right')
  .transform((list) => [...new Map(list.map((entry) => [audienceKey(entry), entry])).values()]);

export const FolderAccessSchema = z.strictObject({ view: AudienceListSchema, download: AudienceListSchema, upload: AudienceListSchema });

/** One text per audience, for de-duplicating and comparing lists. */
export function audienceKey(audience: Audience): string {
  return audience.kind === 'org' ? `org:${audience.orgId}` : audience.kind;
}

/** The longest file or folder name, in characters. */
export const DATAROOM_NAME_MAX = 200;

/** Characters no name may hold: controls (incl. newlines and NUL), path separators, and the ones Windows forbids. */
const FORBIDDEN_NAME_CHARACTERS = /[\p{Cc}/\\:*?"<>|]/u;

/** A file or folder name: one path segment, no separators or controls, not `.` or `..`, visible. */
function nameSchema(what: string) {
  return visibleText(
    z
      .string()
      .trim()
      .normalize('NFC')
      .min(1, `Give the ${what} a name`)
      .max(DATAROOM_NAME_MAX, `A ${what} name is at most ${DATAROOM_NAME_MAX} characters`)
      .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name), { message: `A ${what} name cannot hold / \\ : * ? " < > | or control characters` })
      .refine((name) => !/^\.+$/.test(name), { message: `A ${what} name cannot be only dots` }),
    `The ${what} name`,
  );
}
export const FileNameSchema = nameSchema('file');
export const FolderNameSchema = nameSchema('folder');

export const FolderIdSchema = RecordIdSchema;
export const FileIdSchema = RecordIdSchema;
/** Chosen by the client for each upload, so that retrying it never stores it twice. */
export const UploadIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'An upload id is 8 to 64 letters, digits, - or _');

/** `POST /api/deals/:id/folders` (owners). `access` defaults to every side, advisers and managers viewing and downloading, parties uploading. */
export const CreateFolderBodySchema = z.strictObject({
  name: FolderNameSchema,
  parentId: FolderIdSchema.nullable().default(null),
  access: FolderAccessSchema.optional(),
});
export type CreateFolderBody = z.infer<typeof CreateFolderBodySchema>;

/** `PATCH /api/deals/:id/folders/:folderId` (owners): rename, move (`parentId`, null = top level), change access. */
export const UpdateFolderBodySchema = z
  .strictObject({ name: FolderNameSchema.optional(), parentId: FolderIdSchema.nullable().optional(), access: FolderAccessSchema.optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateFolderBody = z.infer<typeof UpdateFolderBodySchema>;

/** `PATCH /api/deals/:id/files/:fileId`: rename and/or move to another folder. */
export const UpdateFileBodySchema = z
  .strictObject({ name: FileNameSchema.optional(), folderId: FolderIdSchema.optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateFileBody = z.infer<typeof UpdateFileBodySchema>;

/**
 * Query of `PUT /api/deals/:id/files/uploads/:uploadId` (the body is the file's bytes): a new file
 * (`folderId` and `name`) or a new version of one (`fileId`; it keeps its name and folder).
 */
export const UploadQuerySchema = z.union(
  [z.strictObject({ fileId: FileIdSchema }), z.strictObject({ folderId: FolderIdSchema, name: FileNameSchema })],
  { message: 'Name the folder and the file name (folderId, name), or the file to add a version to (fileId)' },
);
export type UploadQuery = z.infer<typeof UploadQuerySchema>;

export const FilesQuerySchema = z.object({ q: z.string().trim().max(200, 'A search is at most 200 characters').optional() });

/** `?version=N` of the view and download routes; the current version when left out. */
export const FileVersionQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export const FilesAuditQuerySchema = z.object({ user: RecordIdSchema.optional() });

export interface FolderView {
  id: string;
  parentId: string | null;
  name: string;
  access: FolderAccess;
  /** What the viewer may do here (a folder they may not view is not listed at all). */
  mine: Record<FolderRight, boolean>;
}

export interface VersionView {
  /** 1, 2, 3 … in upload order. */
  version: number;
  size: number;
  /** The type found in the content (not the name). */
  mime: string;
  sha256: string;
  uploadedBy: { id: string; name: string };
  uploadedAt: string;
}

export interface FileView {
  id: string;
  folderId: string;
  name: string;
  current: VersionView;
  /** Newest first. */
  versions: VersionView[];
  /** False where the folder is view only for the viewer: the view route serves it, the download route answers 403 `view_only`. */
  canDownload: boolean;
  /** Whether the browser can show it inline (PDF and images). */
  viewable: boolean;
}

/** `GET /api/deals/:id/files?q=`: what the caller may view; `canManage` for owners (folders, access, deleting). */
export interface DataRoomView {
  folders: FolderView[];
  files: FileView[];
  canManage: boolean;
}

export const FILE_AUDIT_KINDS = ['view', 'download'] as const;
export type FileAuditKind = (typeof FILE_AUDIT_KINDS)[number];

export interface FileAuditEntry {
  fileId: string;
  /** The file's name when it was opened. */
  fileName: string;
  version: number;
  kind: FileAuditKind;
  user: { id: string; name: string };
  /** The organisation the person acts for in the deal, if any. */
  orgId: string | null;
  at: string;
}

/** `GET …/files/:fileId/audit` and `GET …/files-audit?user=` (owners and managers), newest first. */
export interface FileAuditView {
  entries: FileAuditEntry[];
}

/** Socket.IO `deal:files-changed`, to the deal's room on any change: refetch `GET /api/deals/:id/files`. */
export interface FilesChanged {
  dealId: string;
}

/** MIME types the viewer shows inline (the view route refuses others with 415). */
export const VIEWABLE_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export function isViewableMime(mime: string): boolean {
  return (VIEWABLE_MIME_TYPES as readonly string[]).includes(mime);
}
