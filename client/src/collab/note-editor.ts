// The TipTap editor bound to a collaborative document: StarterKit (its own undo/redo off, Yjs
// undo instead), the `content` fragment, and live carets named and coloured per person.
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';
import { CONTENT_FIELD } from '../../../shared/doc-names.ts';
import type { CollabSession } from './collab-session.svelte.ts';

export interface NoteEditorOptions {
  element: HTMLElement;
  session: CollabSession;
  editable: boolean;
  /** Accessible name of the editing surface. */
  label: string;
}

export function createNoteEditor({ element, session, editable, label }: NoteEditorOptions): Editor {
  return new Editor({
    element,
    editable,
    extensions: [
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ document: session.doc, field: CONTENT_FIELD }),
      CollaborationCaret.configure({ provider: session.provider, user: session.me }),
    ],
    editorProps: {
      attributes: { class: 'note-text', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' },
    },
  });
}
