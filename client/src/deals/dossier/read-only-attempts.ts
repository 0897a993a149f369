// Noticing a person trying to write where their role only reads — typing, pasting, dropping or
// clicking to place a caret — so the dossier can say why and how to suggest a change instead of
// ignoring them. Selecting text (to comment on it), copying and moving around are not attempts.
import type { Attachment } from 'svelte/attachments';

const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);

function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || EDITING_KEYS.has(event.key) || event.key === 'Process';
}

function placedCaret(): boolean {
  const selection = document.getSelection();
  return !selection || selection.isCollapsed;
}

/** Calls `onAttempt` for every try at writing inside the element while `active()` holds. */
export function readOnlyAttempts(active: () => boolean, onAttempt: () => void): Attachment<HTMLElement> {
  return (element) => {
    const attempt = (event: Event) => {
      if (!active()) return;
      if (event instanceof KeyboardEvent && !isTyping(event)) return;
      if (event.type === 'click' && !placedCaret()) return;
      onAttempt();
    };
    const events = ['keydown', 'paste', 'drop', 'click'] as const;
    for (const type of events) element.addEventListener(type, attempt);
    return () => {
      for (const type of events) element.removeEventListener(type, attempt);
    };
  };
}
