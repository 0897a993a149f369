// The deal room's data room on the client: folders, files, uploads, the watermarked viewer and
// the audit, shown as the deal's Files tab.
export { default as FilesView } from './FilesView.svelte';
export { DataRoomFiles } from './data-room-files.svelte.ts';
export { listFiles } from './files-api.ts';
