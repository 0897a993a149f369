// Realtime feature: the Socket.IO server for application events and per-user rooms.
export { createSocketServer, type AppSocketServer } from './socket-server.ts';
export { disconnectEndedSessions, disconnectLapsedSessions, userRoom } from './session-sockets.ts';
export { socketsInRooms, CLUSTER_LOOKUP_TIMEOUT_MS, type AppRemoteSocket } from './sockets-in-rooms.ts';
