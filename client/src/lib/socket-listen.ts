// Listening to the Socket.IO connection: one call attaches a set of handlers, typed by the shared
// event map, and returns the one cleanup that detaches exactly those (an `$effect` can return it).
// The listener type socket.io-client's own on/off take (type-only, from its emitter package).
import type { ReservedOrUserEventNames, ReservedOrUserListener } from '@socket.io/component-emitter';
import type { SocketReservedEvents } from 'socket.io-client';
import type { ServerToClientEvents } from '../../../shared/protocol.ts';
import type { RealtimeSocket } from './realtime-socket.ts';

/** Everything a client socket hears: the server's pushes plus connect, disconnect and connect_error. */
type HeardEvent = ReservedOrUserEventNames<SocketReservedEvents, ServerToClientEvents>;

/** A handler per event, each taking the payload the shared protocol gives that event. */
export type SocketHandlers = { [Event in HeardEvent]?: ReservedOrUserListener<SocketReservedEvents, ServerToClientEvents, Event> };

/** Attaches every given handler to the socket; the returned cleanup detaches them (and only them). */
export function listen(socket: RealtimeSocket, handlers: SocketHandlers): () => void {
  // Object.keys is typed string[]; the keys of a SocketHandlers value are its event names.
  const events = Object.keys(handlers) as HeardEvent[];
  const detachers = events.map((event) => attach(socket, event, handlers[event]));
  return () => {
    for (const detach of detachers) detach();
  };
}

function attach<Event extends HeardEvent>(socket: RealtimeSocket, event: Event, handler: SocketHandlers[Event]): () => void {
  if (!handler) return () => {};
  socket.on(event, handler);
  return () => void socket.off(event, handler);
}

/**
 * A `connect` handler that says whether this connection is a return after a drop (events may
 * have been missed meanwhile) or the first one, which is not news. A socket already connected
 * when the handler is made counts as having connected before.
 */
export function connectListener(socket: RealtimeSocket, connected: (afterDrop: boolean) => void): () => void {
  let connectedBefore = socket.connected;
  return () => {
    const afterDrop = connectedBefore;
    connectedBefore = true;
    connected(afterDrop);
  };
}
