// Highlights the dossier text that comment threads are anchored to, and says which thread was
// clicked. Ranges are resolved from their relative positions whenever the Yjs content changes
// (remote edits, restores) and simply mapped through local edits in between.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { anchorRange, type DecodedAnchor } from './text-anchors.ts';

export interface HighlightedThread extends DecodedAnchor {
  threadId: string;
}

interface HighlightState {
  threads: HighlightedThread[];
  activeId: string | null;
  decorations: DecorationSet;
}

type HighlightChange = Partial<Pick<HighlightState, 'threads' | 'activeId'>>;

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function decorate(state: EditorState, threads: HighlightedThread[], activeId: string | null): DecorationSet {
  const decorations = threads.flatMap((thread) => {
    const range = anchorRange(state, thread);
    if (!range) return [];
    const active = thread.threadId === activeId;
    return [Decoration.inline(range.from, range.to, { class: active ? 'comment-range active' : 'comment-range', 'data-thread-id': thread.threadId }, { threadId: thread.threadId })];
  });
  return DecorationSet.create(state.doc, decorations);
}

function apply(tr: Transaction, value: HighlightState, state: EditorState): HighlightState {
  const change = tr.getMeta(commentHighlightsKey) as HighlightChange | undefined;
  // A transaction from the Yjs binding carries its meta; its mapping to Yjs is fresh by now.
  if (change || tr.getMeta(ySyncPluginKey)) {
    const next = { ...value, ...change };
    return { ...next, decorations: decorate(state, next.threads, next.activeId) };
  }
  return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
}

export interface CommentHighlightsOptions {
  onThreadClick: (threadId: string) => void;
}

export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { onThreadClick: () => {} };
  },

  addProseMirrorPlugins() {
    const { onThreadClick } = this.options;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({ threads: [], activeId: null, decorations: DecorationSet.empty }),
          apply: (tr, value, _old, state) => apply(tr, value, state),
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const found = commentHighlightsKey.getState(view.state)?.decorations.find(pos, pos);
            const threadId = found?.[0]?.spec.threadId;
            if (typeof threadId === 'string') onThreadClick(threadId);
            return false;
          },
        },
      }),
    ];
  },
});

/** The transaction meta that sets the highlighted threads and the active one. */
export function setHighlights(tr: Transaction, change: HighlightChange): Transaction {
  return tr.setMeta(commentHighlightsKey, change);
}
