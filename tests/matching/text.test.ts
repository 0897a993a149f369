// Text handling: normalisation, Traditional/Simplified folding, Chinese segmentation, English terms.
import { describe, expect, it } from 'vitest';
import { analyseListingText, analyseQuery } from '../../server/matching/text/analyse.ts';
import { chineseBigrams, chineseWords } from '../../server/matching/text/chinese.ts';
import { englishTerms, stem } from '../../server/matching/text/english.ts';
import { normalise, tagKey } from '../../server/matching/text/normalise.ts';

describe('normalisation', () => {
  it('folds full-width forms and case with NFKC', () => {
    expect(normalise('ＵＡＶ　Ｄｒｏｎｅ２０２４')).toBe('uav drone2024');
  });

  it('folds Traditional Chinese to Simplified so both scripts meet', () => {
    expect(normalise('檢測認證')).toBe('检测认证');
    expect(normalise('無人機製造商')).toBe('无人机制造商');
    expect(normalise('跨境電商')).toBe(normalise('跨境电商'));
  });

  it('folds Traditional phrases, not only characters (晶片 → 芯片, 資料中心 → 数据中心)', () => {
    expect(normalise('晶片設計')).toBe('芯片设计');
    expect(normalise('資料中心')).toBe('数据中心');
    expect(normalise('碳化矽')).toBe('碳化硅');
  });

  it('leaves Simplified text unchanged', () => {
    expect(normalise('深圳无人机制造商寻求东盟分销伙伴')).toBe('深圳无人机制造商寻求东盟分销伙伴');
  });

  it('makes certification tags comparable', () => {
    expect(tagKey('ISO 13485:2016')).toBe(tagKey('iso13485'));
    expect(tagKey('ＣＥ Marking')).toBe('cemarking');
  });
});

describe('Chinese segmentation', () => {
  it('splits Simplified text into dictionary words', () => {
    const words = chineseWords('深圳无人机制造商寻求东盟分销伙伴');
    expect(words).toContain('深圳');
    expect(words).toContain('分销');
  });

  it('segments Traditional text too', () => {
    expect(chineseWords('香港檢測認證機構')).toContain('香港');
  });

  it('drops single characters and function words', () => {
    const words = chineseWords('我们的产品和服务');
    expect(words).not.toContain('的');
    expect(words).not.toContain('我们');
    expect(words).toContain('产品');
  });

  it('adds overlapping character bigrams for recall where the dictionary fails', () => {
    expect(chineseBigrams('跨境电商')).toEqual(['跨境', '境电', '电商']);
  });

  it('ignores Latin text inside Chinese runs', () => {
    expect(chineseBigrams('AI芯片')).toEqual(['芯片']);
  });
});

describe('English terms', () => {
  it('drops stop words and numbers, stems plurals and common endings', () => {
    expect(englishTerms(normalise('We are seeking distributors for the batteries in 2025'))).toEqual(['distributor', 'battery']);
  });

  it('stems lightly, keeping domain words apart', () => {
    expect(stem('certifications')).toBe('certification');
    expect(stem('testing')).toBe('test');
    expect(stem('process')).toBe('process');
    expect(stem('generation')).not.toBe(stem('generator'));
  });
});

describe('analysed listing text', () => {
  it('weights title terms above description terms', () => {
    const { terms } = analyseListingText('robotics', 'robotics');
    expect(terms.get('c:robotics')).toBeGreaterThan(analyseQuery('robotics').terms.get('c:robotics') as number);
  });

  it('gives the same concept terms for one idea in English, 繁體 and 简体', () => {
    const concepts = (text: string) => [...analyseQuery(text).terms.keys()].filter((term) => term.startsWith('c:')).sort();
    expect(concepts('無人機 跨境電商')).toEqual(concepts('无人机 跨境电商'));
    expect(concepts('drones, cross-border e-commerce')).toEqual(concepts('無人機 跨境電商'));
  });

  it('keeps words outside the glossary as words and bigrams', () => {
    const { terms } = analyseQuery('榴蓮出口 durian');
    expect(terms.has('w:durian')).toBe(true);
    expect(terms.has('w:榴莲') || terms.has('b:榴莲')).toBe(true);
  });
});
