// New business forms: AI and computing power, cross-border data, e-commerce sellers going out.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt, MAINLAND_BRANDS } from './brands.ts';

const AI_DATA: Archetype = {
  id: 'ai-data',
  weight: 7,
  homes: ['hk-cyberport', 'hk-science-park', 'shenzhen', 'beijing', 'shanghai', 'singapore', 'hk-san-tin'],
  sectors: [['ai'], ['data-centres'], ['ai', 'cross-border-data'], ['ai', 'fintech']],
  sizes: ['startup', 'sme', 'large'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 3], [['zh-Hans', 'en'], 3], [['en'], 3], [['zh-Hant'], 2]],
  names: { brands: [...MAINLAND_BRANDS, ...HK_BRANDS], domain: 'ai', en: ['{brand} AI Technology Ltd', '{brand} Computing Ltd', '{brand} Data Intelligence Ltd'], 'zh-Hans': ['{brand}人工智能科技有限公司', '{brand}算力科技有限公司', '{brand}数据智能有限公司'], 'zh-Hant': ['{brand}人工智能科技有限公司', '{brand}算力科技有限公司', '{brand}數據智能有限公司'] },
  capabilities: ['large language models', 'GPU cloud', 'data governance', 'computer vision'],
  certifications: ['ISO/IEC 27001', 'ISO/IEC 27701'],
  about: { 'zh-Hans': ['{org}提供{offer}，服务金融、制造和零售客户。'] },
  profiles: [
    { sectors: ['ai'], t: { offer: ['trilingual large-language-model services for customer service and documents', '三語大語言模型客服及文件處理', '三语大语言模型客服及文档处理'] } },
    { sectors: ['data-centres'], t: { offer: ['GPU computing power and green data-centre capacity', 'GPU算力及綠色數據中心容量', 'GPU算力及绿色数据中心容量'] } },
    { sectors: ['ai', 'cross-border-data'], t: { offer: ['privacy-preserving cross-border data platforms', '隱私計算跨境數據平台', '隐私计算跨境数据平台'] } },
    { sectors: ['ai', 'fintech'], t: { offer: ['AI credit scoring and anti-fraud for banks', '銀行AI信貸評分及反欺詐', '银行AI信贷评分及反欺诈'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'technology-licensing',
      regions: ['hk', 'gba', 'asean', 'middle-east', 'macao'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['growth', 'mature'],
      text: {
        'zh-Hans': lt(['提供{offer}', '{offer}：私有化部署与授权'], ['我们的{offer}已服务{n:30-300}家企业客户。'], ['支持繁体中文、简体中文和英文，可在香港本地部署，满足数据合规要求。', '可按大湾区个人信息跨境流动标准合同处理跨境数据。'], ['欢迎企业及系统集成商洽谈合作。']),
        'zh-Hant': lt(['提供{offer}'], ['我們的{offer}已服務{n:30-300}家企業客戶。'], ['支援繁體中文、簡體中文及英文，可在香港本地部署，符合數據合規要求。'], ['歡迎企業及系統集成商洽談。']),
        en: lt(['{offer}: licensing and private deployment'], ['Our {offer} serve {n:30-300} enterprise clients.'], ['Works in Traditional Chinese, Simplified Chinese and English, deployable in Hong Kong to meet data rules.', 'Cross-border data handled under the GBA standard contract for personal information.'], ['Enterprises and system integrators welcome.']),
      },
    },
    {
      kind: 'need',
      category: 'investment',
      fixedRegions: ['hk'],
      regions: ['uae', 'saudi-arabia', 'singapore', 'shenzhen'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['growth', 'scale-up'],
      anonymous: 0.3,
      text: {
        'zh-Hans': lt(['AI企业寻求B轮融资'], ['我们提供{offer}，年收入增长超过{n:80-200}%。'], ['本轮资金用于扩充算力及拓展中东和东南亚市场。'], ['欢迎科技基金及主权基金联系。']),
        'zh-Hant': lt(['AI企業尋求B輪融資'], ['我們提供{offer}，年收入增長超過{n:80-200}%。'], ['本輪資金用於擴充算力及拓展中東和東南亞市場。'], ['歡迎科技基金及主權基金聯絡。']),
        en: lt(['AI company raising Series B'], ['We provide {offer}; revenue is growing more than {n:80-200}% a year.'], ['Capital goes to computing power and expansion into the Middle East and Southeast Asia.'], ['Technology and sovereign funds welcome.']),
      },
    },
  ],
};

const ECOMMERCE_SELLER: Archetype = {
  id: 'ecommerce-seller',
  weight: 6,
  homes: ['shenzhen', 'guangzhou', 'shenzhen', 'zhejiang', 'fujian'],
  sectors: [['cross-border-e-commerce', 'e-commerce']],
  sizes: ['startup', 'sme'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 7], [['zh-Hans', 'en'], 3]],
  names: { brands: MAINLAND_BRANDS, domain: 'shop', en: ['{brand} E-commerce Co., Ltd.', '{brand} Cross-border Trading Co., Ltd.'], 'zh-Hans': ['{home}{brand}电子商务有限公司', '{brand}跨境贸易有限公司'] },
  capabilities: ['marketplace operations', 'social commerce', 'product sourcing', 'overseas warehousing'],
  certifications: [],
  about: { 'zh-Hans': ['{org}是{home}的跨境电商卖家，主营{category}，年销售额约{usd:5-80}。'] },
  profiles: [
    { t: { category: ['home appliances and smart gadgets', '家電及智能小工具', '家电及智能小工具'] } },
    { t: { category: ['outdoor gear and e-bikes', '戶外用品及電動單車', '户外用品及电动自行车'] } },
    { t: { category: ['beauty and personal care', '美妝及個人護理', '美妆及个护'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'market-entry',
      sectors: ['cross-border-e-commerce', 'logistics'],
      regions: ['middle-east', 'uae', 'saudi-arabia', 'asean', 'indonesia', 'vietnam', 'cee', 'poland'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['growth'],
      text: {
        'zh-Hans': lt(['跨境电商卖家拓展{market}，寻找海外仓及本地运营伙伴', '{category}出海{market}：寻求本地化运营'], ['我们在主流电商平台销售{category}，计划进入{markets}市场。'], ['需要海外仓、本地退换货、清关及社交媒体运营服务。', '也希望对接当地支付和贸易融资方案。'], ['欢迎物流、供应链及电商服务商联系。']),
        en: lt(['Cross-border seller entering {market}: fulfilment and local partners wanted'], ['We sell {category} on the major marketplaces and are entering {markets}.'], ['We need overseas warehousing, returns handling, customs clearance and social-media operations.'], ['Logistics and e-commerce service providers, get in touch.']),
      },
    },
  ],
};

export const DIGITAL: Archetype[] = [AI_DATA, ECOMMERCE_SELLER];
