// Collab feature: the y-websocket endpoint, the document lifecycle and durable persistence.
export { DocAccessPolicy, type KindAccessResolver } from './access.ts';
export { CollabServer } from './collab-server.ts';
export { AuthorshipLog, AUTHORSHIP_INDEXES, type EditRecord } from './authorship.ts';
export { DocRegistry } from './doc-registry.ts';
export { ServerEdit, SharedDoc, type DocChange } from './shared-doc.ts';
export { UpdateLog, UPDATE_LOG_INDEXES } from './update-log.ts';
