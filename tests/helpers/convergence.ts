// Convergence of Yjs replicas: every client holds the same content (and, when asked, the same Yjs
// state). The one "all clients equal" check the collaboration, fault and scale-out tests share.
import * as Y from 'yjs';
import { waitFor } from './wait.ts';
import type { CollabClient } from './yjs-clients.ts';

/** What the check needs of a client: its document and the shared `content` text. */
export type Replica = Pick<CollabClient, 'doc' | 'text'>;

export interface ConvergenceCheck<C extends Replica = Replica> {
  /** What is compared: the shared `content` text unless the test edits another part of the document. */
  read?: (client: C) => string;
  /** Also compare Yjs state vectors: the replicas hold the same edits, not only the same text. */
  sameState?: boolean;
  /** A further condition that must hold at the same moment, e.g. the writers' edits being Saved. */
  and?: () => boolean;
  timeoutMs?: number;
}

const readContent = (client: Replica) => client.text.toString();
const stateOf = (client: Replica) => Buffer.from(Y.encodeStateVector(client.doc)).toString('base64');

/** True when every client reads the same (and, with `sameState`, holds the same edits) right now. */
export function haveConverged<C extends Replica>(clients: readonly C[], check: ConvergenceCheck<C> = {}): boolean {
  const read = check.read ?? readContent;
  const same = (values: string[]) => values.every((value) => value === values[0]);
  return same(clients.map(read)) && (!check.sameState || same(clients.map(stateOf))) && (check.and?.() ?? true);
}

/** Waits until the clients have converged; on a timeout, the error shows what each one holds. */
export async function waitForConvergence<C extends Replica>(clients: readonly C[], what: string, check: ConvergenceCheck<C> = {}): Promise<void> {
  try {
    await waitFor(() => haveConverged(clients, check), what, check.timeoutMs);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n${describeReplicas(clients, check)}`, { cause: error });
  }
}

function describeReplicas<C extends Replica>(clients: readonly C[], check: ConvergenceCheck<C>): string {
  const read = check.read ?? readContent;
  const shown = (text: string) => JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
  return clients.map((client, index) => `  client ${index} (Yjs id ${client.doc.clientID}, state ${stateOf(client)}): ${shown(read(client))}`).join('\n');
}
