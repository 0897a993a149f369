// Titles of deals opened from a match: organisations by their brand, in the deal's language,
// and the subject of the need — short, with no legal forms and no doubled full stops.
import { describe, expect, it } from 'vitest';
import { listingSubject, matchDealTitle, orgNameIn, shortOrgName } from '../../server/deals/deal-title.ts';

const YUNLING = { name: '深圳云翎无人机科技有限公司', names: { en: 'Yunling UAV Technology (Shenzhen) Co., Ltd.', 'zh-Hant': '深圳雲翎無人機科技有限公司', 'zh-Hans': '深圳云翎无人机科技有限公司' } };
const MERLION = { name: 'Merlion Aerial Systems Pte. Ltd.', names: { en: 'Merlion Aerial Systems Pte. Ltd.', 'zh-Hans': '狮城航空系统有限公司' } };
const NEED = '植保无人机寻求东盟经销商 | Agricultural spraying drones: distributors wanted across ASEAN';

describe('deal titles from a match', () => {
  it('calls an organisation by its brand', () => {
    expect(
      [
        'Merlion Aerial Systems Pte. Ltd.',
        'Yunling UAV Technology (Shenzhen) Co., Ltd.',
        'Kwok & Leung, Solicitors',
        'Kin Wah Logistics (HK) Ltd',
        'Meridian Biosciences GmbH',
        'Straits Distribution Sdn Bhd',
        'Pearl River Drones',
        'Acme',
        '深圳云翎无人机科技有限公司',
        '深圳雲翎無人機科技有限公司',
        '狮城航空系统有限公司',
        '郭梁律師行',
        '華芯半導體科技有限公司',
        '星河物流（香港）有限公司',
      ].map(shortOrgName),
    ).toEqual(['Merlion', 'Yunling', 'Kwok & Leung', 'Kin Wah', 'Meridian', 'Straits', 'Pearl River', 'Acme', '云翎', '雲翎', '狮城', '郭梁', '華芯', '星河']);
  });

  it('keeps a name it cannot shorten', () => {
    expect(shortOrgName('Ltd.')).toBe('Ltd.');
    expect(shortOrgName('有限公司')).toBe('有限公司');
  });

  it('takes the subject in the deal’s language from a bilingual title, before its colon', () => {
    expect(listingSubject(NEED, 'en')).toBe('agricultural spraying drones');
    expect(listingSubject(NEED, 'zh-Hans')).toBe('植保无人机寻求东盟经销商');
    expect(listingSubject('ASEAN distributors: drones', 'en')).toBe('ASEAN distributors');
    expect(listingSubject('Sourcing agricultural spraying drones from Shenzhen (OEM, 500 a year)', 'en')).toBe('sourcing agricultural spraying drones from Shenzhen');
    expect(listingSubject('A very long listing title that goes on and on about many different things at once', 'en')).toBe('a very long listing title that goes on and on about many…');
    expect(listingSubject('無人機出口歐盟尋求CE認證檢測及法律合規服務以及更多其他', 'zh-Hant')).toHaveLength(17);
  });

  it('is short in each language, with the language’s colon', () => {
    expect(matchDealTitle({ need: orgNameIn(YUNLING, 'en'), offer: orgNameIn(MERLION, 'en') }, NEED, 'en')).toBe('Yunling × Merlion: agricultural spraying drones');
    expect(matchDealTitle({ need: orgNameIn(YUNLING, 'zh-Hans'), offer: orgNameIn(MERLION, 'zh-Hans') }, NEED, 'zh-Hans')).toBe('云翎 × 狮城：植保无人机寻求东盟经销商');
    // No Traditional name: the English one, never the Simplified.
    expect(matchDealTitle({ need: orgNameIn(YUNLING, 'zh-Hant'), offer: orgNameIn(MERLION, 'zh-Hant') }, NEED, 'zh-Hant')).toBe('雲翎 × Merlion：植保无人机寻求东盟经销商');
  });
});
