// The Yjs schema of a deal's dossier (`dossier:<dealId>`) and negotiation board (`board:<dealId>`),
// used by client and server: root and fragment names, term fields, templates per deal type, and
// pure helpers to write templates and read sections, key facts, terms and comment anchors.
export * from './deal-docs/schema.ts';
export * from './deal-docs/dossier-templates.ts';
export * from './deal-docs/board-templates.ts';
export * from './deal-docs/build.ts';
export * from './deal-docs/read.ts';
export * from './deal-docs/coded-facts.ts';
export * from './deal-docs/working-language.ts';
