// Every archetype the generator draws organisations from, pillar by pillar.
import type { Archetype } from '../types.ts';
import { BIOTECH } from './biotech.ts';
import { DIGITAL } from './digital.ts';
import { DISTRIBUTORS } from './distributors.ts';
import { GREEN_FINANCE } from './green-finance.ts';
import { INVESTORS } from './investors.ts';
import { LOW_ALTITUDE } from './low-altitude.ts';
import { NEW_ENERGY } from './new-energy.ts';
import { PROFESSIONAL } from './professional.ts';
import { SEMICONDUCTORS } from './semiconductors.ts';
import { SERVICES_GROWTH } from './services-growth.ts';
import { SUPPLY_CHAIN } from './supply-chain.ts';
import { TESTING_CERTIFICATION } from './testing-certification.ts';
import { TRADITIONAL_INDUSTRIES } from './traditional-industries.ts';

export const ARCHETYPES: Archetype[] = [
  ...LOW_ALTITUDE,
  ...DISTRIBUTORS,
  ...BIOTECH,
  ...SEMICONDUCTORS,
  ...NEW_ENERGY,
  ...GREEN_FINANCE,
  ...SUPPLY_CHAIN,
  ...TESTING_CERTIFICATION,
  ...PROFESSIONAL,
  ...SERVICES_GROWTH,
  ...TRADITIONAL_INDUSTRIES,
  ...DIGITAL,
  ...INVESTORS,
];
