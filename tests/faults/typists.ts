// Edits that can be counted: each typist inserts unique tokens (⟦label:n⟧) at token boundaries of
// a shared text, remembering its Yjs clock after each one, so a test can say exactly which edits
// were confirmed saved and check that every one typed is in the final text exactly once.
import { expect } from 'vitest';
import * as Y from 'yjs';
import type { CollabClient } from '../helpers/yjs-clients.ts';

/** Y.Text and Y.XmlText (unformatted) both read and write like this. */
export interface TextLike {
  length: number;
  insert(index: number, text: string): void;
  toString(): string;
}

interface TypedToken {
  token: string;
  /** The typist's own Yjs clock once the token was in its document. */
  clock: number;
}

const TOKEN = /⟦[^⟧]+⟧/g;

/** Small seeded generator, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One client typing tokens into one shared text, from a seeded generator. */
export class Typist {
  readonly typed: TypedToken[] = [];
  private readonly random: () => number;

  constructor(
    readonly label: string,
    readonly client: CollabClient,
    private readonly target: () => TextLike,
    seed: number,
  ) {
    this.random = seeded(seed);
  }

  /** Inserts the next token at a random place that is not inside another token. */
  type(): void {
    const text = this.target();
    const token = `⟦${this.label}:${this.typed.length}⟧`;
    text.insert(this.boundary(text.toString()), token);
    this.typed.push({ token, clock: Y.getState(this.client.doc.store, this.client.doc.clientID) });
  }

  /** Tokens the server had said were durably stored (its last Saved notice covers their clock). */
  confirmedSaved(): string[] {
    const stored = this.client.persisted.get(this.client.doc.clientID) ?? 0;
    return this.typed.filter((entry) => entry.clock <= stored).map((entry) => entry.token);
  }

  tokens(): string[] {
    return this.typed.map((entry) => entry.token);
  }

  private boundary(current: string): number {
    let position = Math.floor(this.random() * (current.length + 1));
    const open = current.lastIndexOf('⟦', position - 1);
    const close = current.lastIndexOf('⟧', position - 1);
    // Inside a token: move past its closing bracket so tokens stay whole.
    if (open > close) position = current.indexOf('⟧', open) + 1;
    return position;
  }
}

/** Types one token per typist every `everyMs` until stopped; returns the stop function. */
export function keepTyping(typists: Typist[], everyMs: number): () => void {
  const timer = setInterval(() => {
    for (const typist of typists) typist.type();
  }, everyMs);
  return () => clearInterval(timer);
}

/** Asserts that `text` holds each token exactly once; returns how many were checked. */
export function expectAllTokens(text: string, tokens: string[], where: string): number {
  const found = new Map<string, number>();
  for (const token of text.match(TOKEN) ?? []) found.set(token, (found.get(token) ?? 0) + 1);
  const missing = tokens.filter((token) => !found.has(token));
  const duplicated = tokens.filter((token) => (found.get(token) ?? 0) > 1);
  expect(missing, `${where}: ${missing.length} of ${tokens.length} edits missing`).toEqual([]);
  expect(duplicated, `${where}: duplicated edits`).toEqual([]);
  return tokens.length;
}

/** Scenario and edit counts of one fault test file, printed when it ends. */
export class FaultTally {
  scenarios = 0;
  edits = 0;

  constructor(private readonly suite: string) {}

  /** Records a scenario that passed after checking `edits` edits (a lost one fails it instead). */
  record(edits: number): void {
    this.scenarios += 1;
    this.edits += edits;
  }

  print(): void {
    process.stdout.write(`[fault suite] ${this.suite}: ${this.scenarios} scenarios passed, ${this.edits} edits checked, 0 lost\n`);
  }
}
