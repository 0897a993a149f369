// Taxonomy pickers on the client: groups under the right headings, labels in each language, and
// a filter that keeps what lies under a match.
import { describe, expect, it } from 'vitest';
import { categoryLabel, filterGroups, groupEntries } from '../../client/src/taxonomy/taxonomy-tree.ts';
import { LISTING_CATEGORIES, REGIONS, SECTORS } from '../../shared/taxonomy/index.ts';

const codesOf = (group: { options: { code: string }[] } | undefined) => group?.options.map((option) => option.code) ?? [];

describe('taxonomy groups', () => {
  it('puts sectors under the three pillars, which are headings and not choices', () => {
    const groups = groupEntries(SECTORS, 'en', { headingSelectable: false });
    expect(groups.map((group) => group.code)).toEqual(['new-services', 'new-manufacturing', 'new-business-forms']);
    const services = groups[0];
    expect(codesOf(services)).not.toContain('new-services');
    expect(services.options.find((option) => option.code === 'low-altitude')?.depth).toBe(0);
    expect(services.options.find((option) => option.code === 'drones')?.depth).toBe(1);
  });

  it('puts regions under Hong Kong, Macao, the GBA, the Mainland, Belt and Road and other economies, each choosable', () => {
    const groups = groupEntries(REGIONS, 'zh-Hant', { headingSelectable: true });
    expect(groups.map((group) => group.code)).toEqual(['hk', 'macao', 'gba', 'mainland', 'belt-road', 'international']);
    const gba = groups.find((group) => group.code === 'gba');
    expect(gba?.label).toBe('大灣區內地城市');
    expect(gba?.options[0]).toEqual({ code: 'gba', label: '大灣區內地城市', depth: 0 });
    expect(gba?.options.find((option) => option.code === 'qianhai')).toEqual({ code: 'qianhai', label: '前海', depth: 2 });
  });

  it('keeps every entry exactly once', () => {
    const regions = groupEntries(REGIONS, 'en', { headingSelectable: true }).flatMap(codesOf);
    expect(new Set(regions).size).toBe(REGIONS.length);
  });
});

describe('filtering a picker', () => {
  const sectors = groupEntries(SECTORS, 'en', { headingSelectable: false });

  it('keeps the narrower entries under a matching one', () => {
    const [group] = filterGroups(sectors, 'biotech');
    expect(codesOf(group)).toEqual(['biotech', 'clinical-trials', 'medical-devices', 'pharma']);
  });

  it('keeps a whole group when its heading matches, and drops groups with nothing left', () => {
    const found = filterGroups(sectors, 'new manufacturing');
    expect(found.map((group) => group.code)).toEqual(['new-manufacturing']);
    expect(codesOf(found[0])).toEqual(codesOf(sectors[1]));
  });

  it('matches Chinese labels and ignores case and spaces around the text', () => {
    const hans = groupEntries(SECTORS, 'zh-Hans', { headingSelectable: false });
    expect(filterGroups(hans, ' 无人机 ').flatMap(codesOf)).toEqual(['drones']);
    expect(filterGroups(sectors, '  EVTOL').flatMap(codesOf)).toEqual(['evtol']);
  });

  it('returns every group for an empty filter', () => {
    expect(filterGroups(sectors, '   ')).toEqual(sectors);
  });
});

describe('category labels', () => {
  const supply = LISTING_CATEGORIES.find((category) => category.code === 'supply');

  it('names a category for the kind of listing, in each language', () => {
    if (!supply) throw new Error('supply category missing');
    expect(categoryLabel(supply, 'en', 'need')).toBe('Seeking a supplier');
    expect(categoryLabel(supply, 'zh-Hant', 'need')).toBe('尋找供應商');
    expect(categoryLabel(supply, 'zh-Hans', 'offer')).toBe('提供制造');
    expect(categoryLabel(supply, 'en')).toBe('Supply & manufacturing');
  });
});
