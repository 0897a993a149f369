// Renders each deal intent as listings: its need in English, 繁體 and 简体 (hand-written), its offer
// in the same three plus a 简体 copy converted from the 繁體 text (a Traditional/Simplified pair).
// Each rendering varies its structured fields a little, as different people filling the form would.
import { Converter } from 'opencc-js/t2cn';
import { SECTORS, type Lang } from '../../shared/taxonomy/index.ts';
import type { MatchableListing } from '../../server/matching/index.ts';
import type { Intent, SideText } from './intent-types.ts';
import { INTENTS } from './intents.ts';

export type Rendering = Lang | 'zh-Hans-converted';

export interface EvalListing {
  listing: MatchableListing;
  intent: Intent;
  rendering: Rendering;
}

const hkToCn = Converter({ from: 'hk', to: 'cn' });
const sectorParent = new Map(SECTORS.filter((s) => s.parent).map((s) => [s.code, s.parent as string]));
const PILLARS = new Set(['new-services', 'new-manufacturing', 'new-business-forms']);
const NEED_RENDERINGS: Rendering[] = ['en', 'zh-Hant', 'zh-Hans'];
const OFFER_RENDERINGS: Rendering[] = ['en', 'zh-Hant', 'zh-Hans', 'zh-Hans-converted'];

function textOf(text: SideText, rendering: Rendering): [string, string] {
  if (rendering !== 'zh-Hans-converted') return text[rendering];
  const [title, body] = text['zh-Hant'];
  return [hkToCn(title), hkToCn(body)];
}

/** A stable pseudo-random choice per listing, so which rendering gets which variation is unrelated to its language. */
function variantOf(id: string): number {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0) % 4;
}

/** Variant 1 picks the broader sector, as a less careful author would. */
function sectorsFor(sectors: string[], variant: number): string[] {
  if (variant !== 1) return sectors;
  const parent = sectorParent.get(sectors[0]);
  return parent && !PILLARS.has(parent) ? [parent, ...sectors.slice(1)] : sectors;
}

function languagesFor(rendering: Rendering, variant: number): Lang[] {
  const own: Lang = rendering === 'zh-Hans-converted' ? 'zh-Hans' : rendering;
  return variant % 2 === 1 && own !== 'en' ? [own, 'en'] : [own];
}

function renderNeed(intent: Intent, rendering: Rendering, variant: number): EvalListing {
  const [title, description] = textOf(intent.needText, rendering);
  const { need } = intent;
  return {
    intent,
    rendering,
    listing: {
      id: `${intent.id}:need:${rendering}`,
      orgId: `${intent.id}:need-org:${rendering}`,
      kind: 'need',
      category: intent.category,
      title,
      description,
      sectors: sectorsFor(intent.sectors, variant),
      regions: need.to,
      orgRegion: need.home,
      ...(need.size && variant !== 2 ? { dealSize: need.size } : {}),
      ...(need.stage && variant !== 0 ? { stage: need.stage } : {}),
      languages: languagesFor(rendering, variant),
      certifications: need.certs ?? [],
      orgCertifications: [],
      active: true,
    },
  };
}

function renderOffer(intent: Intent, rendering: Rendering, variant: number): EvalListing {
  const [title, description] = textOf(intent.offerText, rendering);
  const { offer, need } = intent;
  return {
    intent,
    rendering,
    listing: {
      id: `${intent.id}:offer:${rendering}`,
      orgId: `${intent.id}:offer-org:${rendering}`,
      kind: 'offer',
      category: intent.offerCategory ?? intent.category,
      title,
      description,
      sectors: sectorsFor(intent.offerSectors ?? intent.sectors, variant),
      regions: offer.regions,
      orgRegion: offer.homes[variant % offer.homes.length],
      ...(need.size && variant % 2 === 0 ? { dealSize: need.size } : {}),
      ...(need.stage && variant === 3 ? { stage: need.stage } : {}),
      languages: languagesFor(rendering, variant + 1),
      certifications: [],
      orgCertifications: offer.certs ?? [],
      active: true,
    },
  };
}

export function buildEvalSet(intents: Intent[] = INTENTS): EvalListing[] {
  return intents.flatMap((intent) => [
    ...NEED_RENDERINGS.map((rendering) => renderNeed(intent, rendering, variantOf(`${intent.id}:need:${rendering}`))),
    ...OFFER_RENDERINGS.map((rendering) => renderOffer(intent, rendering, variantOf(`${intent.id}:offer:${rendering}`))),
  ]);
}
