// Note records: who owns a personal scratch document and whom it is shared with.
import type { NoteShare } from '../../shared/schemas/notes.ts';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

export interface NoteRecord {
  _id: string;
  title: string;
  ownerId: string;
  shares: NoteShare[];
  createdAt: Date;
  /** Bumped on every change of shares; writes are conditional on it so none is lost. */
  version: number;
}

export const NOTE_INDEXES: IndexSpec[] = [
  { collection: 'notes', fields: ['ownerId'] },
  { collection: 'notes', fields: ['shares.email'] },
];

export class NoteRepository {
  constructor(private readonly store: Store) {}

  private get notes() {
    return this.store.collection<NoteRecord>('notes');
  }

  find(id: string): Promise<NoteRecord | null> {
    return this.notes.findOne({ _id: id });
  }

  /** Creates the note owned by ownerId, or returns the existing one if someone claimed it first. */
  async claim(id: string, ownerId: string, title: string): Promise<NoteRecord> {
    const note: NoteRecord = { _id: id, title, ownerId, shares: [], createdAt: new Date(), version: 0 };
    try {
      await this.notes.insertOne(note);
      return note;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      const existing = await this.find(id);
      if (!existing) throw error;
      return existing;
    }
  }

  listVisibleTo(userId: string, email: string): Promise<NoteRecord[]> {
    return this.notes.find({ $or: [{ ownerId: userId }, { 'shares.email': email }] }, { sort: { createdAt: -1 } });
  }

  async rename(id: string, title: string): Promise<void> {
    await this.notes.updateOne({ _id: id }, { $set: { title } });
  }

  /** Replaces shares only if nobody changed them since `version` was read; false when someone did. */
  async setShares(id: string, shares: NoteShare[], version: number): Promise<boolean> {
    return (await this.notes.updateOne({ _id: id, version }, { $set: { shares }, $inc: { version: 1 } })) === 1;
  }
}
