// Each component of fit on its own, and the combined score's range.
import { describe, expect, it } from 'vitest';
import { bandFit, certificationFit, corridorFit, sectorFit } from '../../server/matching/components.ts';
import { indexListing, type IndexedListing } from '../../server/matching/indexed-listing.ts';
import { combine, structuredValues, textComponent } from '../../server/matching/scorer.ts';
import { taxonomyIndex } from '../../server/matching/taxonomy-index.ts';
import { TermDictionary } from '../../server/matching/term-dictionary.ts';
import type { MatchableListing } from '../../server/matching/index.ts';
import { CATEGORY_AFFINITY, COMPONENT_WEIGHTS, PARTIAL } from '../../server/matching/weights.ts';
import { listing } from './listing-factory.ts';

const taxonomy = taxonomyIndex();

const indexed = (fields: Partial<MatchableListing> & Pick<MatchableListing, 'kind'>) => indexListing(0, listing(fields), taxonomy, new TermDictionary());
const needListing = (fields: Partial<MatchableListing> = {}) => indexed({ kind: 'need', ...fields });
const offerListing = (fields: Partial<MatchableListing> = {}) => indexed({ kind: 'offer', ...fields });
/** Packed rows, as the component functions read them. */
const need = (fields: Partial<MatchableListing> = {}) => needListing(fields).view;
const offer = (fields: Partial<MatchableListing> = {}) => offerListing(fields).view;

function componentValues(a: IndexedListing, b: IndexedListing, cosine: number) {
  const values = structuredValues(a.view, b.view, taxonomy, () => [a.wanted, b.held]);
  values.text = textComponent(cosine);
  return values;
}

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
    expect(sectorFit(need({ sectors: ['toys', 'fintech'] }), offer({ sectors: ['logistics', 'fintech'] }), taxonomy)).toBe(1);
  });

  it('counts the same broad sector a little less than the same specific one', () => {
    expect(sectorFit(need({ sectors: ['professional-services'] }), offer({ sectors: ['professional-services'] }), taxonomy)).toBeCloseTo(PARTIAL.sameBroadSector);
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
    const values = componentValues(needListing({ dealSize: '1m-5m', stage: 'growth' }), offerListing({ dealSize: '5m-20m', stage: 'growth' }), 0);
    expect([values.size, values.stage]).toEqual([PARTIAL.adjacentBand, 1]);
  });

  it('counts the certifications the need asks for that the offer or its organisation holds', () => {
    const asking = needListing({ certifications: ['ISO 13485', 'CE marking'] }).wanted;
    expect(certificationFit(asking, offerListing({ orgCertifications: ['ISO 13485:2016'] }).held)).toBe(0.5);
    expect(certificationFit(asking, offerListing({ certifications: ['CE'], orgCertifications: ['iso13485'] }).held)).toBe(1);
    expect(certificationFit(asking, offerListing({ orgCertifications: ['ISO 9001'] }).held)).toBe(0);
  });

  it('leaves certification out of the score when the need asks for none', () => {
    const plain = componentValues(needListing(), offerListing(), 0);
    const withUnmetRequest = componentValues(needListing({ certifications: ['FDA'] }), offerListing(), 0);
    expect(combine(plain, 0)).toBeGreaterThan(combine(withUnmetRequest, 1));
  });
});

describe('category fit and the combined score', () => {
  it('ranks same > compatible (alsoMatches) > neighbouring > unrelated, in value and in factor', () => {
    const pair = (a: string, b: string) => [taxonomy.categories.indexOf(a), taxonomy.categories.indexOf(b)] as const;
    expect(taxonomy.categoryScore(...pair('investment', 'investment'))).toBe(1);
    expect(taxonomy.categoryScore(...pair('investment', 'joint-venture'))).toBe(CATEGORY_AFFINITY.compatible.value);
    expect(taxonomy.categoryScore(...pair('technology-licensing', 'professional-service'))).toBe(CATEGORY_AFFINITY.neighbouring.value);
    expect(taxonomy.categoryScore(...pair('supply', 'investment'))).toBe(CATEGORY_AFFINITY.unrelated.value);
    const factors = [pair('supply', 'supply'), pair('investment', 'joint-venture'), pair('technology-licensing', 'professional-service'), pair('supply', 'investment')].map((p) => taxonomy.categoryFactor(...p));
    expect([...factors].sort((a, b) => b - a)).toEqual(factors);
    expect(factors[3]).toBeGreaterThan(0);
  });

  it('treats alsoMatches as symmetric', () => {
    const [marketEntry, service] = [taxonomy.categories.indexOf('market-entry'), taxonomy.categories.indexOf('professional-service')];
    expect(taxonomy.categoryScore(service, marketEntry)).toBe(taxonomy.categoryScore(marketEntry, service));
  });

  it('has component weights that add up to 1', () => {
    expect(Object.values(COMPONENT_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1);
  });

  it('stays within [0, 1], reaching 1 only when everything fits', () => {
    const a = needListing({ sectors: ['drones'], regions: ['asean'], dealSize: '1m-5m', stage: 'growth', certifications: ['CE'] });
    const b = offerListing({ sectors: ['drones'], orgRegion: 'singapore', dealSize: '1m-5m', stage: 'growth', orgCertifications: ['CE'] });
    expect(combine(componentValues(a, b, 1), 1)).toBeCloseTo(1);
    expect(combine(componentValues(needListing(), offerListing({ category: 'investment' }), 0), 0)).toBeGreaterThanOrEqual(0);
  });
});
