// Binds a textarea or input to a Y.Text: local typing becomes the smallest Yjs change (so
// concurrent typing elsewhere in the same text merges), and remote changes update the field
// while keeping the caret where it was. During IME composition (Chinese input) nothing is
// exchanged until the composition ends.
import * as Y from 'yjs';

export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

/** The single splice turning `before` into `after` (common prefix and suffix kept); null if equal. */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  let end = 0;
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

type Delta = { insert?: unknown; delete?: number; retain?: number }[];

/** Where an index in the old text is after a Yjs delta (inserts at the index push it on). */
export function shiftIndex(delta: Delta, index: number): number {
  let cursor = 0;
  let shifted = index;
  for (const op of delta) {
    if (cursor > index) break;
    if (op.retain !== undefined) cursor += op.retain;
    else if (op.delete !== undefined) {
      shifted -= Math.min(op.delete, index - cursor);
      cursor += op.delete;
    } else if (typeof op.insert === 'string') {
      if (cursor < index) shifted += op.insert.length;
    }
  }
  return Math.max(shifted, 0);
}

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Where a composition began: the field's text then, and the caret as a Yjs relative position. */
interface Composition {
  base: string;
  caret: number;
  anchor: Y.RelativePosition;
}

/**
 * Applies what a finished composition changed. Remote edits that arrived meanwhile were held
 * back, so the change is re-based onto the text as it is now, from where the composition began.
 */
function applyComposition(field: TextField, text: Y.Text, composition: Composition, origin: symbol): void {
  const change = diffText(composition.base, field.value);
  if (!change || !text.doc) return;
  const moved = Y.createAbsolutePositionFromRelativePosition(composition.anchor, text.doc);
  const index = Math.min((moved?.index ?? composition.caret) + (change.index - composition.caret), text.length);
  text.doc.transact(() => {
    if (change.remove > 0) text.delete(index, Math.min(change.remove, text.length - index));
    if (change.insert) text.insert(index, change.insert);
  }, origin);
  field.value = text.toString();
  const caret = index + change.insert.length;
  field.setSelectionRange(caret, caret);
}

/** Keeps `field` and `text` in step; returns the cleanup. */
export function bindText(field: TextField, text: Y.Text): () => void {
  const origin = Symbol('text-field');
  let composition: Composition | null = null;
  field.value = text.toString();

  const onInput = (event: Event) => {
    if (composition || (event as InputEvent).isComposing) return;
    const change = diffText(text.toString(), field.value);
    if (!change || !text.doc) return;
    text.doc.transact(() => {
      if (change.remove > 0) text.delete(change.index, change.remove);
      if (change.insert) text.insert(change.index, change.insert);
    }, origin);
  };
  const onCompositionStart = () => {
    const caret = Math.min(field.selectionStart ?? 0, field.value.length);
    composition = { base: field.value, caret, anchor: Y.createRelativePositionFromTypeIndex(text, caret) };
  };
  const onCompositionEnd = () => {
    const finished = composition;
    composition = null;
    if (finished) applyComposition(field, text, finished, origin);
  };
  const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin || composition) return;
    const focused = document.activeElement === field;
    const start = shiftIndex(event.delta as Delta, field.selectionStart ?? 0);
    const end = shiftIndex(event.delta as Delta, field.selectionEnd ?? 0);
    field.value = text.toString();
    if (focused) field.setSelectionRange(start, end);
  };

  field.addEventListener('input', onInput);
  field.addEventListener('compositionstart', onCompositionStart);
  field.addEventListener('compositionend', onCompositionEnd);
  text.observe(onRemote);
  return () => {
    field.removeEventListener('input', onInput);
    field.removeEventListener('compositionstart', onCompositionStart);
    field.removeEventListener('compositionend', onCompositionEnd);
    text.unobserve(onRemote);
  };
}

/** `{@attach textOf(yText)}` on a textarea or input. */
export function textOf(text: Y.Text): (field: TextField) => () => void {
  return (field) => bindText(field, text);
}
