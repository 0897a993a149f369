// A file's type as people name it ("PDF", "PNG image", "Word document"), from the MIME type the
// server found in its content; anything unnamed shows its MIME type.
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';

const NAMED: Record<string, MessageKey> = {
  'application/pdf': 'files.type.pdf',
  'image/png': 'files.type.image',
  'image/jpeg': 'files.type.image',
  'image/gif': 'files.type.image',
  'image/webp': 'files.type.image',
  'application/zip': 'files.type.zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'files.type.word',
  'application/msword': 'files.type.word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'files.type.sheet',
  'application/vnd.ms-excel': 'files.type.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'files.type.slides',
  'text/plain': 'files.type.text',
  'text/csv': 'files.type.sheet',
};

export function typeLabel(mime: string, t: Translate): string {
  const key = NAMED[mime];
  if (!key) return mime;
  const subtype = mime.split('/')[1]?.toUpperCase() ?? '';
  return t(key, { format: subtype });
}
