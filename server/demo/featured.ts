// The hand-made heart of the demo: the sign-in accounts and their organisations, with listings
// written so that the drone maker and the Singapore distributor match each other both ways.
import type { DemoDataset, DemoListing, DemoOrg } from './types.ts';

/** Shared by every demo account, featured or generated. */
export const DEMO_PASSWORD = 'Victoria-Harbour-2024';

/** The sign-in accounts listed in the README, one per role. */
export const DEMO_ACCOUNTS = {
  admin: { name: 'Grace Ho 何嘉慧', email: 'admin@superconnector.example' },
  droneMaker: { name: '李伟 Li Wei', email: 'li.wei@yunling-uav.example' },
  distributor: { name: 'Rachel Tan', email: 'rachel.tan@merlion-aerial.example' },
  adviser: { name: 'Karen Kwok 郭嘉欣', email: 'karen.kwok@kwokleung-law.example' },
  manager: { name: 'Daniel Leung 梁志明', email: 'daniel.leung@baytrade.example' },
} as const;

/** Keys of the featured organisations in the data set. */
export const FEATURED = {
  operator: 'featured:operator',
  droneMaker: 'featured:drone-maker',
  distributor: 'featured:distributor',
  lawFirm: 'featured:law-firm',
  tradeBody: 'featured:trade-body',
} as const;

/** Listing keys of the two complementary pairs between the drone maker and the distributor. */
export const FEATURED_PAIRS = {
  /** Left as a fresh suggestion, for trying the match workflow live. */
  distribution: { need: 'featured:drones-need-distribution', offer: 'featured:distributor-offer-distribution' },
  /** Taken to mutual interest and a deal room with the adviser and the manager. */
  supply: { need: 'featured:distributor-need-supply', offer: 'featured:drones-offer-supply' },
} as const;

const ORGS: DemoOrg[] = [
  {
    key: FEATURED.operator,
    archetype: 'featured',
    owner: DEMO_ACCOUNTS.admin,
    members: [],
    profile: {
      name: 'Superconnector Platform Operations',
      names: { en: 'Superconnector Platform Operations', 'zh-Hant': '超級聯繫人平台營運', 'zh-Hans': '超级联系人平台运营' },
      region: 'hk-cyberport',
      sectors: ['industrial-internet', 'mice'],
      capabilities: ['platform operations', 'member onboarding', 'deal-desk support'],
      languages: ['en', 'zh-Hant', 'zh-Hans'],
      size: 'sme',
      description: 'Runs this instance of the "dual circulation" industrial internet exchange platform. 營運「雙循環」產業互聯網交流平台。',
    },
  },
  {
    key: FEATURED.droneMaker,
    archetype: 'featured',
    owner: DEMO_ACCOUNTS.droneMaker,
    members: [],
    profile: {
      name: '深圳云翎无人机科技有限公司',
      names: { en: 'Yunling UAV Technology (Shenzhen) Co., Ltd.', 'zh-Hant': '深圳雲翎無人機科技有限公司', 'zh-Hans': '深圳云翎无人机科技有限公司' },
      region: 'shenzhen',
      sectors: ['drones', 'low-altitude'],
      capabilities: ['agricultural spraying drones', 'flight controllers', 'OEM/ODM', 'pilot training'],
      certifications: ['ISO 9001', 'CE', 'FCC'],
      languages: ['zh-Hans', 'en'],
      size: 'sme',
      description: '国家高新技术企业，专注植保无人机研发制造，产品销往32个国家和地区，正积极“走出去”。',
    },
  },
  {
    key: FEATURED.distributor,
    archetype: 'featured',
    owner: DEMO_ACCOUNTS.distributor,
    members: [],
    profile: {
      name: 'Merlion Aerial Systems Pte. Ltd.',
      names: { en: 'Merlion Aerial Systems Pte. Ltd.', 'zh-Hans': '狮城航空系统有限公司' },
      region: 'singapore',
      sectors: ['drones', 'low-altitude'],
      capabilities: ['dealer network', 'pilot training', 'service centres', 'regulatory approvals'],
      certifications: ['CAAS UA Operator Permit'],
      languages: ['en', 'zh-Hans'],
      size: 'sme',
      description: 'Precision-agriculture and drone distributor serving plantations and growers in six ASEAN markets since 2012.',
    },
  },
  {
    key: FEATURED.lawFirm,
    archetype: 'featured',
    owner: DEMO_ACCOUNTS.adviser,
    members: [],
    profile: {
      name: '郭梁律師行',
      names: { en: 'Kwok & Leung, Solicitors', 'zh-Hant': '郭梁律師行', 'zh-Hans': '郭梁律师行' },
      region: 'hk',
      sectors: ['legal', 'qualification-recognition', 'cross-border-data'],
      capabilities: ['cross-border contracts', 'arbitration', 'GBA lawyers', 'data compliance'],
      languages: ['zh-Hant', 'en', 'zh-Hans'],
      size: 'sme',
      description: '香港律師行，合夥人具大灣區律師執業資格，專注企業「走出去」、跨境合規及仲裁。',
    },
  },
  {
    key: FEATURED.tradeBody,
    archetype: 'featured',
    owner: DEMO_ACCOUNTS.manager,
    members: [],
    profile: {
      name: 'Bay Area Trade Development Council',
      names: { en: 'Bay Area Trade Development Council', 'zh-Hant': '灣區貿易發展促進會', 'zh-Hans': '湾区贸易发展促进会' },
      region: 'hk',
      sectors: ['mice', 'supply-chain', 'brand-pr'],
      capabilities: ['trade missions', 'business matching', 'exhibitions', 'deal-desk programmes'],
      languages: ['en', 'zh-Hant', 'zh-Hans'],
      size: 'public-body',
      description: 'A trade-promotion body running missions, fairs and a deal desk that follows its members’ cross-border deals from introduction to signature.',
    },
  },
];

const LISTINGS: DemoListing[] = [
  {
    key: FEATURED_PAIRS.distribution.need,
    orgKey: FEATURED.droneMaker,
    expiresInDays: null,
    body: {
      kind: 'need',
      category: 'market-entry',
      title: '植保无人机寻求东盟经销商 | Agricultural spraying drones: distributors wanted across ASEAN',
      description:
        '我司在深圳研发生产植保无人机，年产能一万台，已出口32个国家。现寻求东盟各国经销商，负责销售、飞手培训和售后维修，服务水稻、油棕种植户。\n\n' +
        'We build agricultural spraying drones in Shenzhen (10,000 a year, exported to 32 countries) and want distributors in Singapore, Malaysia, Indonesia, Vietnam and Thailand who can sell, train pilots and service our drones for rice and palm-oil growers.',
      sectors: ['drones'],
      regions: ['asean', 'singapore', 'malaysia', 'indonesia', 'vietnam', 'thailand'],
      dealSize: '1m-5m',
      stage: 'scale-up',
      languages: ['zh-Hans', 'en'],
    },
  },
  {
    key: FEATURED_PAIRS.supply.offer,
    orgKey: FEATURED.droneMaker,
    expiresInDays: null,
    body: {
      kind: 'offer',
      category: 'supply',
      title: '植保无人机整机供货及OEM定制 | Agricultural spraying drones: OEM supply from Shenzhen',
      description:
        '深圳工厂直供30升、50升植保无人机整机，支持OEM贴牌、定制药箱及软件语言，已获CE、FCC认证，交期30天。\n\n' +
        'Factory-direct 30 L and 50 L agricultural spraying drones from Shenzhen, OEM branding available, CE and FCC certified, 30-day lead time, spare parts and pilot training for dealers in Southeast Asia.',
      sectors: ['drones'],
      regions: ['asean', 'singapore', 'malaysia', 'middle-east', 'hk'],
      dealSize: '1m-5m',
      stage: 'mature',
      languages: ['zh-Hans', 'en'],
      certifications: ['CE', 'FCC'],
    },
  },
  {
    key: 'featured:drones-need-compliance',
    orgKey: FEATURED.droneMaker,
    expiresInDays: 180,
    body: {
      kind: 'need',
      category: 'professional-service',
      title: '无人机出口欧盟：寻求CE认证检测及法律合规服务',
      description: '我司植保无人机计划进入欧盟市场，需要香港的检测认证机构完成无线电、电磁兼容和电池安全检测并取得CE认证，同时需要律师审阅欧洲经销协议和产品责任条款。',
      sectors: ['testing-certification', 'legal', 'drones'],
      regions: ['hk', 'eu'],
      dealSize: 'under-1m',
      stage: 'scale-up',
      languages: ['zh-Hans'],
      certifications: ['CE'],
    },
  },
  {
    key: FEATURED_PAIRS.distribution.offer,
    orgKey: FEATURED.distributor,
    expiresInDays: null,
    body: {
      kind: 'offer',
      category: 'market-entry',
      title: 'Drone distribution across ASEAN: 140 dealers in six markets',
      description:
        'We distribute agricultural spraying drones and precision-farming equipment to plantations and rice growers in Singapore, Malaysia, Indonesia, Vietnam, Thailand and the Philippines, with 140 dealers, our own service centres and pilot training. Looking for Chinese drone makers who want an exclusive ASEAN distributor.',
      sectors: ['drones'],
      regions: ['asean', 'singapore', 'malaysia', 'indonesia', 'vietnam', 'thailand'],
      dealSize: '1m-5m',
      stage: 'mature',
      languages: ['en'],
    },
  },
  {
    key: FEATURED_PAIRS.supply.need,
    orgKey: FEATURED.distributor,
    expiresInDays: 240,
    body: {
      kind: 'need',
      category: 'supply',
      title: 'Sourcing agricultural spraying drones from Shenzhen (OEM, 500 a year) | 寻找深圳植保无人机OEM供应商',
      description:
        'We need a Shenzhen manufacturer of agricultural spraying drones to supply 500 units a year under our own brand, CE certified, with spare parts and pilot-training material in English, Malay and Vietnamese.\n\n' +
        '我们需要深圳植保无人机厂家以OEM方式每年供货500台，须有CE认证，并提供备件及英文、马来文、越南文飞手培训资料。',
      sectors: ['drones'],
      regions: ['shenzhen', 'gba'],
      dealSize: '1m-5m',
      stage: 'growth',
      languages: ['en', 'zh-Hans'],
      certifications: ['CE'],
    },
  },
  {
    key: 'featured:law-offer-going-global',
    orgKey: FEATURED.lawFirm,
    expiresInDays: null,
    body: {
      kind: 'offer',
      category: 'professional-service',
      title: '企業「走出去」法律服務：經銷協議、產品責任及出口合規 | Legal support for Chinese firms going global',
      description:
        '本行協助內地及香港企業拓展東盟、中東及歐盟市場，草擬及審閱經銷協議、產品責任及出口管制條款，並與香港檢測認證機構合作處理CE等產品認證。\n\n' +
        'We draft and review distribution agreements, product-liability and export-control terms for Mainland and Hong Kong companies entering ASEAN, the Middle East and the EU, working alongside Hong Kong testing and certification bodies on CE and other approvals.',
      sectors: ['legal', 'qualification-recognition'],
      regions: ['hk', 'eu', 'asean', 'middle-east'],
      dealSize: 'under-1m',
      languages: ['zh-Hant', 'en'],
    },
  },
  {
    key: 'featured:law-offer-gba',
    orgKey: FEATURED.lawFirm,
    expiresInDays: null,
    body: {
      kind: 'offer',
      category: 'professional-service',
      title: '大灣區律師、香港仲裁及跨境數據合規（個人信息標準合同）',
      description: '合夥人持大灣區律師執業資格，提供香港仲裁、專業資格互認諮詢，以及按粵港澳大灣區個人信息跨境流動標準合同辦理數據出境備案。',
      sectors: ['legal', 'qualification-recognition', 'cross-border-data'],
      regions: ['hk', 'gba', 'qianhai', 'nansha', 'hengqin'],
      dealSize: 'under-1m',
      languages: ['zh-Hant'],
    },
  },
  {
    key: 'featured:trade-body-missions',
    orgKey: FEATURED.tradeBody,
    expiresInDays: 300,
    body: {
      kind: 'offer',
      category: 'market-entry',
      title: 'Belt and Road trade missions: Riyadh, Jakarta and Almaty | 「一帶一路」經貿考察團',
      description:
        'Our 2025 missions take Hong Kong and Greater Bay Area companies to Saudi Arabia, Indonesia and Kazakhstan for pre-arranged buyer meetings, site visits and briefings with local lawyers and accountants.\n\n' +
        '本會二〇二五年組織香港及大灣區企業赴沙特、印尼及哈薩克考察，安排買家配對、實地參觀及當地專業服務簡介。',
      sectors: ['mice', 'supply-chain'],
      regions: ['saudi-arabia', 'indonesia', 'kazakhstan', 'middle-east', 'asean'],
      dealSize: 'under-1m',
      languages: ['en', 'zh-Hant'],
    },
  },
  {
    key: 'featured:trade-body-expo',
    orgKey: FEATURED.tradeBody,
    expiresInDays: 200,
    body: {
      kind: 'offer',
      category: 'market-entry',
      title: '國際低空經濟博覽會（香港）展位招商 | Low-Altitude Economy Expo Hong Kong: exhibitor places',
      description:
        '博覽會為無人機、eVTOL及空域服務企業提供展位、買家配對及論壇演講機會，預計吸引來自東盟及中東的專業買家。\n\n' +
        'Exhibitor places for drone, eVTOL and airspace-service companies, with buyer matching beyond a list of exhibitors and a forum stage; buyers from ASEAN and the Middle East expected.',
      sectors: ['mice', 'drones', 'evtol'],
      regions: ['hk', 'gba', 'asean', 'middle-east'],
      dealSize: 'under-1m',
      languages: ['zh-Hant', 'en'],
    },
  },
];

/** The featured organisations and listings, always part of the demo whatever its size. */
export function featuredDataset(): Omit<DemoDataset, 'history'> {
  return { orgs: ORGS, listings: LISTINGS };
}
