// Who wrote what: each Yjs client id is bound to the first user who writes with it (one record
// per client id, when it first writes), so one user cannot write under another's client id. The
// document's edit history is read from the update log, whose entries name their writers.
import type { IndexSpec, Store } from '../store/index.ts';
import { DuplicateKeyError } from '../store/index.ts';
import { foldSessions, type EditEntry } from './edit-history.ts';
import { GroupCommit } from '../group-commit.ts';
import { UpdateLog } from './update-log.ts';

interface ClientAuthorRecord {
  _id: string;
  doc: string;
  clientId: number;
  userId: string;
  at: Date;
}

/** An entry of the per-flush edit log that data directories written before this release hold. */
interface LegacyEditRecord {
  _id: string;
  doc: string;
  userId: string;
  updates: number;
  from: Date;
  to: Date;
}

export type EditRecord = EditEntry;

export const AUTHORSHIP_INDEXES: IndexSpec[] = [
  { collection: 'ydoc_authors', fields: ['doc'] },
  { collection: 'ydoc_edits', fields: ['doc'] },
];

export class AuthorshipLog {
  /** Bindings made on the same tick (every client's first edit when many start at once) share one write. */
  private readonly bindings = new GroupCommit<ClientAuthorRecord>((records) => this.insertBindings(records));

  constructor(
    private readonly store: Store,
    private readonly log = new UpdateLog(store),
  ) {}

  private get authors() {
    return this.store.collection<ClientAuthorRecord>('ydoc_authors');
  }

  private get legacyEdits() {
    return this.store.collection<LegacyEditRecord>('ydoc_edits');
  }

  /** clientId → userId for every client that has written to the document. */
  async loadAuthors(doc: string): Promise<Map<number, string>> {
    const records = await this.authors.find({ doc });
    return new Map(records.map((record) => [record.clientId, record.userId]));
  }

  bindClient(doc: string, clientId: number, userId: string): Promise<void> {
    return this.bindings.add({ _id: `${doc}#${clientId}`, doc, clientId, userId, at: new Date() });
  }

  private async insertBindings(records: ClientAuthorRecord[]): Promise<void> {
    try {
      await this.authors.insertMany(records);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      // The batch wrote nothing; one at a time, so only the already bound ids are left out.
      for (const record of records) await this.insertBinding(record);
    }
  }

  private async insertBinding(record: ClientAuthorRecord): Promise<void> {
    try {
      await this.authors.insertOne(record);
    } catch (error) {
      // Another instance bound it first; the in-memory guard of that instance already holds.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  /** The document's edit history as working sessions, newest first, older data directories' log included. */
  async listEdits(doc: string, limit = 200): Promise<EditRecord[]> {
    const [logged, legacy] = await Promise.all([this.log.editHistory(doc), this.legacyEdits.find({ doc }, { sort: { to: -1 }, limit })]);
    const older = legacy.map(({ userId, updates, from, to }) => ({ userId, updates, from: new Date(from).toISOString(), to: new Date(to).toISOString() }));
    return foldSessions([...logged, ...older], limit);
  }
}
