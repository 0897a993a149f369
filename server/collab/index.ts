// Collab feature: the y-websocket endpoint, the document lifecycle and durable persistence.
export { DocAccessPolicy, type KindAccessResolver } from './access.ts';
export { CollabServer } from './collab-server.ts';
export { DocRegistry } from './doc-registry.ts';
export { UpdateLog, UPDATE_LOG_INDEXES } from './update-log.ts';
