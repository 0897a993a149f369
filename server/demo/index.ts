// Demo data: a seeded, trilingual data set loaded through the real REST API (`npm run demo`, or
// DEMO_DATA=1 on the first start of an empty store).
export { DEMO_ACCOUNTS, DEMO_PASSWORD, FEATURED, FEATURED_PAIRS } from './featured.ts';
export { loadDemoOnFirstStart } from './first-start.ts';
export { FULL_DEMO, generateDemoData, type DemoSize } from './generate.ts';
export { existingDemoAccount, loadDemo, type DemoOutcome, type DemoSummary } from './load-demo.ts';
export type { DemoDataset, DemoListing, DemoOrg } from './types.ts';
