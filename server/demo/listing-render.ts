// Renders one listing of a generated organisation from a template: languages, markets, wording,
// size, stage, anonymity and expiry, all drawn from the seeded generator.
import { LISTING_TITLE_MAX } from '../../shared/schemas/listings.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { GeneratedOrg } from './generate.ts';
import type { SeededRandom } from './random.ts';
import { capitalise, SlotValues } from './text.ts';
import type { DemoListing, ListingTemplate, ListingText } from './types.ts';

const DEFAULT_ANONYMOUS = 0.08;
const NO_SIZE = 0.12;
const NO_STAGE = 0.15;
const EXPIRING = 0.25;

/** The languages one listing is written in, by the archetype's weighted mix. */
function pickLangs(random: SeededRandom, generated: GeneratedOrg): Lang[] {
  const mix = generated.archetype.mix ?? [[[generated.archetype.voice], 1]];
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [langs, weight] of mix) {
    roll -= weight;
    if (roll < 0) return langs;
  }
  return mix[mix.length - 1][0];
}

function textFor(template: ListingTemplate, lang: Lang, archetype: string): ListingText {
  const text = template.text[lang];
  if (!text) throw new Error(`${archetype}: a ${template.kind} ${template.category} listing has no ${lang} text`);
  return text;
}

function description(random: SeededRandom, text: ListingText, slots: SlotValues, lang: Lang): string {
  const chosen = new Set(random.sample(Array.from(text.details, (_detail, index) => index), random.int(1, Math.min(2, text.details.length))));
  // A subset of the details, kept in the order they were written (they often build on each other).
  const details = text.details.filter((_detail, index) => chosen.has(index));
  const sentences = [random.pick(text.openers), ...details, random.pick(text.asks)].map((sentence) => capitalise(slots.render(sentence, lang), lang));
  return sentences.join(lang === 'en' ? ' ' : '');
}

/** One to three of the template's regions; the text names these, the listing also carries the fixed ones. */
function pickMarkets(random: SeededRandom, template: ListingTemplate): string[] {
  const fixed = template.fixedRegions ?? [];
  const pool = template.regions.filter((code) => !fixed.includes(code));
  return random.sample(pool, random.int(1, Math.min(3, pool.length)));
}

/** One listing of a generated organisation, rendered from a template. */
export function renderListing(random: SeededRandom, generated: GeneratedOrg, template: ListingTemplate, key: string): DemoListing {
  const { org, archetype, profile } = generated;
  const langs = pickLangs(random, generated);
  const markets = pickMarkets(random, template);
  const slots = new SlotValues(random, profile.t, { home: org.profile.region, markets }, org.profile.names ?? {});
  const titles = langs.map((lang) => capitalise(slots.render(random.pick(textFor(template, lang, archetype.id).titles), lang), lang));
  const joined = titles.join(' | ');
  return {
    key,
    orgKey: org.key,
    expiresInDays: random.chance(EXPIRING) ? random.int(45, 365) : null,
    body: {
      kind: template.kind,
      category: template.category,
      title: joined.length <= LISTING_TITLE_MAX ? joined : titles[0],
      description: langs.map((lang) => description(random, textFor(template, lang, archetype.id), slots, lang)).join('\n\n'),
      sectors: template.sectors ?? org.profile.sectors,
      regions: [...markets, ...(template.fixedRegions ?? [])],
      dealSize: random.chance(NO_SIZE) ? null : random.pick(template.dealSizes),
      stage: random.chance(NO_STAGE) ? null : random.pick(template.stages),
      languages: [...new Set([...langs, ...(org.profile.languages ?? [])])],
      certifications: template.certifications ?? [],
      anonymous: random.chance(template.anonymous ?? DEFAULT_ANONYMOUS),
    },
  };
}
