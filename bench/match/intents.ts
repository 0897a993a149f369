// All hand-written deal intents of the evaluation set.
import { DIGITAL_INTENTS } from './intents-digital.ts';
import { ENERGY_INDUSTRY_INTENTS } from './intents-energy-industry.ts';
import { FINANCE_SERVICE_INTENTS } from './intents-finance-services.ts';
import { MANUFACTURING_INTENTS } from './intents-manufacturing.ts';
import { NEAR_MISS_INTENTS } from './intents-near-misses.ts';
import { SERVICE_INTENTS } from './intents-services.ts';
import type { Intent } from './intent-types.ts';

export const INTENTS: Intent[] = [
  ...SERVICE_INTENTS,
  ...FINANCE_SERVICE_INTENTS,
  ...MANUFACTURING_INTENTS,
  ...ENERGY_INDUSTRY_INTENTS,
  ...DIGITAL_INTENTS,
  ...NEAR_MISS_INTENTS,
];
