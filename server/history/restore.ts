// Restoring a version as a new change: the update that turns the current document back into the
// version's content, made by undoing, on a copy of the version, everything done since it.
import * as Y from 'yjs';
import { schemaRoots, type DealDocKind } from '../../shared/deal-docs.ts';

const SINCE_VERSION = Symbol('since-version');

/**
 * An update which, applied to `current`, makes its content equal the version's. It only adds
 * items and deletions on top of `current`, so every client merges it like any other edit.
 */
export function revertUpdate(current: Y.Doc, versionUpdate: Uint8Array, kind: DealDocKind): Uint8Array {
  const past = new Y.Doc({ gc: false });
  Y.applyUpdate(past, versionUpdate);
  // Typed roots must exist before the later changes arrive, so they integrate into the instances
  // the undo manager watches; roots created after the version are named by the current document.
  const scope = schemaRoots(past, kind, [...past.share.keys(), ...current.share.keys()]);
  const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([SINCE_VERSION]), captureTimeout: 0 });
  Y.applyUpdate(past, Y.encodeStateAsUpdate(current, Y.encodeStateVector(past)), SINCE_VERSION);
  undo.undo();
  const revert = Y.encodeStateAsUpdate(past, Y.encodeStateVector(current));
  undo.destroy();
  past.destroy();
  return revert;
}
