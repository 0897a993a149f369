// What the editor tells a person about its connection, and which closes end the retrying.
import { describe, expect, it } from 'vitest';
import { connectionState, isFinalClose } from '../../client/src/collab/connection-state.ts';
import { CollabCloseCode } from '../../shared/protocol.ts';

describe('collaboration connection state', () => {
  it('retries every close but an ended session or withdrawn access, forgeries and shutdowns included', () => {
    expect(isFinalClose(CollabCloseCode.SessionEnded)).toBe(true);
    expect(isFinalClose(CollabCloseCode.AccessRevoked)).toBe(true);
    for (const code of [CollabCloseCode.Malformed, CollabCloseCode.ServerShutdown, CollabCloseCode.TooLarge, 1006, 4500]) expect(isFinalClose(code)).toBe(false);
  });

  it('says connecting before the first connection and reconnecting after a drop', () => {
    expect(connectionState({ connected: false, everConnected: false, closedCode: null })).toBe('connecting');
    expect(connectionState({ connected: true, everConnected: true, closedCode: null })).toBe('connected');
    expect(connectionState({ connected: false, everConnected: true, closedCode: null })).toBe('reconnecting');
  });

  it('stops for good and asks for a reload when the server speaks another protocol version', () => {
    expect(isFinalClose(CollabCloseCode.UpgradeRequired)).toBe(true);
    expect(connectionState({ connected: false, everConnected: true, closedCode: CollabCloseCode.UpgradeRequired })).toBe('outdated');
    expect(connectionState({ connected: false, everConnected: false, closedCode: CollabCloseCode.UpgradeRequired })).toBe('outdated');
  });

  it('names why it stopped for good', () => {
    expect(connectionState({ connected: false, everConnected: true, closedCode: CollabCloseCode.SessionEnded })).toBe('signed-out');
    expect(connectionState({ connected: false, everConnected: true, closedCode: CollabCloseCode.AccessRevoked })).toBe('revoked');
  });
});
