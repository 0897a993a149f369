// Teaches one stock WebsocketProvider our extra message type: the server's Saved notice.
import type { WebsocketProvider } from 'y-websocket';
import { CollabMessage } from '../../../shared/protocol.ts';
import { readSavedNotice, type StateVector } from './save-status.ts';

/** Calls `onSaved` with each stored-state vector the server sends; returns the cleanup. */
export function listenForSavedNotices(provider: WebsocketProvider, onSaved: (persisted: StateVector) => void): () => void {
  // The provider copies its handler table per instance, so this touches no other provider.
  const previous = provider.messageHandlers[CollabMessage.Saved];
  provider.messageHandlers[CollabMessage.Saved] = (_encoder, decoder) => onSaved(readSavedNotice(decoder));
  return () => {
    provider.messageHandlers[CollabMessage.Saved] = previous;
  };
}
