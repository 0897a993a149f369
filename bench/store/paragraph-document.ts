// The B4-sized typing of b4-document.ts in the shape the app's note editor (TipTap over
// y-prosemirror) writes: the XmlFragment `content` holding `paragraph` XmlElements, each with one
// XmlText. The typist presses Enter once a paragraph has grown past a few hundred characters.
import * as Y from 'yjs';
import { CONTENT_FIELD } from '../../shared/doc-names.ts';
import { typeInto, type TypedDocument, type TypingSurface } from './b4-document.ts';

/** Paragraph lengths vary between these, deterministically (no draw from the typing's random). */
const SHORTEST_PARAGRAPH = 250;
const PARAGRAPH_SPREAD = 600;

/** Offsets over the whole text map onto paragraphs; an offset between two lands at the start of the later one. */
class ParagraphSurface implements TypingSurface {
  private readonly paragraphs: Y.XmlText[] = [];
  private total = 0;

  constructor(private readonly fragment: Y.XmlFragment) {}

  get length(): number {
    return this.total;
  }

  insert(at: number, text: string): void {
    const [index, offset] = this.locate(at);
    const paragraph = this.paragraphs[index];
    paragraph.insert(offset, text);
    this.total += text.length;
    if (paragraph.length > SHORTEST_PARAGRAPH + ((index * 137) % PARAGRAPH_SPREAD)) this.pressEnter(index, offset + text.length);
  }

  delete(at: number, count: number): void {
    let start = 0;
    for (const paragraph of this.paragraphs) {
      const from = Math.max(at, start);
      const to = Math.min(at + count, start + paragraph.length);
      start += paragraph.length;
      if (to > from) paragraph.delete(from - (start - paragraph.length), to - from);
    }
    this.total -= count;
  }

  /** [paragraph index, offset in it]; the first paragraph is made on the first keystroke, as the editor does. */
  private locate(at: number): [number, number] {
    if (this.paragraphs.length === 0) this.addParagraph(0, '');
    let start = 0;
    for (let index = 0; index < this.paragraphs.length; index += 1) {
      const length = this.paragraphs[index].length;
      if (at < start + length) return [index, at - start];
      start += length;
    }
    const last = this.paragraphs.length - 1;
    return [last, this.paragraphs[last].length];
  }

  /** Splits paragraph `index` at `offset`: the rest of its text moves to a new paragraph after it. */
  private pressEnter(index: number, offset: number): void {
    const paragraph = this.paragraphs[index];
    const rest = paragraph.toString().slice(offset);
    if (rest.length > 0) paragraph.delete(offset, rest.length);
    this.addParagraph(index + 1, rest);
  }

  private addParagraph(index: number, text: string): void {
    const element = new Y.XmlElement('paragraph');
    this.fragment.insert(index, [element]);
    const content = new Y.XmlText();
    element.insert(0, [content]);
    if (text.length > 0) content.insert(0, text);
    this.paragraphs.splice(index, 0, content);
  }
}

/** Types `characters` characters as paragraphs of a note, one update per burst (seeded). */
export function typeNoteDocument(characters: number, seed: number): TypedDocument {
  return typeInto(characters, seed, (doc) => new ParagraphSurface(doc.getXmlFragment(CONTENT_FIELD)));
}

/** A note doc's paragraphs as plain text. */
export function paragraphTexts(doc: Y.Doc): string[] {
  return doc.getXmlFragment(CONTENT_FIELD).toArray().map((element) => ((element as Y.XmlElement).get(0) as Y.XmlText | undefined)?.toString() ?? '');
}

/** Characters in a note doc's paragraphs (what a synced client received). */
export function noteCharacters(doc: Y.Doc): number {
  return paragraphTexts(doc).reduce((sum, text) => sum + text.length, 0);
}

/** The note's paragraphs read back from its updates (the words a reader sees first). */
export function noteParagraphs(typed: TypedDocument): string[] {
  const doc = new Y.Doc();
  for (const update of typed.updates) Y.applyUpdate(doc, update);
  const paragraphs = paragraphTexts(doc);
  doc.destroy();
  return paragraphs;
}
