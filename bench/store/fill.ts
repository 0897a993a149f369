// Grows an embedded DATA_DIR to a target size the way the store grows with the work: notes whose update logs hold thousands of typed edits (with the
// per-flush edit records an older release wrote beside them, as a migrated folder keeps them),
// and notifications. Live listings are not multiplied: the matching engine holds those in memory
// on purpose, and their number follows the market, not the history.
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Store, StoredRecord } from '../../server/store/index.ts';
import { quoteIdentifier } from '../../server/store/sqlite/paths.ts';
import { DATE_KEY, encodeRecord } from '../../server/store/sqlite/record-codec.ts';
import { STORE_FILE } from '../../server/store/sqlite/sqlite-file.ts';
import { typeDocument, type TypedDocument } from './b4-document.ts';

/** Characters of each generated note: about 2,000 bursts of typing, as in issue 16's fill. */
const NOTE_CHARACTERS = 30_000;
const NOTIFICATIONS_PER_NOTE = 400;
const DAY_MS = 86_400_000;

type AnyRecord = StoredRecord & Record<string, unknown>;

/** Bytes of the store file and its write-ahead log. */
export function storeBytes(dataDir: string): number {
  const size = (file: string) => {
    try {
      return statSync(path.join(dataDir, file)).size;
    } catch {
      // No WAL (the last connection checkpointed and removed it): it weighs nothing.
      return 0;
    }
  };
  return size(STORE_FILE) + size(`${STORE_FILE}-wal`);
}

export interface FillContext {
  /** The user who owns every generated note, so the bench can open them. */
  ownerId: string;
  /** A typed note's log, reused under every generated note's name. */
  noteLog: TypedDocument;
  startedAt: number;
}

export function fillContext(ownerId: string): FillContext {
  return { ownerId, noteLog: typeDocument(NOTE_CHARACTERS, 16), startedAt: Date.now() - 365 * DAY_MS };
}

/** Stores a note owned by ctx.ownerId whose log is `updates`, one entry per update; returns its document name. */
export async function storeNoteLog(store: Store, ctx: FillContext, title: string, typed: TypedDocument): Promise<string> {
  const id = randomUUID();
  const doc = `note:${id}`;
  const startedAt = ctx.startedAt + Math.floor(Math.random() * 300 * DAY_MS);
  await store.collection<AnyRecord>('notes').insertOne({ _id: id, title, ownerId: ctx.ownerId, shares: [], createdAt: new Date(startedAt), version: 0 });
  await store.collection<AnyRecord>('ydoc_authors').insertOne({ _id: `${doc}#${typed.clientId}`, doc, clientId: typed.clientId, userId: ctx.ownerId, at: new Date(startedAt) });
  const at = (index: number) => new Date(startedAt + index * 1_500);
  await store.collection<AnyRecord>('ydoc_updates').insertMany(
    typed.updates.map((update, index) => ({ _id: randomUUID(), doc, data: Buffer.from(update).toString('base64'), at: at(index), writers: [{ userId: ctx.ownerId, updates: 1 }] })),
  );
  await store.collection<AnyRecord>('ydoc_edits').insertMany(
    typed.updates.map((_update, index) => ({ _id: randomUUID(), doc, userId: ctx.ownerId, updates: 1, from: at(index), to: at(index) })),
  );
  return doc;
}

/** A record as the store keeps it (record-codec.ts): JSON, dates as {"$$date": ms}. */
function notificationRow(ctx: FillContext, index: number): [string, string] {
  const id = randomUUID();
  return [id, encodeRecord({
    _id: id,
    userId: ctx.ownerId,
    type: 'comment.mention',
    subject: { kind: 'deal', id: randomUUID(), dealId: randomUUID(), title: 'Agricultural drones for ASEAN 農業無人機東盟分銷' },
    actor: { id: randomUUID(), name: 'Chan Tai Man 陳大文' },
    data: { excerpt: `@owner please check the escrow wording before the call (${index})`, section: 'risks' },
    at: new Date(ctx.startedAt + index * 60_000),
    read: index % 3 !== 0,
    readAt: null,
  })];
}

/**
 * Rows of one generated note, built as text: the bulk of the fill goes straight into the tables
 * the server created (same schema, same encoding as the port writes), because per-record writes
 * through the port would take about an hour per gigabyte on a busy two-core machine.
 */
function noteRows(ctx: FillContext, encodedUpdates: readonly string[]): Record<string, [string, string][]> {
  const id = randomUUID();
  const doc = `note:${id}`;
  const startedAt = ctx.startedAt + Math.floor(Math.random() * 300 * DAY_MS);
  const at = (index: number) => `{"${DATE_KEY}":${startedAt + index * 1_500}}`;
  const owner = ctx.ownerId;
  return {
    notes: [[id, encodeRecord({ _id: id, title: `Generated note ${id.slice(0, 8)}`, ownerId: owner, shares: [], createdAt: new Date(startedAt), version: 0 })]],
    ydoc_authors: [[`${doc}#${ctx.noteLog.clientId}`, encodeRecord({ _id: `${doc}#${ctx.noteLog.clientId}`, doc, clientId: ctx.noteLog.clientId, userId: owner, at: new Date(startedAt) })]],
    ydoc_updates: encodedUpdates.map((data, index) => {
      const rowId = randomUUID();
      return [rowId, `{"_id":"${rowId}","doc":"${doc}","data":"${data}","at":${at(index)},"writers":[{"userId":"${owner}","updates":1}]}`];
    }),
    ydoc_edits: encodedUpdates.map((_data, index) => {
      const rowId = randomUUID();
      return [rowId, `{"_id":"${rowId}","doc":"${doc}","userId":"${owner}","updates":1,"from":${at(index)},"to":${at(index)}}`];
    }),
  };
}

/** Adds notes and notifications until the store holds `targetBytes`; returns how many notes it added. */
export function growTo(dataDir: string, ctx: FillContext, targetBytes: number): number {
  const db = new Database(path.join(dataDir, STORE_FILE));
  // A generated fill, redone from scratch if the machine dies: no fsync per batch.
  db.pragma('synchronous = OFF');
  const inserts = new Map<string, Database.Statement>();
  const insert = (table: string) => {
    let statement = inserts.get(table);
    if (!statement) {
      statement = db.prepare(`INSERT INTO ${quoteIdentifier(table)} (_id, doc) VALUES (?, ?)`);
      inserts.set(table, statement);
    }
    return statement;
  };
  const encoded = ctx.noteLog.updates.map((update) => Buffer.from(update).toString('base64'));
  const batch = db.transaction((rows: Record<string, [string, string][]>) => {
    for (const [table, tableRows] of Object.entries(rows)) for (const [id, doc] of tableRows) insert(table).run(id, doc);
  });
  let notes = 0;
  try {
    while (storeBytes(dataDir) < targetBytes) {
      const rows = noteRows(ctx, encoded);
      rows.notifications = Array.from({ length: NOTIFICATIONS_PER_NOTE }, (_, index) => notificationRow(ctx, notes * NOTIFICATIONS_PER_NOTE + index));
      batch(rows);
      notes += 1;
    }
  } finally {
    db.close();
  }
  return notes;
}
