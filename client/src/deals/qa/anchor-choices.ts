// What a question may point at (data-room files, dossier sections, board terms), encoded for one
// <select>, and the words for an anchor once set.
import type { QaAnchor } from '../../../../shared/schemas/qa.ts';

export interface AnchorChoices {
  files: { id: string; name: string }[];
  sections: { key: string; label: string }[];
  terms: { id: string; title: string }[];
}

export const NO_ANCHORS: AnchorChoices = { files: [], sections: [], terms: [] };

/** `file:<id>`, `section:<key>`, `term:<id>`: one option value per anchor. */
export function anchorValue(anchor: QaAnchor): string {
  if (anchor.type === 'file') return `file:${anchor.fileId}`;
  if (anchor.type === 'section') return `section:${anchor.section}`;
  return `term:${anchor.termId}`;
}

export function anchorFromValue(value: string): QaAnchor | null {
  const split = value.indexOf(':');
  if (split < 0) return null;
  const [type, id] = [value.slice(0, split), value.slice(split + 1)];
  if (type === 'file') return { type, fileId: id };
  if (type === 'section') return { type, section: id };
  if (type === 'term') return { type, termId: id };
  return null;
}

/** What the anchor is called now; null when it no longer names anything I can see. */
export function anchorName(anchor: QaAnchor, choices: AnchorChoices): string | null {
  if (anchor.type === 'file') return choices.files.find((file) => file.id === anchor.fileId)?.name ?? null;
  if (anchor.type === 'section') return choices.sections.find((section) => section.key === anchor.section)?.label ?? null;
  return choices.terms.find((term) => term.id === anchor.termId)?.title ?? null;
}
