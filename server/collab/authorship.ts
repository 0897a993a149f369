// Who wrote what: each Yjs client id is bound to the first user who writes with it, so edits are
// attributable to people and one user cannot write under another's client id. Per-user edit
// counts are logged per durable flush for the document's history.
import type { IndexSpec, Store } from '../store/index.ts';
import { DuplicateKeyError } from '../store/index.ts';

interface ClientAuthorRecord {
  _id: string;
  doc: string;
  clientId: number;
  userId: string;
  at: Date;
}

export interface EditRecord {
  _id: string;
  doc: string;
  userId: string;
  /** Updates this user sent in the flush window. */
  updates: number;
  from: Date;
  to: Date;
}

export const AUTHORSHIP_INDEXES: IndexSpec[] = [
  { collection: 'ydoc_authors', fields: ['doc'] },
  { collection: 'ydoc_edits', fields: ['doc'] },
];

export class AuthorshipLog {
  constructor(private readonly store: Store) {}

  private get authors() {
    return this.store.collection<ClientAuthorRecord>('ydoc_authors');
  }

  private get edits() {
    return this.store.collection<EditRecord>('ydoc_edits');
  }

  /** clientId → userId for every client that has written to the document. */
  async loadAuthors(doc: string): Promise<Map<number, string>> {
    const records = await this.authors.find({ doc });
    return new Map(records.map((record) => [record.clientId, record.userId]));
  }

  async bindClient(doc: string, clientId: number, userId: string): Promise<void> {
    try {
      await this.authors.insertOne({ _id: `${doc}#${clientId}`, doc, clientId, userId, at: new Date() });
    } catch (error) {
      // Another instance bound it first; the in-memory guard of that instance already holds.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  async logEdits(records: EditRecord[]): Promise<void> {
    for (const record of records) await this.edits.insertOne(record);
  }

  /** The document's edit history, newest first. */
  listEdits(doc: string, limit = 200): Promise<EditRecord[]> {
    return this.edits.find({ doc }, { sort: { to: -1 }, limit });
  }
}
