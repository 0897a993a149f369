// The trilingual domain glossary: coverage, no ambiguous surfaces, and hits across languages.
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../server/matching/text/analyse.ts';
import { GENERAL_GLOSSARY, GLOSSARY } from '../../server/matching/text/glossary.ts';
import { domainGlossary } from '../../server/matching/text/glossary-matcher.ts';
import { normalise } from '../../server/matching/text/normalise.ts';
import { toUnits } from '../../server/matching/text/units.ts';

const conceptsIn = (text: string) => domainGlossary().match(toUnits(normalise(text))).map((hit) => hit.concept);

describe('domain glossary', () => {
  it('has a few hundred concepts, each labelled in all three languages', () => {
    expect(GLOSSARY.length).toBeGreaterThan(250);
    for (const [id, en, hant, hans] of [...GLOSSARY, ...GENERAL_GLOSSARY]) {
      expect([id, en.length > 0, hant.length > 0, hans.length > 0]).toEqual([id, true, true, true]);
    }
  });

  it('maps no surface to two concepts', () => {
    expect(domainGlossary().conflicts).toEqual([]);
  });

  it('points every broader link at a known concept', () => {
    for (const concept of domainGlossary().concepts.values()) {
      if (concept.broader) expect(domainGlossary().concepts.has(concept.broader), concept.id).toBe(true);
    }
  });

  it.each([
    ['testing-certification', ['檢測認證', 'testing and certification', 'Testing & Certification', '检测认证', 'TIC']],
    ['drone', ['無人機', '无人机', 'drones', 'UAV', 'unmanned aerial vehicles']],
    ['semiconductor', ['晶片', '芯片', 'chips', 'semiconductors', '半導體']],
    ['sic', ['碳化矽', '碳化硅', 'silicon carbide', 'SiC']],
    ['cross-border-ecommerce', ['跨境電商', '跨境电商', 'cross-border e-commerce']],
    ['data-centre', ['數據中心', '資料中心', '数据中心', 'data centres', 'data center']],
    ['computing-power', ['算力', 'computing power']],
    ['green-bond', ['綠色債券', '绿色债券', 'green bonds']],
    ['blended-finance', ['混合融資', '混合融资', 'blended finance']],
    ['mice', ['會展', '会展', 'MICE']],
    ['distribution', ['分銷', '分销', 'distributors']],
    ['oem', ['代工', 'OEM', 'contract manufacturing']],
    ['licensing', ['授權', '授权', 'licensing']],
    ['joint-venture', ['合資', '合资', 'joint venture', 'JV']],
    ['evtol', ['eVTOL', '飛行汽車', '飞行汽车']],
    ['clinical-trial', ['臨床試驗', '临床试验', 'clinical trials']],
  ])('recognises %s in every language', (concept, surfaces) => {
    for (const surface of surfaces) expect(conceptsIn(surface), surface).toEqual([concept]);
  });

  it('prefers the longest phrase', () => {
    expect(conceptsIn('drone delivery')).toEqual(['drone-delivery']);
    expect(conceptsIn('第三代半導體')).toEqual(['third-gen-semi']);
  });

  it('finds concepts inside running text in each language', () => {
    expect(conceptsIn('我們是深圳的無人機製造商，尋求東盟分銷商')).toEqual(
      expect.arrayContaining(['place:shenzhen', 'drone', 'manufacturing', 'place:asean', 'distribution']),
    );
    expect(conceptsIn('Seeking a partner for EDA tools and advanced packaging')).toEqual(['eda', 'advanced-packaging']);
  });

  it('does not match a phrase across a sentence break', () => {
    expect(conceptsIn('testing. certification')).toEqual(['testing', 'certification']);
  });

  it('weights everyday business words like plain words, domain terms double', () => {
    const terms = analyseQuery('sales of drones').terms;
    expect(terms.get('c:sales')).toBe(1);
    expect(terms.get('c:drone')).toBe(2);
  });

  it('recognises places from the region taxonomy and common aliases', () => {
    expect(conceptsIn('Southeast Asia')).toEqual(['place:asean']);
    expect(conceptsIn('東南亞')).toEqual(['place:asean']);
    expect(conceptsIn('Dubai')).toEqual(['place:uae']);
  });
});
