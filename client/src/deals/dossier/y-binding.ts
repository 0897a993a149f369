// What the TipTap Collaboration binding knows about an editor: the Yjs document, the section's
// fragment and the mapping between Yjs types and ProseMirror nodes, to turn positions one way
// and the other.
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** The binding's map from Yjs types to the ProseMirror nodes they render. */
type ProsemirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorMapping;
}

/** The binding of an editor state; null before the sync plugin has bound the fragment. */
export function yBindingOf(state: EditorState): YBinding | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null) return null;
  const { doc, type, binding } = sync as { doc?: unknown; type?: unknown; binding?: { mapping?: ProsemirrorMapping } | null };
  if (!(doc instanceof Y.Doc) || !(type instanceof Y.XmlFragment) || !binding?.mapping) return null;
  return { doc, type, mapping: binding.mapping };
}

/** A ProseMirror position as a Yjs relative position, which follows concurrent edits. */
export function toRelative(state: EditorState, pos: number): Y.RelativePosition | null {
  const binding = yBindingOf(state);
  if (!binding) return null;
  const relative: unknown = absolutePositionToRelativePosition(pos, binding.type, binding.mapping);
  return relative instanceof Y.RelativePosition ? relative : null;
}

/** Where a relative position is now in this editor; null when it is elsewhere or gone. */
export function toAbsolute(state: EditorState, position: Y.RelativePosition): number | null {
  const binding = yBindingOf(state);
  if (!binding) return null;
  return relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping);
}
