// Realtime feature: the Socket.IO server for application events, per-user rooms, and the one
// wrapper that acknowledges a socket command's result or error.
export { createSocketServer, type AppSocketServer } from './socket-server.ts';
export { answer } from './socket-answer.ts';
export { disconnectEndedSessions, disconnectLapsedSessions, userRoom } from './session-sockets.ts';
export { socketsInRooms, CLUSTER_LOOKUP_TIMEOUT_MS, type AppRemoteSocket } from './sockets-in-rooms.ts';
