// Personal notes and their sharing: request schemas and the shape the API lists them in.
import { z } from 'zod';
import { DocIdSchema, type DocAccess } from '../doc-names.ts';
import { EmailSchema, type PublicUser } from './auth.ts';
import { visibleText } from './visible-text.ts';
export const NOTE_TITLE_MAX = 120;
export const NoteTitleSchema = visibleText(z.string().trim().min(1, 'Give the note a title').max(NOTE_TITLE_MAX), 'The title');
export const CreateNoteBodySchema = z.object({ title: NoteTitleSchema.default('Untitled note') });
export const RenameNoteBodySchema = z.object({ title: NoteTitleSchema });
export const NoteIdSchema = DocIdSchema;
export const ShareNoteBodySchema = z.object({
  email: EmailSchema,
  access: z.enum(['read', 'write']),
});
export type ShareNoteBody = z.infer<typeof ShareNoteBodySchema>;

/** A note (personal scratch document) as listed for a user. */
export interface NoteSummary {
  id: string;
  docName: string;
  title: string;
  owner: PublicUser;
  access: Exclude<DocAccess, 'none'>;
  shares: NoteShare[];
  createdAt: string;
}
export interface NoteShare {
  email: string;
  access: Exclude<DocAccess, 'none'>;
}
