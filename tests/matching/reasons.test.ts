// Match reasons: structured, top three, rendered in English, 繁體中文 and 简体中文.
import { describe, expect, it } from 'vitest';
import { MatchingEngine, renderReason, type MatchReason } from '../../server/matching/index.ts';
import { listing } from './listing-factory.ts';

const reason = (params: MatchReason['params']): MatchReason => ({ code: params.code, weight: 0.2, params });

describe('rendered reasons', () => {
  it('names a shared sector', () => {
    const r = reason({ code: 'sector', sector: 'testing-certification', other: 'testing-certification', relation: 'same' });
    expect(renderReason(r, 'en')).toBe('Both in Testing & certification');
    expect(renderReason(r, 'zh-Hant')).toBe('同屬檢測認證');
    expect(renderReason(r, 'zh-Hans')).toBe('同属检测认证');
  });

  it('names related sectors', () => {
    const r = reason({ code: 'sector', sector: 'drones', other: 'low-altitude', relation: 'child' });
    expect(renderReason(r, 'en')).toBe('Drones & unmanned aerial systems, part of Low-altitude economy');
    expect(renderReason(r, 'zh-Hant')).toBe('無人機屬於低空經濟');
  });

  it('names the corridor', () => {
    const r = reason({ code: 'corridor', from: 'shenzhen', to: 'asean', via: 'asean', relation: 'inside' });
    expect(renderReason(r, 'en')).toBe('Shenzhen → ASEAN corridor');
    expect(renderReason(r, 'zh-Hant')).toBe('深圳 → 東盟走廊');
    expect(renderReason(r, 'zh-Hans')).toBe('深圳 → 东盟走廊');
    const via = reason({ code: 'corridor', from: 'shenzhen', to: 'asean', via: 'singapore', relation: 'inside' });
    expect(renderReason(via, 'en')).toBe('Shenzhen → ASEAN corridor (partner in Singapore)');
  });

  it('names shared terms, concepts in the viewer’s language and words as written', () => {
    const r = reason({ code: 'text', terms: [{ concept: 'drone' }, { concept: 'certification' }] });
    expect(renderReason(r, 'en')).toBe('Shared terms: drone, certification');
    expect(renderReason(r, 'zh-Hant')).toBe('共同關鍵詞：無人機、認證');
    expect(renderReason(r, 'zh-Hans')).toBe('共同关键词：无人机、认证');
    expect(renderReason(reason({ code: 'text', terms: [{ word: '榴莲' }] }), 'zh-Hant')).toBe('共同關鍵詞：榴蓮');
  });

  it('words a text reason wholly in the reader’s language: other-language words translated or left out', () => {
    const mixed = reason({ code: 'text', terms: [{ concept: 'drone' }, { concept: 'low-altitude' }, { word: 'service' }] });
    expect(renderReason(mixed, 'zh-Hant')).toBe('共同關鍵詞：無人機、低空經濟');
    expect(renderReason(mixed, 'zh-Hans')).toBe('共同关键词：无人机、低空经济');
    expect(renderReason(mixed, 'en')).toBe('Shared terms: drone, low-altitude economy, service');
    expect(renderReason(reason({ code: 'text', terms: [{ concept: 'drone' }, { word: '榴莲' }] }), 'en')).toBe('Shared terms: drone');
    expect(renderReason(reason({ code: 'text', terms: [{ word: '植保' }] }), 'en')).toBe('Shared terms: agricultural drone');
    // A word the glossary knows in another form is translated; an unknown one is never shown raw.
    expect(renderReason(reason({ code: 'text', terms: [{ word: 'drones' }] }), 'zh-Hans')).toBe('共同关键词：无人机');
    expect(renderReason(reason({ code: 'text', terms: [{ word: 'service' }] }), 'zh-Hans')).toBe('描述内容相近');
    expect(renderReason(reason({ code: 'text', terms: [{ word: 'CRO' }, { word: '植保' }] }), 'zh-Hant')).toBe('共同關鍵詞：CRO、植保');
  });

  it('names size, stage, language, certification and category', () => {
    expect(renderReason(reason({ code: 'size', band: '1m-5m', other: '1m-5m', relation: 'same' }), 'en')).toBe('Deal size fits: US$1m–5m');
    expect(renderReason(reason({ code: 'stage', band: 'growth', other: 'scale-up', relation: 'adjacent' }), 'zh-Hans')).toBe('项目阶段相近：增长与规模化');
    expect(renderReason(reason({ code: 'language', languages: ['en', 'zh-Hant'], crossScript: false }), 'en')).toBe('Both work in English, Traditional Chinese');
    expect(renderReason(reason({ code: 'language', languages: [], crossScript: true }), 'zh-Hant')).toBe('均使用中文（繁體及簡體）');
    expect(renderReason(reason({ code: 'certification', held: ['ISO 13485'], requested: 2 }), 'en')).toBe('Holds 1 of 2 requested certifications: ISO 13485');
    expect(renderReason(reason({ code: 'certification', held: ['CE'], requested: 1 }), 'zh-Hant')).toBe('持有所需認證：CE');
    expect(renderReason(reason({ code: 'category', need: 'supply', offer: 'supply' }), 'en')).toBe('Complementary: Seeking a supplier ↔ Offering manufacturing');
  });

  it('uses a custom lookup when given, falling back to codes', () => {
    const r = reason({ code: 'sector', sector: 'x', other: 'x', relation: 'same' });
    expect(renderReason(r, 'en', () => 'Custom')).toBe('Both in Custom');
    expect(renderReason(r, 'en', () => undefined)).toBe('Both in x');
  });
});

describe('reasons on real matches', () => {
  it('explains a TIC match with sector, corridor and certification, renderable in all three languages', () => {
    const engine = new MatchingEngine();
    engine.upsert(listing({ id: 'n', kind: 'need', category: 'professional-service', title: 'Need CE testing and certification for medical devices', description: 'Shenzhen maker of medical devices entering the EU needs a testing and certification partner.', sectors: ['testing-certification', 'medical-devices'], regions: ['eu'], orgRegion: 'shenzhen', certifications: ['ISO 13485'] }));
    engine.upsert(listing({ id: 'o', kind: 'offer', category: 'professional-service', title: '醫療器械檢測認證', description: '香港實驗室，為醫療器械提供CE認證及測試。', sectors: ['testing-certification'], regions: ['hk', 'eu'], orgRegion: 'hk', orgCertifications: ['ISO 13485:2016'], languages: ['zh-Hant', 'en'] }));
    const [match] = engine.matchesFor('n', { limit: 1 });
    expect(match.reasons.map((r) => r.code)).toContain('sector');
    expect(match.reasons.length).toBe(3);
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      for (const r of match.reasons) expect(engine.renderReason(r, lang)).not.toMatch(/undefined|\[object/);
    }
    expect(engine.renderReason(match.reasons.find((r) => r.code === 'sector') as MatchReason, 'zh-Hant')).toBe('同屬檢測認證');
  });
});
