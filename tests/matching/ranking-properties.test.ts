// Issue 15 §3 as properties of the engine: category weighs but never bars, lists stop at the
// confidence floor instead of padding, and declared languages never cost a cross-language match.
import { describe, expect, it } from 'vitest';
import { aboveConfidenceFloor, CONFIDENCE, MatchingEngine, type MatchableListing } from '../../server/matching/index.ts';
import { listing } from './listing-factory.ts';

function engineWith(...listings: MatchableListing[]): MatchingEngine {
  const engine = new MatchingEngine();
  listings.forEach((item) => engine.upsert(item));
  return engine;
}

const ids = (engine: MatchingEngine, id: string) => engine.matchesFor(id, { limit: 10 }).map((match) => match.listingId);

const chipNeed = () =>
  listing({
    id: 'chip-need',
    kind: 'need',
    category: 'technology-licensing',
    sectors: ['chip-design'],
    regions: ['hk', 'gba'],
    title: 'Need a chip prototyping run for our sensor design',
    description: 'Hong Kong fabless start-up needs a multi-project wafer shuttle and tape-out support to prototype a MEMS sensor chip.',
  });

const licence = (id: string, title: string, sector: string) =>
  listing({ id, kind: 'offer', category: 'technology-licensing', sectors: [sector], regions: ['hk', 'gba'], title, description: `${title}, licensed with on-site training.` });

describe('category is a weight, not a gate', () => {
  it('ranks a strong fit filed under a neighbouring category above unrelated offers of the same category', () => {
    const prototyping = listing({
      id: 'mpw-service',
      kind: 'offer',
      category: 'professional-service',
      sectors: ['chip-design'],
      regions: ['gba'],
      orgRegion: 'shenzhen',
      title: 'Chip prototyping: multi-project wafer shuttle and tape-out',
      description: 'Shenzhen design house runs MPW shuttle prototyping runs, tape-out support and packaging of first samples for fabless start-ups.',
    });
    const engine = engineWith(chipNeed(), licence('battery', 'Licence for a battery recycling process', 'nev-batteries'), licence('dyeing', 'Textile dyeing technology licence', 'textiles'), prototyping);
    expect(ids(engine, 'chip-need')[0]).toBe('mpw-service');
    expect(ids(engine, 'mpw-service')).toEqual(['chip-need']);
  });

  it('still prefers the same category when everything else is equal', () => {
    const offer = (id: string, category: string) =>
      listing({ id, kind: 'offer', category, sectors: ['chip-design'], regions: ['gba'], title: 'Chip prototyping: multi-project wafer shuttle', description: 'MPW shuttle prototyping runs for fabless start-ups.' });
    const engine = engineWith(chipNeed(), offer('neighbour', 'professional-service'), offer('unrelated', 'investment'), offer('same', 'technology-licensing'));
    const scores = Object.fromEntries(engine.matchesFor('chip-need', { limit: 10 }).map((match) => [match.listingId, match.score]));
    expect(scores.same).toBeGreaterThan(scores.neighbour);
    expect(scores.neighbour).toBeGreaterThan(scores.unrelated ?? 0);
  });
});

describe('confidence floor', () => {
  const watchNeed = () =>
    listing({ id: 'watch-need', kind: 'need', category: 'supply', sectors: ['watches'], regions: ['asean'], title: 'Looking for a tourbillon movement maker', description: 'Hong Kong watch brand needs a supplier of hand-finished tourbillon movements for a limited series.' });

  it('answers nothing rather than offers that share only a category, a corridor or a sibling sector', () => {
    const filler = (id: string, sector: string, title: string) => listing({ id, kind: 'offer', category: 'supply', sectors: [sector], regions: ['asean'], title, description: `${title} for export.` });
    const engine = engineWith(watchNeed(), filler('garments', 'textiles', 'Garment factory in Vietnam'), filler('toys', 'toys', 'Plastic toy moulding'), filler('solar', 'solar-storage', 'Solar module supply'));
    expect(engine.matchesFor('watch-need', { limit: 10 })).toEqual([]);
  });

  it('keeps a list above the absolute floor and a share of its best score', () => {
    const movement = listing({ id: 'movement', kind: 'offer', category: 'supply', sectors: ['watches'], regions: ['asean'], title: 'Hand-finished tourbillon movements', description: 'Swiss-trained workshop supplying tourbillon movements to watch brands for limited series.' });
    const casing = listing({ id: 'casing', kind: 'offer', category: 'supply', sectors: ['watches'], regions: ['us'], title: 'Watch case polishing', description: 'Polishing of steel cases.' });
    const matches = engineWith(watchNeed(), movement, casing).matchesFor('watch-need', { limit: 10 });
    expect(matches[0].listingId).toBe('movement');
    for (const match of matches) {
      expect(match.score).toBeGreaterThanOrEqual(CONFIDENCE.floor);
      expect(match.score).toBeGreaterThanOrEqual(CONFIDENCE.ofBest * matches[0].score);
    }
  });

  it('exposes the floor for notifications', () => {
    expect(aboveConfidenceFloor(CONFIDENCE.floor)).toBe(true);
    expect(aboveConfidenceFloor(CONFIDENCE.floor - 0.01)).toBe(false);
  });
});

describe('declared languages never penalise', () => {
  const need = (languages: MatchableListing['languages']) =>
    listing({ id: 'need', kind: 'need', category: 'market-entry', sectors: ['drones'], regions: ['asean'], languages, title: '深圳無人機製造商尋求東盟分銷夥伴', description: '我們生產農業植保無人機，希望在東南亞找到分銷商。' });
  const offer = (languages: MatchableListing['languages']) =>
    listing({ id: 'offer', kind: 'offer', category: 'market-entry', sectors: ['drones'], regions: ['singapore'], languages, title: 'Drone distribution across Southeast Asia', description: 'Distributor of agricultural drones with dealers in Malaysia and Vietnam.' });

  it('scores a cross-language pair the same whether or not either side declares its languages', () => {
    const score = (a: MatchableListing['languages'], b: MatchableListing['languages']) => engineWith(need(a), offer(b)).matchesFor('need', { limit: 5 })[0]?.score;
    const undeclared = score([], []);
    expect(undeclared).toBeGreaterThan(0);
    expect(score(['zh-Hant'], ['en'])).toBe(undeclared);
    expect(score(['zh-Hant'], ['zh-Hant', 'en'])).toBe(undeclared);
  });
});
