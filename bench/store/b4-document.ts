// A document of B4-trace size (the automerge-paper editing trace: ≈104k characters at the end of
// ≈260k keystrokes) typed as a person would: bursts at a cursor that mostly moves forward, some
// backspacing, the odd jump elsewhere. Seeded, so every run and every target stores the same bytes.
// Two shapes of the same typing: a plain Y.Text (editor-less clients, bench:store) and the
// ProseMirror shape the app's note editor binds (bench:open), see paragraph-document.ts.
import * as Y from 'yjs';

export const B4_CHARACTERS = 104_000;
/** The Y.Text a note's editor-less client reads (tests and benches use the same name). */
export const B4_TEXT = 'content';

const WORDS = ['cross-border', 'supply chain', '跨境', '供應鏈', 'term sheet', 'due diligence', '檢測認證', 'green bond', 'drone', 'eVTOL', 'Greater Bay Area', 'escrow', 'warranty', 'valuation', 'licence'];

/** Park–Miller generator: small, seeded, good enough to vary text and positions. */
function seededRandom(seed: number): () => number {
  let state = seed % 2_147_483_647 || 1;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

export interface TypedDocument {
  /** One Yjs update per burst of typing, in the order typed. */
  updates: Uint8Array[];
  clientId: number;
  length: number;
}

/** What the typist edits, addressed by character offset over the whole text. */
export interface TypingSurface {
  readonly length: number;
  insert(at: number, text: string): void;
  delete(at: number, count: number): void;
}

/**
 * Types `characters` characters in bursts of 1–40, with deletions and cursor jumps, into the
 * surface `open` builds on a fresh doc; one transaction, hence one update, per burst.
 */
export function typeInto(characters: number, seed: number, open: (doc: Y.Doc) => TypingSurface): TypedDocument {
  const random = seededRandom(seed);
  const doc = new Y.Doc();
  const surface = open(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  let cursor = 0;
  while (surface.length < characters) {
    if (random() < 0.1) cursor = Math.floor(random() * (surface.length + 1));
    if (random() < 0.15 && cursor > 0) {
      const count = Math.min(cursor, 1 + Math.floor(random() * 10));
      doc.transact(() => surface.delete(cursor - count, count));
      cursor -= count;
      continue;
    }
    let burst = '';
    const wanted = 1 + Math.floor(random() * 40);
    while (burst.length < wanted) burst += `${WORDS[Math.floor(random() * WORDS.length)]} `;
    burst = burst.slice(0, wanted);
    doc.transact(() => surface.insert(cursor, burst));
    cursor += burst.length;
  }
  const result = { updates, clientId: doc.clientID, length: surface.length };
  doc.destroy();
  return result;
}

/** The typing into the Y.Text `content`. */
export function typeDocument(characters: number, seed: number): TypedDocument {
  return typeInto(characters, seed, (doc) => doc.getText(B4_TEXT));
}
