// Professional services: Hong Kong and GBA law firms, accounting firms, IP and engineering
// consultancies, offering mutual-recognition and cross-border services.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt, WESTERN_BRANDS } from './brands.ts';

const LAW_FIRM: Archetype = {
  id: 'law-firm',
  weight: 7,
  homes: ['hk', 'hk', 'hk', 'qianhai', 'hengqin', 'macao'],
  sectors: [['legal'], ['legal', 'qualification-recognition'], ['legal', 'cross-border-data']],
  sizes: ['startup', 'sme', 'large'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 4], [['en'], 2]],
  names: { brands: HK_BRANDS, domain: 'law', en: ['{brand} & Partners, Solicitors', '{brand} Law Office', '{brand} Legal LLP'], 'zh-Hant': ['{brand}律師事務所', '{brand}律師行', '{brand}聯營律師事務所'] },
  capabilities: ['cross-border M&A', 'arbitration', 'GBA lawyers', 'data compliance', 'IP litigation'],
  certifications: ['Law Society of Hong Kong', 'GBA lawyer qualification'],
  about: { 'zh-Hant': ['{org}專注{practice}，合夥人持香港及大灣區律師執業資格。'], en: ['{org} focuses on {practice}; partners are admitted in Hong Kong and as GBA lawyers.'] },
  profiles: [
    { t: { practice: ['cross-border M&A and joint ventures', '跨境併購及合資', '跨境并购及合资'] } },
    { sectors: ['legal', 'qualification-recognition'], t: { practice: ['arbitration and mutual recognition of qualifications', '仲裁及專業資格互認', '仲裁及专业资格互认'] } },
    { sectors: ['legal', 'cross-border-data'], t: { practice: ['cross-border data compliance under the GBA standard contract', '大灣區個人信息跨境標準合同合規', '大湾区个人信息跨境标准合同合规'] } },
    { sectors: ['legal', 'ip-services'], t: { practice: ['intellectual property and technology licensing', '知識產權及技術授權', '知识产权及技术授权'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'asean', 'middle-east', 'eu', 'cee', 'africa'],
      dealSizes: ['under-1m'],
      stages: ['mature'],
      text: {
        'zh-Hant': lt(
          ['{practice}法律服務', '協助企業「走出去」：{practice}', '香港律師行：{practice}'],
          ['本行合夥人具香港及大灣區律師執業資格，專注{practice}。', '我們過去五年處理了{n:30-200}宗涉及{markets}的跨境項目。'],
          ['香港普通法及國際仲裁可為跨境交易提供中立、可執行的爭議解決。', '可與當地律師行合作，處理{markets}的公司設立、牌照及勞動法事務。', '提供中、英文合同草擬，配合會計師及檢測認證機構一站式服務。'],
          ['歡迎預約初步諮詢。', '可在香港、前海或橫琴會面。'],
        ),
        en: lt(
          ['Legal services: {practice}', 'Hong Kong law firm for companies going global: {practice}'],
          ['Our partners are admitted in Hong Kong and as GBA lawyers, focusing on {practice}.', 'We have handled {n:30-200} cross-border matters involving {markets} in the past five years.'],
          ['Hong Kong common law and international arbitration give cross-border deals neutral, enforceable dispute resolution.', 'With partner firms we cover incorporation, licences and employment law in {markets}.', 'Bilingual drafting, working alongside accountants and testing bodies.'],
          ['Book an initial consultation.'],
        ),
      },
    },
  ],
};

const ACCOUNTING_FIRM: Archetype = {
  id: 'accounting-firm',
  weight: 6,
  homes: ['hk', 'hk', 'macao', 'qianhai', 'nansha', 'singapore'],
  sectors: [['accounting'], ['accounting', 'qualification-recognition'], ['accounting', 'carbon-markets']],
  sizes: ['startup', 'sme', 'large'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 3], [['en'], 3]],
  names: { brands: [...HK_BRANDS, ...WESTERN_BRANDS], domain: 'cpa', en: ['{brand} CPA Limited', '{brand} & Co., Certified Public Accountants', '{brand} Advisory Ltd'], 'zh-Hant': ['{brand}會計師事務所有限公司', '{brand}會計師行', '{brand}諮詢有限公司'] },
  capabilities: ['audit', 'tax', 'IPO reporting accountant', 'transfer pricing', 'ESG assurance'],
  certifications: ['HKICPA', 'CICPA'],
  about: { 'zh-Hant': ['{org}提供{service}，團隊具香港及內地註冊會計師資格。'] },
  profiles: [
    { t: { service: ['IPO audit and reporting-accountant work', '上市審計及申報會計師服務', '上市审计及申报会计师服务'] } },
    { t: { service: ['cross-border tax and transfer pricing', '跨境稅務及轉讓定價', '跨境税务及转让定价'] } },
    { sectors: ['accounting', 'carbon-markets'], t: { service: ['ESG and green-bond assurance', 'ESG及綠色債券鑒證', 'ESG及绿色债券鉴证'] } },
    { t: { service: ['company set-up, bookkeeping and GBA tax incentives', '公司註冊、記賬及大灣區稅務優惠', '公司注册、记账及大湾区税收优惠'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'macao', 'mainland', 'asean', 'middle-east'],
      dealSizes: ['under-1m'],
      stages: ['mature'],
      text: {
        'zh-Hant': lt(['{service}', '香港會計師：{service}'], ['本所提供{service}，已服務{n:100-800}家大灣區企業。'], ['熟悉香港上市規則及內地監管要求，可協助企業在香港設立區域總部。', '團隊具香港及內地註冊會計師資格，受惠於專業資格互認安排。'], ['歡迎企業預約諮詢。']),
        en: lt(['{service} from Hong Kong'], ['We provide {service} and have served {n:100-800} Greater Bay Area companies.'], ['We know the Hong Kong listing rules and Mainland regulation and help clients set up regional headquarters in Hong Kong.', 'Our team holds Hong Kong and Mainland CPA qualifications.'], ['Book a consultation.']),
      },
    },
  ],
};

const IP_ENGINEERING: Archetype = {
  id: 'ip-engineering',
  weight: 4,
  homes: ['hk', 'hk-science-park', 'hk-northern-metropolis'],
  sectors: [['ip-services'], ['engineering-services']],
  sizes: ['sme', 'large'],
  culture: 'hk',
  voice: 'en',
  mix: [[['en'], 5], [['en', 'zh-Hant'], 3], [['zh-Hant'], 2]],
  names: { brands: HK_BRANDS, domain: 'consult', en: ['{brand} IP Services Ltd', '{brand} Engineering Consultants Ltd'], 'zh-Hant': ['{brand}知識產權服務有限公司', '{brand}工程顧問有限公司'] },
  capabilities: ['patent filing', 'technology transfer', 'design and build', 'project management'],
  certifications: ['ISO 9001'],
  about: { en: ['{org} provides {service} in Hong Kong and the Greater Bay Area.'] },
  profiles: [
    { sectors: ['ip-services'], t: { service: ['patent filing, valuation and technology transfer', '專利申請、估值及技術轉移', '专利申请、估值及技术转移'] } },
    { sectors: ['engineering-services'], t: { service: ['engineering for data centres, labs and cleanrooms in the Northern Metropolis', '北部都會區數據中心、實驗室及潔淨室工程', '北部都会区数据中心、实验室及洁净室工程'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'hk-san-tin', 'hk-loop', 'mainland', 'asean'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['mature'],
      text: {
        en: lt(['{service}', 'Hong Kong firm offering {service}'], ['We provide {service}, with {n:20-150} engineers and patent attorneys.'], ['We know the Northern Metropolis and San Tin Technopole projects and the mutual-recognition rules for professionals working in the Bay Area.', 'From first filing to licensing deals, we help university spin-outs and manufacturers commercialise technology.'], ['Get in touch for a proposal.']),
        'zh-Hant': lt(['提供{service}'], ['本公司提供{service}，擁有{n:20-150}名工程師及專利代理人。'], ['熟悉北部都會區及新田科技城項目，以及大灣區專業資格互認安排。'], ['歡迎聯絡索取建議書。']),
      },
    },
  ],
};

export const PROFESSIONAL: Archetype[] = [LAW_FIRM, ACCOUNTING_FIRM, IP_ENGINEERING];
