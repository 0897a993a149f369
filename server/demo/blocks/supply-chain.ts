// Cross-border supply chains: Hong Kong supply-chain headquarters and logistics firms, and
// trade-finance providers.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt, WESTERN_BRANDS } from './brands.ts';

const SUPPLY_CHAIN_HQ: Archetype = {
  id: 'supply-chain-hq',
  weight: 8,
  homes: ['hk', 'hk', 'hk-northern-metropolis', 'qianhai', 'nansha'],
  sectors: [['supply-chain', 'logistics'], ['supply-chain', 'cross-border-e-commerce'], ['logistics']],
  sizes: ['sme', 'large'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 4], [['en'], 2]],
  names: {
    brands: HK_BRANDS,
    domain: 'logistics',
    en: ['{brand} Supply Chain Management Ltd', '{brand} Logistics (HK) Ltd', '{brand} Global Sourcing Ltd'],
    'zh-Hant': ['{brand}供應鏈管理有限公司', '{brand}物流（香港）有限公司', '{brand}環球採購有限公司'],
  },
  capabilities: ['multi-country sourcing', 'bonded warehousing', 'customs brokerage', 'air and sea freight', 'supplier audits'],
  certifications: ['AEO', 'ISO 9001', 'TAPA'],
  about: { 'zh-Hant': ['{org}以香港為供應鏈管理中心，連接大灣區工廠與{n:20-80}個海外市場。'], en: ['{org} runs supply chains from Hong Kong, linking Bay Area factories with {n:20-80} markets.'] },
  profiles: [
    { t: { service: ['multi-country sourcing and quality control', '多國採購及品質管理', '多国采购及品质管理'] } },
    { t: { service: ['cross-border e-commerce fulfilment', '跨境電商履約', '跨境电商履约'] } },
    { t: { service: ['cold-chain logistics for food and pharma', '食品及醫藥冷鏈物流', '食品及医药冷链物流'] } },
    { t: { service: ['air and sea freight with customs clearance', '空運、海運及報關', '空运、海运及报关'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'asean', 'middle-east', 'eu', 'africa', 'us'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['mature'],
      text: {
        'zh-Hant': lt(
          ['香港跨國供應鏈管理中心：{service}', '以香港為樞紐，為「走出去」企業提供{service}'],
          ['本公司總部設於香港，在{markets}設有倉庫及合作夥伴，提供{service}。', '我們是香港的供應鏈管理公司，每年處理超過{n:5000-60000}個貨櫃。'],
          ['可利用香港自由港及簽訂的自貿協定，為內地廠商「一地採購、多地分銷」。', '提供貿易融資對接、出口信用保險安排及供應鏈數據可視化。', '協助企業把部分產能轉移至東盟，同時保留大灣區研發及核心工序。'],
          ['歡迎製造商及品牌商聯絡。', '可在香港或深圳面談。'],
        ),
        en: lt(
          ['Hong Kong supply-chain headquarters: {service}', '{service} for manufacturers going global'],
          ['Headquartered in Hong Kong with warehouses and partners in {markets}, we provide {service}.'],
          ['We use Hong Kong’s free port and trade agreements to source in one place and distribute to many.', 'We connect clients with trade finance and export-credit insurance and give them end-to-end shipment visibility.', 'We help manufacturers move part of their capacity to ASEAN while keeping R&D and core processes in the Bay Area.'],
          ['Manufacturers and brands, get in touch.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'joint-venture',
      sectors: ['logistics'],
      regions: ['vietnam', 'indonesia', 'thailand', 'uae', 'saudi-arabia', 'hungary', 'kazakhstan'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['growth'],
      text: {
        'zh-Hant': lt(['尋求{market}合作夥伴共建海外倉'], ['為配合客戶拓展{markets}市場，我們計劃合資興建約{n:10000-50000}平方米的海外倉。'], ['合作方需具備當地物流牌照及土地資源。'], ['歡迎當地物流企業及產業園區洽談。']),
        en: lt(['Partner wanted for a fulfilment centre in {market}'], ['Our clients are expanding into {markets}; we plan a {n:10000-50000} m² joint-venture warehouse there.'], ['The partner should hold local logistics licences and land.'], ['Local logistics firms and industrial parks welcome.']),
      },
    },
  ],
};

const TRADE_FINANCE: Archetype = {
  id: 'trade-finance',
  weight: 4,
  homes: ['hk', 'hk', 'singapore', 'hk-cyberport'],
  sectors: [['trade-finance', 'fintech'], ['trade-finance']],
  sizes: ['sme', 'large'],
  culture: 'western',
  voice: 'en',
  mix: [[['en'], 6], [['en', 'zh-Hant'], 4]],
  names: { brands: [...WESTERN_BRANDS, ...HK_BRANDS], domain: 'finance', en: ['{brand} Trade Finance Ltd', '{brand} Capital Partners', '{brand} Supply Chain Finance Ltd'], 'zh-Hant': ['{brand}貿易融資有限公司', '{brand}資本夥伴', '{brand}供應鏈金融有限公司'] },
  capabilities: ['receivables financing', 'letters of credit', 'export-credit insurance', 'digital trade platforms'],
  certifications: ['HKMA licensed', 'SFC Type 9'],
  about: { en: ['{org} finances cross-border trade for small and mid-sized exporters from Hong Kong.'] },
  profiles: [{ t: { product: ['receivables financing', '應收賬款融資', '应收账款融资'] } }, { t: { product: ['export-credit-insured facilities', '出口信用保險融資', '出口信用保险融资'] } }],
  listings: [
    {
      kind: 'offer',
      category: 'investment',
      sectors: ['trade-finance'],
      fixedRegions: ['gba', 'hk'],
      regions: ['asean', 'middle-east', 'africa', 'eu', 'cee'],
      dealSizes: ['under-1m', '1m-5m', '5m-20m'],
      stages: ['growth', 'mature'],
      text: {
        en: lt(['Trade finance for exporters: {product}', 'Working capital for Greater Bay Area exporters selling to {market}'], ['We provide {product} for exporters from the Greater Bay Area selling to {markets}.'], ['Facilities from US$200k, approved within {n:5-15} working days on our digital trade platform.', 'Combined with export-credit insurance, we can offer open-account terms to your buyers.'], ['Exporters and their supply-chain managers, get in touch.']),
        'zh-Hant': lt(['出口貿易融資：{product}'], ['我們為大灣區出口企業提供{product}，支援銷往{markets}的訂單。'], ['額度由20萬美元起，透過數碼貿易平台{n:5-15}個工作天內批核。'], ['歡迎出口商查詢。']),
      },
    },
  ],
};

export const SUPPLY_CHAIN: Archetype[] = [SUPPLY_CHAIN_HQ, TRADE_FINANCE];
