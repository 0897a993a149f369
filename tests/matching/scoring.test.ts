// Each component of fit on its own, and the combined score's range.
import { describe, expect, it } from 'vitest';
import { bandFit, certificationFit, corridorFit, languageFit, sectorFit } from '../../server/matching/components.ts';
import { indexListing, LANG_BITS } from '../../server/matching/indexed-listing.ts';
import { combine, componentValues } from '../../server/matching/scorer.ts';
import { TAXONOMY_INDEX as taxonomy } from '../../server/matching/taxonomy-index.ts';
import { TermDictionary } from '../../server/matching/term-dictionary.ts';
import type { MatchableListing } from '../../server/matching/index.ts';
import { PARTIAL } from '../../server/matching/weights.ts';
import { listing } from './listing-factory.ts';

const indexed = (fields: Partial<MatchableListing> & Pick<MatchableListing, 'kind'>) => indexListing(0, listing(fields), taxonomy, new TermDictionary());
const need = (fields: Partial<MatchableListing> = {}) => indexed({ kind: 'need', ...fields });
const offer = (fields: Partial<MatchableListing> = {}) => indexed({ kind: 'offer', ...fields });

describe('sector fit', () => {
  it('is full for the same sector', () => {
    expect(sectorFit(need({ sectors: ['testing-certification'] }), offer({ sectors: ['testing-certification'] }), taxonomy)).toBe(1);
  });

  it('is partial for a sector and its sub-sector', () => {
    expect(sectorFit(need({ sectors: ['low-altitude'] }), offer({ sectors: ['drones'] }), taxonomy)).toBeCloseTo(PARTIAL.sectorParentChild);
  });

  it('is smaller for sibling sub-sectors under one parent', () => {
    expect(sectorFit(need({ sectors: ['drones'] }), offer({ sectors: ['evtol'] }), taxonomy)).toBeCloseTo(PARTIAL.sectorSibling);
  });

  it('is zero across pillars or for sectors that only share a pillar', () => {
    expect(sectorFit(need({ sectors: ['drones'] }), offer({ sectors: ['toys'] }), taxonomy)).toBe(0);
    expect(sectorFit(need({ sectors: ['biotech'] }), offer({ sectors: ['semiconductors'] }), taxonomy)).toBe(0);
  });

  it('takes the best pair when listings have several sectors', () => {
    expect(sectorFit(need({ sectors: ['toys', 'e-commerce'] }), offer({ sectors: ['logistics', 'e-commerce'] }), taxonomy)).toBe(1);
  });
});

describe('corridor fit', () => {
  const shenzhenToAsean = need({ orgRegion: 'shenzhen', regions: ['asean'] });

  it('is full when the offer works inside the target region (Singapore is in ASEAN)', () => {
    expect(corridorFit(shenzhenToAsean, offer({ orgRegion: 'singapore', regions: ['singapore'] }), taxonomy)).toBe(1);
  });

  it("counts the offer's home region as well as its regions", () => {
    expect(corridorFit(shenzhenToAsean, offer({ orgRegion: 'vietnam', regions: [] }), taxonomy)).toBe(1);
  });

  it('is high when the offer covers a wider area containing the target', () => {
    const toVietnam = need({ orgRegion: 'shenzhen', regions: ['vietnam'] });
    expect(corridorFit(toVietnam, offer({ orgRegion: 'hk', regions: ['asean'] }), taxonomy)).toBeCloseTo(PARTIAL.regionOfferWider);
  });

  it('is partial for a neighbouring market and within the wider bay area', () => {
    const toSingapore = need({ orgRegion: 'germany', regions: ['singapore'] });
    expect(corridorFit(toSingapore, offer({ orgRegion: 'malaysia', regions: ['malaysia'] }), taxonomy)).toBeCloseTo(PARTIAL.regionSibling);
    const toHongKong = need({ orgRegion: 'germany', regions: ['hk'] });
    expect(corridorFit(toHongKong, offer({ orgRegion: 'shenzhen', regions: ['shenzhen'] }), taxonomy)).toBeCloseTo(PARTIAL.regionBayArea);
  });

  it("treats the need's home as a target, a little less", () => {
    const hkNeed = need({ orgRegion: 'hk', regions: ['middle-east'] });
    expect(corridorFit(hkNeed, offer({ orgRegion: 'hk', regions: ['hk'] }), taxonomy)).toBeCloseTo(PARTIAL.needHomeAsTarget);
  });

  it('is zero for unrelated markets', () => {
    expect(corridorFit(shenzhenToAsean, offer({ orgRegion: 'germany', regions: ['eu'] }), taxonomy)).toBe(0);
  });
});

describe('deal size, stage, language and certification fit', () => {
  it('scores same, adjacent, distant and unknown bands', () => {
    expect(bandFit(1, 1)).toBe(1);
    expect(bandFit(1, 2)).toBe(PARTIAL.adjacentBand);
    expect(bandFit(0, 3)).toBe(0);
    expect(bandFit(-1, 3)).toBe(PARTIAL.unknownBand);
  });

  it('maps deal sizes and stages from the taxonomy', () => {
    const values = componentValues(need({ dealSize: '1m-5m', stage: 'growth' }), offer({ dealSize: '5m-20m', stage: 'growth' }), 0, taxonomy);
    expect([values.size, values.stage]).toEqual([PARTIAL.adjacentBand, 1]);
  });

  it('rewards a shared working language, and 繁體 with 简体 nearly as much', () => {
    expect(languageFit(LANG_BITS.en | LANG_BITS['zh-Hant'], LANG_BITS.en)).toBe(1);
    expect(languageFit(LANG_BITS['zh-Hant'], LANG_BITS['zh-Hans'])).toBe(PARTIAL.chineseScripts);
    expect(languageFit(LANG_BITS.en, LANG_BITS['zh-Hans'])).toBe(0);
    expect(languageFit(0, LANG_BITS.en)).toBe(PARTIAL.unknownLanguage);
  });

  it('counts the certifications the need asks for that the offer or its organisation holds', () => {
    const asking = need({ certifications: ['ISO 13485', 'CE marking'] });
    expect(certificationFit(asking, offer({ orgCertifications: ['ISO 13485:2016'] }))).toBe(0.5);
    expect(certificationFit(asking, offer({ certifications: ['CE'], orgCertifications: ['iso13485'] }))).toBe(1);
    expect(certificationFit(asking, offer({ orgCertifications: ['ISO 9001'] }))).toBe(0);
  });

  it('leaves certification out of the score when the need asks for none', () => {
    const plain = componentValues(need(), offer(), 0, taxonomy);
    const withUnmetRequest = componentValues(need({ certifications: ['FDA'] }), offer(), 0, taxonomy);
    expect(combine(plain, need())).toBeGreaterThan(combine(withUnmetRequest, need({ certifications: ['FDA'] })));
  });
});

describe('category fit and the combined score', () => {
  it('prefers the same category to one compatible through alsoMatches', () => {
    expect(taxonomy.categoryScore(taxonomy.categories.indexOf('investment'), taxonomy.categories.indexOf('investment'))).toBe(1);
    expect(taxonomy.categoryScore(taxonomy.categories.indexOf('investment'), taxonomy.categories.indexOf('joint-venture'))).toBe(PARTIAL.compatibleCategory);
    expect(taxonomy.categoryScore(taxonomy.categories.indexOf('supply'), taxonomy.categories.indexOf('investment'))).toBe(0);
  });

  it('treats alsoMatches as symmetric', () => {
    const [marketEntry, service] = [taxonomy.categories.indexOf('market-entry'), taxonomy.categories.indexOf('professional-service')];
    expect(taxonomy.categoryScore(service, marketEntry)).toBe(taxonomy.categoryScore(marketEntry, service));
  });

  it('stays within [0, 1], reaching 1 only when everything fits', () => {
    const a = need({ sectors: ['drones'], regions: ['asean'], dealSize: '1m-5m', stage: 'growth', certifications: ['CE'] });
    const b = offer({ sectors: ['drones'], orgRegion: 'singapore', dealSize: '1m-5m', stage: 'growth', orgCertifications: ['CE'] });
    expect(combine(componentValues(a, b, 1, taxonomy), a)).toBeCloseTo(1);
    expect(combine(componentValues(need(), offer({ category: 'investment' }), 0, taxonomy), need())).toBeGreaterThanOrEqual(0);
  });
});
