// The TipTap editor of one dossier section: StarterKit (its own undo/redo off, Yjs undo instead),
// bound to the section's Y.XmlFragment on the dossier's one shared provider, live carets named
// and coloured per person, and comment highlights.
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';
import { sectionFragmentName } from '../../../../shared/deal-docs.ts';
import type { CollabSession } from '../../collab/collab-session.svelte.ts';
import { CommentHighlights } from './comment-highlights.ts';

export interface SectionEditorOptions {
  element: HTMLElement;
  session: CollabSession;
  section: string;
  editable: boolean;
  /** Accessible name of the editing surface. */
  label: string;
  onThreadClick: (threadId: string) => void;
}

export function createSectionEditor({ element, session, section, editable, label, onThreadClick }: SectionEditorOptions): Editor {
  return new Editor({
    element,
    editable,
    extensions: [
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ fragment: session.doc.getXmlFragment(sectionFragmentName(section)) }),
      CollaborationCaret.configure({ provider: session.provider, user: session.me }),
      CommentHighlights.configure({ onThreadClick }),
    ],
    editorProps: {
      attributes: { class: 'dossier-text', 'data-section': section, 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' },
    },
  });
}
