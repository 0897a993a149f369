// Due-diligence request lists: the trilingual catalogue, templates per deal type, progress maths.
export * from './catalogue.ts';
export * from './templates.ts';
export * from './progress.ts';
export * from './status-labels.ts';
