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

describe('requirements written in the text', () => {
  const plantNeed = (description: string) =>
    listing({ id: 'ems-need', kind: 'need', category: 'supply', sectors: ['semiconductors'], regions: ['asean'], title: 'Contract manufacturer for power modules', description });
  const shenzhenLine = () =>
    listing({ id: 'shenzhen', kind: 'offer', category: 'supply', sectors: ['semiconductors'], regions: ['asean', 'gba'], orgRegion: 'shenzhen', title: 'EMS assembly of power modules', description: 'Contract manufacturer assembling power modules and PCBA for export, SMT lines in Shenzhen.' });
  const vietnamPlant = () =>
    listing({ id: 'vietnam', kind: 'offer', category: 'supply', sectors: ['semiconductors'], regions: ['asean'], orgRegion: 'vietnam', title: 'Electronics contract manufacturing', description: 'EMS factory in Bac Ninh, Vietnam: PCBA and module assembly.' });

  it.each([
    ['en', 'We need an EMS partner to assemble power modules for export to ASEAN. Must have a Vietnam plant.'],
    ['zh-Hant', '我們需要EMS夥伴組裝出口東盟的功率模組，須在越南設廠。'],
    ['zh-Hans', '我们需要EMS合作方组装出口东盟的功率模块，须在越南设厂。'],
  ])('puts the counterpart that meets "must have a Vietnam plant" first (%s), with the reason', (_lang, description) => {
    const engine = engineWith(plantNeed(description), shenzhenLine(), vietnamPlant());
    const matches = engine.matchesFor('ems-need', { limit: 5 });
    expect(matches[0].listingId).toBe('vietnam');
    const met = matches[0].reasons.find((reason) => reason.code === 'requirement');
    expect(met && engine.renderReason(met, 'en')).toBe('Meets the stated requirement: present in Vietnam');
    expect(met && engine.renderReason(met, 'zh-Hant')).toBe('符合所列要求：在越南有業務');
  });

  it.each([
    ['en', 'EPC contractor sourcing 200 MW of solar modules for Saudi Arabia. Not interested in trading companies.'],
    ['zh-Hant', 'EPC承包商為沙特阿拉伯項目採購200兆瓦太陽能組件，不考慮貿易公司。'],
    ['zh-Hans', 'EPC总包商为沙特阿拉伯项目采购200兆瓦光伏组件，不考虑贸易公司。'],
  ])('ranks a trading company below a manufacturer when the need rules traders out (%s)', (_lang, description) => {
    const need = listing({ id: 'epc', kind: 'need', category: 'supply', sectors: ['solar-storage'], regions: ['middle-east'], title: 'Solar modules for a Saudi project', description });
    const trader = listing({ id: 'trader', kind: 'offer', category: 'supply', sectors: ['solar-storage'], regions: ['middle-east'], title: 'Solar modules for Saudi Arabia projects', description: 'Hong Kong trading company supplying solar modules to Saudi Arabia and Gulf projects.' });
    const maker = listing({ id: 'maker', kind: 'offer', category: 'supply', sectors: ['solar-storage'], regions: ['middle-east'], orgRegion: 'jiangsu', title: 'Solar module manufacturer', description: 'Jiangsu manufacturer of 600 W modules, exporting to the Middle East.' });
    const matches = engineWith(need, trader, maker).matchesFor('epc', { limit: 5 });
    expect(matches[0].listingId).toBe('maker');
    expect(matches.find((match) => match.listingId === 'trader')?.score ?? 0).toBeLessThan(matches[0].score / 2);
  });

  it('drops a Europe-only CRO for "no Europe-only CROs" in 繁體 while keeping one that also works in Guangdong', () => {
    const need = listing({ id: 'trial', kind: 'need', category: 'professional-service', sectors: ['clinical-trials'], regions: ['gba', 'eu'], title: '尋找CRO於廣東進行二期臨床試驗', description: '科學園生物科技公司需要CRO在廣東開展腫瘤藥物二期臨床試驗。不考慮只在歐洲營運的CRO。' });
    const cro = (id: string, regions: string[], orgRegion: string) =>
      listing({ id, kind: 'offer', category: 'professional-service', sectors: ['clinical-trials'], regions, orgRegion, title: '二期臨床試驗CRO服務', description: 'CRO提供二期臨床試驗服務：選擇試驗中心、招募病人及監查。' });
    const matches = engineWith(need, cro('munich', ['eu'], 'germany'), cro('guangzhou', ['gba', 'eu'], 'guangzhou')).matchesFor('trial', { limit: 5 });
    expect(matches[0].listingId).toBe('guangzhou');
    const unmet = matches.find((match) => match.listingId === 'munich')?.reasons.find((reason) => reason.code === 'requirement');
    if (unmet) expect(renderReasonZh(unmet)).toBe('排名较低：不符合所列要求（不只在欧盟运营）');
  });
});

const renderReasonZh = (reason: Parameters<MatchingEngine['renderReason']>[0]) => new MatchingEngine().renderReason(reason, 'zh-Hans');
