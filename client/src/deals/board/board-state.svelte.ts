// The negotiation board as reactive plain data read from `board:<dealId>`, and the edits people
// make to it: status and order (drag and drop), owner, due date, title, new terms. Wording and
// positions are Y.Text, bound to their fields directly.
import * as Y from 'yjs';
import { BoardRoot, createTerm, findTerm, readTerms, TermField, type TermSnapshot, type TermStatus } from '../../../../shared/deal-docs.ts';
import { orderAtEnd } from './board-layout.ts';

export interface NewTermInput {
  category: string;
  title: string;
  orgIds: readonly string[];
}

export class BoardState {
  terms = $state.raw<TermSnapshot[]>([]);
  private readonly array: Y.Array<unknown>;
  private readonly read = () => {
    this.terms = readTerms(this.doc);
  };

  constructor(private readonly doc: Y.Doc) {
    this.array = doc.getArray(BoardRoot.terms);
    this.read();
    this.array.observeDeep(this.read);
  }

  find(termId: string): TermSnapshot | undefined {
    return this.terms.find((term) => term.id === termId);
  }

  /** Moves a term to a column and a place in it (one transaction, so others see one move). */
  move(termId: string, status: TermStatus, order: number): void {
    this.edit(termId, (term) => {
      if (term.get(TermField.status) !== status) term.set(TermField.status, status);
      term.set(TermField.order, order);
    });
  }

  setStatus(termId: string, status: TermStatus): void {
    this.edit(termId, (term) => term.set(TermField.status, status));
  }

  setOwner(termId: string, ownerId: string | null): void {
    this.edit(termId, (term) => term.set(TermField.ownerId, ownerId));
  }

  setDue(termId: string, due: string | null): void {
    this.edit(termId, (term) => term.set(TermField.due, due));
  }

  setTitle(termId: string, title: string): void {
    this.edit(termId, (term) => term.set(TermField.title, title));
  }

  add(input: NewTermInput): string {
    const term = createTerm({ ...input, wording: '', order: orderAtEnd(this.terms) });
    this.array.push([term]);
    return term.get(TermField.id) as string;
  }

  /** The term's wording, edited in place by everyone who may write. */
  wording(termId: string): Y.Text | null {
    const wording = findTerm(this.doc, termId)?.get(TermField.wording);
    return wording instanceof Y.Text ? wording : null;
  }

  /** One organisation's position on the term. */
  position(termId: string, orgId: string): Y.Text | null {
    const positions = findTerm(this.doc, termId)?.get(TermField.positions);
    const position = positions instanceof Y.Map ? positions.get(orgId) : undefined;
    return position instanceof Y.Text ? position : null;
  }

  destroy(): void {
    this.array.unobserveDeep(this.read);
  }

  private edit(termId: string, change: (term: Y.Map<unknown>) => void): void {
    const term = findTerm(this.doc, termId);
    if (term) this.doc.transact(() => change(term));
  }
}
