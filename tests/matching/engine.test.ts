// MatchingEngine end to end: complementary candidates only, incremental upsert/remove, ranking sanity
// across languages, and marketplace search.
import { beforeEach, describe, expect, it } from 'vitest';
import { MatchingEngine, type MatchableListing } from '../../server/matching/index.ts';
import { listing } from './listing-factory.ts';

const droneNeed = () =>
  listing({
    id: 'need-drone',
    orgId: 'sz-drones',
    kind: 'need',
    category: 'market-entry',
    title: '深圳無人機製造商尋求東盟分銷夥伴',
    description: '我們生產農業植保無人機及巡檢無人機，希望在新加坡及東南亞找到分銷商和售後服務夥伴。',
    sectors: ['drones'],
    regions: ['asean'],
    orgRegion: 'shenzhen',
    languages: ['zh-Hant', 'en'],
  });

const singaporeDistributor = (fields: Partial<MatchableListing> = {}) =>
  listing({
    id: 'sg-drone-distributor',
    orgId: 'sg-aero',
    kind: 'offer',
    category: 'market-entry',
    title: 'Drone distribution across Southeast Asia',
    description: 'Singapore-based distributor of UAVs and agricultural drones, with dealers in Malaysia and Vietnam.',
    sectors: ['drones'],
    regions: ['singapore', 'malaysia', 'vietnam'],
    orgRegion: 'singapore',
    ...fields,
  });

const singaporeToyDistributor = () =>
  listing({
    id: 'sg-toy-distributor',
    orgId: 'sg-toys',
    kind: 'offer',
    category: 'market-entry',
    title: 'Toy distribution across Southeast Asia',
    description: 'Singapore-based distributor of toys and designer collectibles, with retail partners in Malaysia.',
    sectors: ['toys'],
    regions: ['singapore', 'malaysia'],
    orgRegion: 'singapore',
  });

describe('MatchingEngine', () => {
  let engine: MatchingEngine;
  beforeEach(() => {
    engine = new MatchingEngine();
  });

  it("ranks a Singapore drone distributor above a Singapore toy distributor for a drone maker's ASEAN need", () => {
    [droneNeed(), singaporeToyDistributor(), singaporeDistributor()].forEach((l) => engine.upsert(l));
    const matches = engine.matchesFor('need-drone', { limit: 10 });
    expect(matches.map((m) => m.listingId)).toEqual(['sg-drone-distributor']);
    expect(matches[0].score).toBeGreaterThan(0.6);
    const toys = engine.scorePair('need-drone', 'sg-toy-distributor');
    expect(matches[0].score - (toys?.score ?? 0)).toBeGreaterThan(0.25);
  });

  it('keeps a pair that shares a corridor but no topic out of the list, and low when scored on its own', () => {
    [droneNeed(), singaporeToyDistributor()].forEach((l) => engine.upsert(l));
    expect(engine.scorePair('need-drone', 'sg-toy-distributor')?.score).toBeLessThan(0.35);
    expect(engine.matchesFor('need-drone', { limit: 5 })).toEqual([]);
  });

  it('matches both ways: the offer finds the need', () => {
    [droneNeed(), singaporeDistributor()].forEach((l) => engine.upsert(l));
    const fromNeed = engine.matchesFor('need-drone', { limit: 1 })[0];
    const fromOffer = engine.matchesFor('sg-drone-distributor', { limit: 1 })[0];
    expect(fromOffer.listingId).toBe('need-drone');
    expect(fromOffer.score).toBeCloseTo(fromNeed.score, 5);
  });

  it('returns only complementary listings: opposite kind, another organisation, active (any category)', () => {
    engine.upsert(droneNeed());
    engine.upsert(singaporeDistributor({ id: 'same-kind', kind: 'need' }));
    engine.upsert(singaporeDistributor({ id: 'same-org', orgId: 'sz-drones' }));
    engine.upsert(singaporeDistributor({ id: 'inactive', active: false }));
    engine.upsert(singaporeDistributor({ id: 'other-category', category: 'investment' }));
    engine.upsert(singaporeDistributor({ id: 'adviser', category: 'professional-service' }));
    engine.upsert(singaporeDistributor({ id: 'ok' }));
    expect(engine.matchesFor('need-drone', { limit: 10 }).map((m) => m.listingId)).toEqual(['ok', 'adviser', 'other-category']);
  });

  it('indexes, re-indexes and removes incrementally', () => {
    engine.upsert(droneNeed());
    expect(engine.matchesFor('need-drone', { limit: 5 })).toEqual([]);
    engine.upsert(singaporeDistributor());
    expect(engine.size).toBe(2);
    expect(engine.matchesFor('need-drone', { limit: 5 }).map((m) => m.listingId)).toEqual(['sg-drone-distributor']);

    engine.upsert(singaporeDistributor({ active: false }));
    expect(engine.size).toBe(2);
    expect(engine.matchesFor('need-drone', { limit: 5 })).toEqual([]);

    engine.upsert(singaporeDistributor({ active: true }));
    expect(engine.remove('sg-drone-distributor')).toBe(true);
    expect(engine.remove('sg-drone-distributor')).toBe(false);
    expect(engine.size).toBe(1);
    expect(engine.matchesFor('need-drone', { limit: 5 })).toEqual([]);
    expect(engine.matchesFor('unknown', { limit: 5 })).toEqual([]);
  });

  it('reflects an edit at once: a re-indexed listing is scored on its new content', () => {
    [droneNeed(), singaporeDistributor()].forEach((l) => engine.upsert(l));
    const before = engine.matchesFor('need-drone', { limit: 1 })[0].score;
    engine.upsert(singaporeDistributor({ sectors: ['toys'], title: 'Toy distribution', description: 'Toys and games.' }));
    expect(engine.scorePair('need-drone', 'sg-drone-distributor')?.score).toBeLessThan(before - 0.2);
  });

  it('survives many edits and removals with correct results (tombstones are compacted)', () => {
    engine.upsert(droneNeed());
    for (let round = 0; round < 50; round++) {
      engine.upsert(singaporeDistributor({ id: `d${round % 5}`, orgId: `o${round % 5}`, title: `Drone distribution round ${round}` }));
      if (round % 7 === 0) engine.remove(`d${(round + 1) % 5}`);
    }
    const ids = engine.matchesFor('need-drone', { limit: 10 }).map((m) => m.listingId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => engine.has(id))).toBe(true);
    expect(engine.size).toBe(1 + ids.length);
  });

  it('respects limit and minScore, best first', () => {
    [droneNeed(), singaporeToyDistributor(), singaporeDistributor()].forEach((l) => engine.upsert(l));
    expect(engine.matchesFor('need-drone', { limit: 1 }).map((m) => m.listingId)).toEqual(['sg-drone-distributor']);
    const strong = engine.matchesFor('need-drone', { limit: 10, minScore: 0.5 });
    expect(strong.map((m) => m.listingId)).toEqual(['sg-drone-distributor']);
  });

  it('matches a Simplified Chinese offer to a Traditional Chinese need and an English need alike', () => {
    engine.upsert(droneNeed());
    engine.upsert(listing({ id: 'en-need', orgId: 'x', kind: 'need', title: 'Drone maker seeks ASEAN distributors', description: 'Agricultural drones.', sectors: ['drones'], regions: ['asean'], orgRegion: 'shenzhen' }));
    engine.upsert(listing({ id: 'hans-offer', orgId: 'y', kind: 'offer', title: '东南亚无人机分销', description: '新加坡无人机分销商，代理农业植保无人机。', sectors: ['drones'], regions: ['singapore'], orgRegion: 'singapore' }));
    engine.upsert(singaporeToyDistributor());
    expect(engine.matchesFor('need-drone', { limit: 1 })[0].listingId).toBe('hans-offer');
    expect(engine.matchesFor('en-need', { limit: 1 })[0].listingId).toBe('hans-offer');
  });

  it('gives every match a score in [0, 1] and at most three reasons, strongest first', () => {
    [droneNeed(), singaporeToyDistributor(), singaporeDistributor()].forEach((l) => engine.upsert(l));
    for (const match of engine.matchesFor('need-drone', { limit: 10 })) {
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(match.reasons.length).toBeLessThanOrEqual(3);
      const total = match.reasons.reduce((sum, reason) => sum + reason.weight, 0);
      expect(total).toBeLessThanOrEqual(match.score + 0.01);
    }
  });

  it('scores a given pair', () => {
    [droneNeed(), singaporeDistributor()].forEach((l) => engine.upsert(l));
    expect(engine.scorePair('sg-drone-distributor', 'need-drone')?.score).toBeCloseTo(engine.matchesFor('need-drone', { limit: 1 })[0].score, 5);
    expect(engine.scorePair('need-drone', 'unknown')).toBeUndefined();
  });
});

describe('marketplace search', () => {
  const engine = new MatchingEngine();
  [droneNeed(), singaporeDistributor(), singaporeToyDistributor()].forEach((l) => engine.upsert(l));
  engine.upsert(listing({ id: 'tic', kind: 'offer', category: 'professional-service', title: '香港檢測認證服務', description: '為玩具及電子產品提供檢測認證。', sectors: ['testing-certification'], regions: ['hk'], orgRegion: 'hk' }));

  it('finds listings in any language from a query in any other', () => {
    for (const query of ['無人機', '无人机', 'drones']) {
      const ids = engine.search(query, { limit: 5 }).map((hit) => hit.listingId);
      expect(ids.slice(0, 2).sort(), query).toEqual(['need-drone', 'sg-drone-distributor']);
    }
    for (const query of ['testing and certification', '检测认证', 'TIC']) {
      expect(engine.search(query, { limit: 5 })[0]?.listingId, query).toBe('tic');
    }
  });

  it('applies kind, sector (with sub-sectors), region (with hierarchy) and category filters', () => {
    expect(engine.search('drones', { limit: 5, kind: 'offer' }).map((h) => h.listingId)).toEqual(['sg-drone-distributor']);
    expect(engine.search('distribution', { limit: 5, sectors: ['low-altitude'] }).map((h) => h.listingId).sort()).toEqual(['need-drone', 'sg-drone-distributor']);
    expect(engine.search('', { limit: 5, regions: ['asean'], kind: 'offer' }).map((h) => h.listingId).sort()).toEqual(['sg-drone-distributor', 'sg-toy-distributor']);
    expect(engine.search('', { limit: 5, category: 'professional-service' }).map((h) => h.listingId)).toEqual(['tic']);
  });

  it('scores in [0, 1] and returns nothing for words it has never seen', () => {
    for (const hit of engine.search('drone distributor Singapore', { limit: 5 })) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
    expect(engine.search('zyxwv', { limit: 5 })).toEqual([]);
  });

  it('leaves out listings that share only a stray fragment with the query', () => {
    const local = new MatchingEngine();
    local.upsert(listing({ id: 'inspection-drones', kind: 'need', category: 'market-entry', title: 'Distribution partner for inspection drones in ASEAN', description: 'Shenzhen maker of industrial inspection drones (CE certified) seeks distributors in Singapore, Malaysia and Vietnam. 深圳巡檢無人機廠商尋找東盟分銷夥伴。', sectors: ['drones'], regions: ['asean'], orgRegion: 'shenzhen' }));
    local.upsert(listing({ id: 'moulds', kind: 'offer', category: 'supply', title: '微型工廠精密模具代工', description: '大埔創新園微型工廠，提供玩具及醫療器械精密模具代工。', sectors: ['moulds'], regions: ['hk-innopark-tai-po'], orgRegion: 'hk' }));
    expect(local.search('precision moulds', { limit: 5 }).map((hit) => hit.listingId)).toEqual(['moulds']);
    expect(local.search('precision moulds', { limit: 5, kind: 'need' })).toEqual([]);
  });
});
