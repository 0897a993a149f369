// The forgery guard for writers' updates. It judges only what is new to the server: content it
// already holds, re-sent under anyone's client id (an offline copy, a resync after an outage),
// changes nothing and is never a forgery. New content under another person's client id is judged
// by where that person is: connected and synced here, they are the authority and it is a forgery;
// connected but still syncing, their own client is about to deliver it, so it is left to them;
// away, a sync reply may bring it back (after a crash the server holds less than its clients).
import * as Y from 'yjs';

/** Where the writer of a client id stands on this document, as seen from another connection. */
export type WriterPresence = 'synced' | 'syncing' | 'away';

/** What the guard needs to know about the document and the sender. */
export interface GuardContext {
  /** The clock up to which the server holds a client id's content (integrated or waiting). */
  heldClock(clientId: number): number;
  /** The user a client id writes (or announced presence) for, if any. */
  ownerOf(clientId: number): string | undefined;
  /** Whether another connection speaks for this client id, and whether it has synced. */
  presenceOf(clientId: number): WriterPresence;
  sender: {
    userId: string;
    /** Client ids the sender announced presence under. */
    announced: ReadonlySet<number>;
  };
  /** A sync step 2 answers the server's state vector; an update is live writing. */
  kind: 'sync-reply' | 'update';
}

export type UpdateVerdict =
  | { type: 'forged'; clientId: number }
  | {
      type: 'apply';
      update: Uint8Array;
      /** Client ids to bind to the sender: its own new writing. */
      bind: number[];
      /** Client ids whose new content was left out for their syncing writer to deliver. */
      deferred: number[];
    };

/** Client id → end clock of the content this update carries beyond what the server holds. */
export function newContentOf(update: Uint8Array, heldClock: (clientId: number) => number): Map<number, number> {
  const { structs } = Y.decodeUpdate(update);
  const held = new Map<number, number>();
  const fresh = new Map<number, number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const end = clock + struct.length;
    if (!held.has(client)) held.set(client, heldClock(client));
    if (end > (held.get(client) ?? 0)) fresh.set(client, Math.max(end, fresh.get(client) ?? 0));
  }
  return fresh;
}

/** Throws on an update that does not decode, before anything touches the document. */
export function judgeUpdate(update: Uint8Array, context: GuardContext): UpdateVerdict {
  const fresh = newContentOf(update, (clientId) => context.heldClock(clientId));
  const bind: number[] = [];
  const deferred = new Map<number, number>();
  for (const [clientId, end] of fresh) {
    const owner = context.ownerOf(clientId);
    if (owner === context.sender.userId) {
      bind.push(clientId);
    } else if (owner === undefined) {
      if (mayClaim(clientId, context)) bind.push(clientId);
    } else {
      const presence = context.presenceOf(clientId);
      if (presence === 'syncing') deferred.set(clientId, end);
      // Past what their synced client holds, or live writing under their id: never recovery.
      else if (presence === 'synced' || context.kind === 'update') return { type: 'forged', clientId };
      // Otherwise a sync reply brings back an absent writer's content: applied, not bound to the sender.
    }
  }
  const kept = deferred.size === 0 ? update : Y.diffUpdate(update, Y.encodeStateVector(deferred));
  return { type: 'apply', update: kept, bind, deferred: [...deferred.keys()] };
}

// An unclaimed id is the sender's when it writes with it live or announced it; a sync reply may
// also carry someone else's unclaimed id, recovered after a crash lost their binding.
function mayClaim(clientId: number, { kind, sender }: GuardContext): boolean {
  return kind === 'update' || sender.announced.has(clientId);
}
