// Realtime feature: the Socket.IO server for application events and per-user rooms.
export { createSocketServer, userRoom, type AppSocketServer } from './socket-server.ts';
