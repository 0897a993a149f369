// The editor's save indicator: "Saved" only once the server's stored state covers every local edit.
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSavedNotice, saveStatus, stateVectorOf, type StateVector } from '../../client/src/collab/save-status.ts';
import { savedMessage } from '../../server/collab/messages.ts';
import { CollabMessage } from '../../shared/protocol.ts';

function docWithClient(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

function type(doc: Y.Doc, text: string): void {
  doc.getText('content').insert(0, text);
}

function statusOf(doc: Y.Doc, persisted: StateVector, connected = true) {
  return saveStatus({ connected, clientId: doc.clientID, local: stateVectorOf(doc), persisted });
}

describe('save status', () => {
  it('is Saved for a client that has not edited, even before any notice', () => {
    expect(statusOf(docWithClient(1), new Map())).toBe('saved');
  });

  it('is Saving… after a local edit the server has not stored yet', () => {
    const doc = docWithClient(1);
    type(doc, 'Shenzhen drone maker');
    expect(statusOf(doc, new Map())).toBe('saving');
  });

  it('is Saved once the stored state covers every local edit', () => {
    const doc = docWithClient(1);
    type(doc, 'Shenzhen drone maker');
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    expect(statusOf(doc, stateVectorOf(server))).toBe('saved');
  });

  it('goes back to Saving… when more is typed after the last notice', () => {
    const doc = docWithClient(1);
    type(doc, 'Shenzhen');
    const persisted = stateVectorOf(doc);
    type(doc, ' drone maker');
    expect(statusOf(doc, persisted)).toBe('saving');
  });

  it('ignores other clients: their unsaved edits are not mine to report', () => {
    const mine = docWithClient(1);
    const theirs = docWithClient(2);
    type(theirs, '檢測認證');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    expect(statusOf(mine, new Map())).toBe('saved');
  });

  it('says Offline whenever the provider is not connected, saved or not', () => {
    const doc = docWithClient(1);
    expect(statusOf(doc, new Map(), false)).toBe('offline');
    type(doc, 'x');
    expect(statusOf(doc, new Map(), false)).toBe('offline');
  });

  it('reads the server’s Saved message exactly as the server encodes it', () => {
    const doc = docWithClient(7);
    type(doc, 'Qianhai free-trade zone');
    const message = savedMessage(stateVectorOf(doc));
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(CollabMessage.Saved);
    const persisted = readSavedNotice(decoder);
    expect(persisted.get(7)).toBe(stateVectorOf(doc).get(7));
    expect(statusOf(doc, persisted)).toBe('saved');
  });
});
