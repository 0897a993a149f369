// Checklist feature: each deal's due-diligence request list, started from a template per deal
// type, edited by the owner and parties, its progress fed to the pipeline and the dashboard.
export { createChecklist, type ChecklistFeature } from './checklist-feature.ts';
export { ChecklistRepository, CHECKLIST_INDEXES } from './checklist-repository.ts';
export type { LinkTargetCheck } from './link-targets.ts';
