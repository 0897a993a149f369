// Collab feature: the y-websocket endpoint, the document lifecycle and durable persistence.
export { DocAccessPolicy, type KindAccessResolver } from './access.ts';
export { CollabServer } from './collab-server.ts';
export { RemoteOrigin, type AnnouncedEvent, type ClusterEvent, type DocCluster } from './cluster.ts';
export { DocChangeDebouncer, type BatchCause, type DocChangeBatch, type DocChangeDebouncerOptions } from './doc-change-debouncer.ts';
export { DocFlags } from './doc-flags.ts';
export { AuthorshipLog, AUTHORSHIP_INDEXES, type EditRecord } from './authorship.ts';
export { DocRegistry } from './doc-registry.ts';
export { authorOf, ServerEdit, SharedDoc, type DocChange } from './shared-doc.ts';
export { UpdateLog, UPDATE_LOG_INDEXES } from './update-log.ts';
