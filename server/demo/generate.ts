// Generates the demo data set from a seed: the featured organisations, then organisations of every
// archetype in proportion to its weight, then listings spread over them. Pure and reproducible.
import type { Lang } from '../../shared/taxonomy/index.ts';
import { ARCHETYPES } from './blocks/index.ts';
import { planDeals } from './deal-plan.ts';
import { featuredDataset } from './featured.ts';
import { renderListing } from './listing-render.ts';
import { nameOrg } from './org-names.ts';
import { makePerson } from './people.ts';
import { SeededRandom } from './random.ts';
import { capitalise, SlotValues } from './text.ts';
import type { Archetype, Culture, DemoDataset, DemoListing, DemoOrg, DemoPerson, Profile } from './types.ts';

/** How many organisations and listings (featured ones included), and the seed. */
export interface DemoSize {
  orgs: number;
  listings: number;
  seed: number;
}

/** What `npm run demo` loads. */
export const FULL_DEMO: DemoSize = { orgs: 300, listings: 600, seed: 20240618 };

/** A generated organisation with what its listings are rendered from. */
export interface GeneratedOrg {
  org: DemoOrg;
  archetype: Archetype;
  profile: Profile;
}

const SECOND_MEMBER_CHANCE = 0.35;

/** How many organisations each archetype gets: by weight, largest remainders first. */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i++) counts[order[i].index]++;
  return counts;
}

function orgLanguages(archetype: Archetype): Lang[] {
  const langs = new Set<Lang>([archetype.voice]);
  for (const [mix] of archetype.mix ?? []) for (const lang of mix) langs.add(lang);
  return [...langs];
}

/** The owner and, for some firms, a colleague, all at the firm's e-mail domain. */
function peopleOf(random: SeededRandom, culture: Culture, domain: string): Pick<DemoOrg, 'owner' | 'members'> {
  const taken = new Set<string>();
  const person = (): DemoPerson => {
    const { name, local } = makePerson(random, culture, taken);
    return { name, email: `${local}@${domain}` };
  };
  const owner = person();
  return { owner, members: random.chance(SECOND_MEMBER_CHANCE) ? [person()] : [] };
}

function generateOrg(random: SeededRandom, archetype: Archetype, index: number, taken: { names: Set<string>; domains: Set<string> }): GeneratedOrg {
  const home = random.pick(archetype.homes);
  const profile = archetype.profiles[index % archetype.profiles.length];
  const naming = nameOrg(random, archetype.names, home, taken.names, taken.domains);
  const { owner, members } = peopleOf(random, archetype.culture, naming.domain);
  const slots = new SlotValues(random, profile.t, { home, markets: [] }, naming.names);
  const about = archetype.about[archetype.voice] ?? [];
  const name = naming.names[archetype.voice] ?? naming.names.en ?? Object.values(naming.names)[0] ?? archetype.id;
  return {
    archetype,
    profile,
    org: {
      key: `${archetype.id}:${index}`,
      archetype: archetype.id,
      owner,
      members,
      profile: {
        name,
        names: naming.names,
        region: home,
        sectors: profile.sectors ?? random.pick(archetype.sectors),
        capabilities: random.sample(archetype.capabilities, random.int(2, 4)),
        certifications: random.sample(archetype.certifications, random.int(0, 2)),
        languages: orgLanguages(archetype),
        size: random.pick(archetype.sizes),
        description: about.length > 0 ? capitalise(slots.render(random.pick(about), archetype.voice), archetype.voice) : '',
      },
    },
  };
}

function generateOrgs(root: SeededRandom, count: number): GeneratedOrg[] {
  const counts = allocate(count, ARCHETYPES.map((archetype) => archetype.weight));
  const taken = { names: new Set<string>(), domains: new Set<string>(['superconnector.example']) };
  const orgs: GeneratedOrg[] = [];
  ARCHETYPES.forEach((archetype, a) => {
    // One stream per archetype, so adding an archetype does not reshuffle the others.
    const random = root.fork(archetype.id);
    const offset = random.int(0, archetype.profiles.length - 1);
    for (let i = 0; i < counts[a]; i++) orgs.push(generateOrg(random, archetype, i + offset, taken));
  });
  return root.fork('org-order').shuffle(orgs);
}

function generateListings(root: SeededRandom, orgs: GeneratedOrg[], count: number): DemoListing[] {
  if (orgs.length === 0) return [];
  const random = root.fork('listings');
  const perOrg = orgs.map(() => Math.floor(count / orgs.length));
  for (const index of random.sample(Array.from(orgs, (_org, i) => i), count % orgs.length)) perOrg[index]++;
  const listings: DemoListing[] = [];
  orgs.forEach((generated, index) => {
    const templates = random.shuffle(generated.archetype.listings);
    for (let i = 0; i < perOrg[index]; i++) {
      listings.push(renderListing(random, generated, templates[i % templates.length], `${generated.org.key}:${i}`));
    }
  });
  return random.shuffle(listings);
}

/** The whole demo data set for a size and seed; the featured part counts towards the totals. */
export function generateDemoData(size: DemoSize = FULL_DEMO): DemoDataset {
  const featured = featuredDataset();
  const root = new SeededRandom(size.seed);
  const orgs = generateOrgs(root, Math.max(0, size.orgs - featured.orgs.length));
  const listings = generateListings(root, orgs, Math.max(0, size.listings - featured.listings.length));
  return {
    orgs: [...featured.orgs, ...orgs.map((generated) => generated.org)],
    // Featured listings first: the featured pairs then meet while the index is still small.
    listings: [...featured.listings, ...listings],
    history: planDeals(root.fork('deals'), orgs.length),
  };
}
