// The curated trilingual domain glossary: surface terms in English, 繁體 and 简体 → one concept id,
// so "testing and certification", 「檢測認證」, 「检测认证」 and "TIC" all index as one concept.
// Row: [concept id, English surfaces, Traditional surfaces, Simplified surfaces, broader concept?].
// Surfaces are separated by "|"; the first of each language is the label shown in match reasons.
// English surfaces are matched on stemmed, stop-word-free tokens; Chinese ones on folded characters.

import { DIGITAL, EXCHANGE } from './glossary-digital.ts';
import { ENERGY_MATERIALS, HEALTH, LOW_ALTITUDE, MANUFACTURING, SEMICONDUCTORS } from './glossary-industry.ts';
import { BRAND_MARKET, FINANCE, PROFESSIONAL, SUPPLY_CHAIN, TIC } from './glossary-services.ts';

export { GENERAL_GLOSSARY } from './glossary-general.ts';

export type GlossaryRow = [id: string, en: string, hant: string, hans: string, broader?: string];

/** Domain terms, weighted as concepts. */
export const GLOSSARY: GlossaryRow[] = [
  ...FINANCE,
  ...SUPPLY_CHAIN,
  ...TIC,
  ...PROFESSIONAL,
  ...BRAND_MARKET,
  ...LOW_ALTITUDE,
  ...HEALTH,
  ...SEMICONDUCTORS,
  ...ENERGY_MATERIALS,
  ...MANUFACTURING,
  ...DIGITAL,
  ...EXCHANGE,
];
