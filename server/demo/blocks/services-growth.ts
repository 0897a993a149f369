// Services that help firms grow abroad: brand and PR agencies, exhibition organisers, and STEM
// talent and training providers.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt, WESTERN_BRANDS } from './brands.ts';

const BRAND_AGENCY: Archetype = {
  id: 'brand-agency',
  weight: 5,
  homes: ['hk', 'hk', 'singapore', 'uk', 'uae'],
  sectors: [['brand-pr']],
  sizes: ['startup', 'sme'],
  culture: 'western',
  voice: 'en',
  mix: [[['en'], 5], [['en', 'zh-Hant'], 3], [['zh-Hant'], 2]],
  names: { brands: [...WESTERN_BRANDS, ...HK_BRANDS], domain: 'agency', en: ['{brand} Brand Partners', '{brand} Communications Ltd', '{brand} Creative Asia'], 'zh-Hant': ['{brand}品牌顧問', '{brand}傳訊有限公司', '{brand}創意亞洲'] },
  capabilities: ['brand strategy', 'PR', 'social media', 'influencer marketing', 'localisation'],
  certifications: [],
  about: { en: ['{org} builds brands for Chinese companies going global, from Hong Kong.'] },
  profiles: [{ t: { craft: ['brand strategy and design', '品牌策略及設計', '品牌策略及设计'] } }, { t: { craft: ['PR and social-media campaigns', '公關及社交媒體推廣', '公关及社交媒体推广'] } }],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      regions: ['hk', 'asean', 'middle-east', 'eu', 'us', 'uk'],
      dealSizes: ['under-1m'],
      stages: ['growth', 'mature'],
      text: {
        en: lt(['{craft} for Chinese brands going global', 'Helping Greater Bay Area brands win customers in {market}'], ['We have launched {n:20-120} Chinese brands in {markets}.'], ['We turn factory know-how into a brand story buyers trust, in the local language and on local platforms.', 'Hong Kong’s bilingual creative talent sits between Mainland makers and international audiences.'], ['Manufacturers moving from OEM to their own brand, let us talk.']),
        'zh-Hant': lt(['{craft}：助中國品牌出海'], ['我們已協助{n:20-120}個中國品牌進入{markets}。'], ['以當地語言及平台講好品牌故事，建立海外買家信任。'], ['由代工轉型自主品牌的企業，歡迎聯絡。']),
      },
    },
  ],
};

const EXHIBITION_ORGANISER: Archetype = {
  id: 'exhibition-organiser',
  weight: 5,
  homes: ['hk', 'hk', 'macao', 'guangzhou', 'uae'],
  sectors: [['mice'], ['mice', 'industrial-internet']],
  sizes: ['sme', 'large'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant', 'en'], 6], [['en'], 2], [['zh-Hant'], 2]],
  names: { brands: HK_BRANDS, domain: 'expo', en: ['{brand} Exhibitions Ltd', '{brand} Events & Conventions'], 'zh-Hant': ['{brand}展覽有限公司', '{brand}會議展覽'] },
  capabilities: ['trade fairs', 'business matching', 'conferences', 'hybrid events'],
  certifications: ['UFI member'],
  about: { 'zh-Hant': ['{org}每年在{home}舉辦{n:5-30}個專業展覽及論壇。'] },
  profiles: [
    { sectors: ['mice', 'low-altitude'], t: { show: ['low-altitude economy and drone expo', '低空經濟及無人機展', '低空经济及无人机展'] } },
    { sectors: ['mice', 'biotech'], t: { show: ['healthcare and biotech fair', '醫療健康及生物科技展', '医疗健康及生物科技展'] } },
    { sectors: ['mice', 'green-finance'], t: { show: ['green finance and climate-tech summit', '綠色金融及氣候科技峰會', '绿色金融及气候科技峰会'] } },
    { sectors: ['mice', 'toys'], t: { show: ['toys, games and licensing fair', '玩具、遊戲及品牌授權展', '玩具、游戏及品牌授权展'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'market-entry',
      fixedRegions: ['hk'],
      regions: ['gba', 'macao', 'asean', 'middle-east'],
      dealSizes: ['under-1m'],
      stages: ['mature'],
      text: {
        'zh-Hant': lt(['{show}：展位及買家配對', '參展{show}，接觸{n:5000-40000}名專業買家'], ['本屆{show}預計吸引{n:5000-40000}名來自{markets}的專業買家。'], ['除展位外，我們按採購需求預先配對買家，不只是一份參展商名單。', '設有「一帶一路」買家專區及投資者路演。'], ['歡迎企業報名參展。']),
        en: lt(['{show}: exhibitor places and buyer matching'], ['This year’s {show} expects {n:5000-40000} trade buyers from {markets}.'], ['Beyond booths, we pre-match buyers by their sourcing needs — more than a list of exhibitors.', 'Belt and Road buyer zone and investor pitching sessions.'], ['Exhibitors, book your place.']),
      },
    },
  ],
};

const STEM_TALENT: Archetype = {
  id: 'stem-talent',
  weight: 3,
  homes: ['hk', 'hk-science-park', 'macao', 'guangzhou'],
  sectors: [['stem-talent']],
  sizes: ['sme', 'public-body'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 4], [['en'], 2]],
  names: { brands: HK_BRANDS, domain: 'academy', en: ['{brand} STEM Academy', '{brand} Talent Partners'], 'zh-Hant': ['{brand}科創學院', '{brand}人才顧問'] },
  capabilities: ['engineering training', 'executive search', 'talent visas', 'university partnerships'],
  certifications: ['QF recognised'],
  about: { 'zh-Hant': ['{org}為大灣區企業培訓及招聘{talent}。'] },
  profiles: [{ t: { talent: ['chip and AI engineers', '晶片及AI工程師', '芯片及AI工程师'] } }, { t: { talent: ['drone pilots and low-altitude technicians', '無人機飛手及低空技術人員', '无人机飞手及低空技术人员'] } }, { t: { talent: ['biotech laboratory staff', '生物科技實驗室人員', '生物科技实验室人员'] } }],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'hk-loop', 'hk-san-tin', 'asean'],
      dealSizes: ['under-1m'],
      stages: ['mature'],
      text: {
        'zh-Hant': lt(['{talent}培訓及招聘'], ['我們已為大灣區企業培訓及招聘{n:300-3000}名{talent}。'], ['與本地大學合作開辦課程，協助申請「高端人才通行證」等人才計劃。'], ['歡迎企業聯絡。']),
        en: lt(['Training and hiring {talent}'], ['We have trained and placed {n:300-3000} {talent} for Bay Area employers.'], ['Courses run with local universities; we help with Hong Kong talent-visa schemes.'], ['Employers, get in touch.']),
      },
    },
  ],
};

export const SERVICES_GROWTH: Archetype[] = [BRAND_AGENCY, EXHIBITION_ORGANISER, STEM_TALENT];
