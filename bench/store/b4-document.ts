// A document of B4-trace size (the automerge-paper editing trace: ≈104k characters at the end of
// ≈260k keystrokes) typed as a person would: bursts at a cursor that mostly moves forward, some
// backspacing, the odd jump elsewhere. Seeded, so every run and every target stores the same bytes.
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

/** Types `characters` characters in bursts of 1–40, with deletions and cursor jumps; one update per burst. */
export function typeDocument(characters: number, seed: number): TypedDocument {
  const random = seededRandom(seed);
  const doc = new Y.Doc();
  const text = doc.getText(B4_TEXT);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  let cursor = 0;
  while (text.length < characters) {
    if (random() < 0.1) cursor = Math.floor(random() * (text.length + 1));
    if (random() < 0.15 && cursor > 0) {
      const count = Math.min(cursor, 1 + Math.floor(random() * 10));
      text.delete(cursor - count, count);
      cursor -= count;
      continue;
    }
    let burst = '';
    const wanted = 1 + Math.floor(random() * 40);
    while (burst.length < wanted) burst += `${WORDS[Math.floor(random() * WORDS.length)]} `;
    burst = burst.slice(0, wanted);
    text.insert(cursor, burst);
    cursor += burst.length;
  }
  const result = { updates, clientId: doc.clientID, length: text.length };
  doc.destroy();
  return result;
}
