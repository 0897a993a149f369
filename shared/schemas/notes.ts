// Request schemas for personal notes and their sharing.
import { z } from 'zod';
import { DocIdSchema } from '../doc-names.ts';
import { EmailSchema } from './auth.ts';
import { visibleText } from './visible-text.ts';

export const NoteTitleSchema = visibleText(z.string().trim().min(1, 'Give the note a title').max(120), 'The title');

export const CreateNoteBodySchema = z.object({ title: NoteTitleSchema.default('Untitled note') });
export const RenameNoteBodySchema = z.object({ title: NoteTitleSchema });
export const NoteIdSchema = DocIdSchema;

export const ShareNoteBodySchema = z.object({
  email: EmailSchema,
  access: z.enum(['read', 'write']),
});
export type ShareNoteBody = z.infer<typeof ShareNoteBodySchema>;
