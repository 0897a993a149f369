// Durable Yjs persistence: an append-only log of updates per document plus a snapshot that
// compaction folds the log into. Every acknowledged append is in the store, so a crash at any
// instant loses nothing; a document loads as snapshot + tail. Each entry also names who wrote it,
// and the snapshot keeps the sessions folded from the entries compaction removed (edit-history.ts).
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';
import { entriesOfLog, foldSessions, type EditEntry, type EntryWriter } from './edit-history.ts';
import { GroupCommit } from '../group-commit.ts';

interface UpdateRecord {
  _id: string;
  doc: string;
  data: string;
  at: Date;
  /** Whose updates the entry holds; absent on entries written before attribution moved here. */
  writers?: EntryWriter[];
}

interface SnapshotRecord {
  _id: string;
  data: string;
  version: number;
  at: Date;
  /** Writing sessions folded from the compacted entries, newest first. */
  edits?: EditEntry[];
}

export interface LoadedState {
  /** Snapshot and tail updates, in the order they should be applied. */
  updates: Uint8Array[];
  /** How many log entries sit beside the snapshot. */
  tailLength: number;
}

export const UPDATE_LOG_INDEXES: IndexSpec[] = [{ collection: 'ydoc_updates', fields: ['doc'] }];

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export class UpdateLog {
  private readonly appends: GroupCommit<UpdateRecord>;

  constructor(private readonly store: Store) {
    this.appends = new GroupCommit((records) => this.updates.insertMany(records));
  }

  private get updates() {
    return this.store.collection<UpdateRecord>('ydoc_updates');
  }

  private get snapshots() {
    return this.store.collection<SnapshotRecord>('ydoc_snapshots');
  }

  /** Resolves once the update is in the store; concurrent appends share one write. */
  append(doc: string, update: Uint8Array, writers: EntryWriter[] = []): Promise<void> {
    const record: UpdateRecord = { _id: randomUUID(), doc, data: toBase64(update), at: new Date() };
    if (writers.length > 0) record.writers = writers;
    return this.appends.add(record);
  }

  /** Who wrote the document, newest first: the folded sessions and the entries not yet folded. */
  async editHistory(doc: string): Promise<EditEntry[]> {
    // Snapshot first: a compaction in between can then only hide entries for a moment, not count them twice.
    const snapshot = await this.snapshots.findOne({ _id: doc });
    const tail = await this.updates.find({ doc });
    return foldSessions([...entriesOfLog(tail), ...(snapshot?.edits ?? [])]);
  }

  async load(doc: string): Promise<LoadedState> {
    // Tail first, snapshot second: compaction writes the snapshot before deleting the tail it
    // covers, so whatever tail entries vanish between the two reads are in the snapshot we read.
    const tail = await this.updates.find({ doc });
    const snapshot = await this.snapshots.findOne({ _id: doc });
    const updates = tail.map((entry) => fromBase64(entry.data));
    if (snapshot) updates.unshift(fromBase64(snapshot.data));
    return { updates, tailLength: tail.length };
  }

  /**
   * Folds the current log into the snapshot. Returns false when another writer compacted the
   * same document meanwhile (the caller may retry); nothing is lost either way because only the
   * entries folded into the snapshot just written are deleted, and only after it is written.
   */
  async compact(doc: string): Promise<boolean> {
    const tail = await this.updates.find({ doc });
    if (tail.length === 0) return true;
    const snapshot = await this.snapshots.findOne({ _id: doc });
    const state = foldUpdates([
      ...(snapshot ? [fromBase64(snapshot.data)] : []),
      ...tail.map((entry) => fromBase64(entry.data)),
    ]);
    const edits = foldSessions([...entriesOfLog(tail), ...(snapshot?.edits ?? [])]);
    const written = await this.writeSnapshot(doc, { data: toBase64(state), edits }, snapshot?.version ?? 0);
    if (!written) return false;
    await this.updates.deleteMany({ _id: { $in: tail.map((entry) => entry._id) } });
    return true;
  }

  /** Optimistic concurrency on `version` so two compactions cannot overwrite each other. */
  private async writeSnapshot(doc: string, content: Pick<SnapshotRecord, 'data' | 'edits'>, expectedVersion: number): Promise<boolean> {
    const record = { ...content, version: expectedVersion + 1, at: new Date() };
    if (expectedVersion === 0) {
      try {
        await this.snapshots.insertOne({ _id: doc, ...record });
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    }
    const matched = await this.snapshots.updateOne({ _id: doc, version: expectedVersion }, { $set: record });
    return matched === 1;
  }
}

/** Applies updates to a scratch document and re-encodes it, which also drops deleted content. */
export function foldUpdates(updates: Uint8Array[]): Uint8Array {
  const scratch = new Y.Doc();
  try {
    scratch.transact(() => {
      for (const update of updates) Y.applyUpdate(scratch, update);
    });
    return Y.encodeStateAsUpdate(scratch);
  } finally {
    scratch.destroy();
  }
}
