// Capital and landing places: Hong Kong, Gulf and Singapore investors, and GBA / Hong Kong parks
// and investment-promotion bodies offering soft landing.
import type { Archetype } from '../types.ts';
import { GULF_BRANDS, HK_BRANDS, lt, MAINLAND_BRANDS, WESTERN_BRANDS } from './brands.ts';

const INVESTOR: Archetype = {
  id: 'investor',
  weight: 9,
  homes: ['hk', 'hk', 'hk', 'singapore', 'uae', 'saudi-arabia', 'shenzhen'],
  sectors: [['ai', 'semiconductors'], ['biotech'], ['new-energy', 'green-tech'], ['low-altitude', 'robotics']],
  sizes: ['sme', 'large'],
  culture: 'hk',
  voice: 'en',
  mix: [[['en'], 6], [['en', 'zh-Hant'], 2], [['zh-Hant'], 2]],
  names: { brands: [...HK_BRANDS, ...WESTERN_BRANDS, ...GULF_BRANDS], domain: 'ventures', en: ['{brand} Ventures', '{brand} Capital Partners', '{brand} Family Office', '{brand} Growth Fund'], 'zh-Hant': ['{brand}創投', '{brand}資本', '{brand}家族辦公室', '{brand}成長基金'] },
  capabilities: ['lead investor', 'board support', 'Hong Kong IPO preparation', 'Middle East market access'],
  certifications: ['SFC Type 9'],
  about: { en: ['{org} invests in {theme} from {home}, writing tickets of US$5–80m.'] },
  profiles: [
    { sectors: ['ai', 'semiconductors'], t: { theme: ['AI and semiconductors', '人工智能及半導體', '人工智能及半导体'] } },
    { sectors: ['biotech', 'medical-devices'], t: { theme: ['biotech and medical devices', '生物科技及醫療器械', '生物科技及医疗器械'] } },
    { sectors: ['new-energy', 'green-tech'], t: { theme: ['new energy and climate technology', '新能源及氣候科技', '新能源及气候科技'] } },
    { sectors: ['low-altitude', 'robotics'], t: { theme: ['the low-altitude economy and robotics', '低空經濟及機械人', '低空经济及机器人'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'investment',
      regions: ['hk', 'gba', 'shenzhen', 'hk-loop', 'asean', 'middle-east'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['growth', 'scale-up'],
      anonymous: 0.15,
      text: {
        en: lt(['Growth capital for {theme}', 'We invest in {theme}: US$5–80m tickets', 'Series B–D investor in {theme}'], ['We lead growth rounds in {theme} companies in Hong Kong, the Greater Bay Area and Asia.', 'Our fund has {usd:200-2000} under management and {n:15-60} portfolio companies.'], ['We help portfolio companies prepare for a Hong Kong listing, including under Chapter 18A and 18C.', 'Our limited partners include Gulf sovereign funds, which opens doors in the Middle East.', 'We co-invest with government-backed funds in the Northern Metropolis.'], ['Founders raising a Series B or later round, send us your deck.']),
        'zh-Hant': lt(['{theme}成長期投資', '投資{theme}企業'], ['我們領投香港、大灣區及亞洲{theme}企業的成長輪融資。'], ['協助被投企業準備在港上市，包括第十八A章及十八C章。', '有限合夥人包括中東主權基金，可協助企業開拓中東市場。'], ['B輪或以後的創業團隊，歡迎遞交計劃書。']),
      },
    },
    {
      kind: 'offer',
      category: 'joint-venture',
      regions: ['middle-east', 'saudi-arabia', 'uae', 'hk'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['growth', 'scale-up'],
      text: {
        en: lt(['Joint ventures in the Gulf for {theme} companies'], ['We co-found joint ventures that bring Chinese {theme} companies to the Gulf, with local manufacturing and government customers.'], ['We take a minority stake, provide land and licences through our partners, and help with localisation requirements.'], ['Companies ready to build locally, get in touch.']),
        'zh-Hant': lt(['在海灣地區設立{theme}合資企業'], ['我們與中國{theme}企業在海灣地區成立合資公司，發展本地製造及政府客戶。'], ['我們持少數股權，透過合作夥伴提供土地及牌照，並協助滿足本地化要求。'], ['準備在當地落地的企業歡迎聯絡。']),
      },
    },
  ],
};

const LANDING_PARK: Archetype = {
  id: 'landing-park',
  weight: 4,
  homes: ['qianhai', 'nansha', 'hengqin', 'hk-science-park', 'hk-loop', 'dongguan'],
  sectors: [['industrial-internet', 'mice'], ['semiconductors', 'biotech'], ['low-altitude', 'ai']],
  sizes: ['public-body'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 5], [['zh-Hans', 'en'], 3], [['en'], 2]],
  names: { brands: MAINLAND_BRANDS, domain: 'park', en: ['{home} {brand} Innovation Park', '{home} Investment Promotion Centre'], 'zh-Hans': ['{home}{brand}创新产业园', '{home}投资促进服务中心'] },
  capabilities: ['soft landing', 'subsidies', 'talent housing', 'one-stop registration'],
  certifications: [],
  about: { 'zh-Hans': ['{org}为港澳及海外企业提供落地、政策及人才服务，重点发展{focus}。'] },
  profiles: [
    { t: { focus: ['Hong Kong–Shenzhen innovation cooperation', '深港科技創新合作', '深港科技创新合作'] } },
    { t: { focus: ['advanced manufacturing and the low-altitude economy', '先進製造及低空經濟', '先进制造及低空经济'] } },
    { t: { focus: ['biomedicine and Chinese medicine', '生物醫藥及中醫藥', '生物医药及中医药'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'market-entry',
      regions: ['hk', 'eu', 'asean', 'middle-east', 'japan', 'korea'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['concept', 'pilot', 'growth'],
      text: {
        'zh-Hans': lt(['{home}产业园：为港澳及海外企业提供落地服务', '落户{home}，享受{focus}专项政策'], ['园区聚焦{focus}，已引进企业{n:80-600}家。'], ['提供最长{n:1-3}年免租办公及实验空间、人才公寓和一站式工商注册。', '对港澳企业及人才有专项补贴，跨境通关便利。'], ['欢迎海外及港澳企业来访考察。']),
        en: lt(['Soft landing in {home} for Hong Kong and overseas companies'], ['Our park focuses on {focus} and hosts {n:80-600} companies.'], ['Up to {n:1-3} years of rent-free office and lab space, talent housing and one-stop registration.'], ['Overseas and Hong Kong companies are welcome to visit.']),
      },
    },
  ],
};

export const INVESTORS: Archetype[] = [INVESTOR, LANDING_PARK];
