// Healthcare and biotech: European biotechs entering the Greater Bay Area, clinical research
// organisations in Hong Kong and Guangdong, Guangdong device makers going out, Science Park start-ups.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt, MAINLAND_BRANDS, WESTERN_BRANDS } from './brands.ts';

const EU_BIOTECH: Archetype = {
  id: 'eu-biotech',
  weight: 8,
  homes: ['germany', 'france', 'netherlands', 'uk', 'us', 'germany'],
  sectors: [['biotech', 'pharma'], ['biotech', 'medical-devices'], ['biotech', 'clinical-trials']],
  sizes: ['startup', 'sme', 'sme'],
  culture: 'western',
  voice: 'en',
  names: { brands: WESTERN_BRANDS, domain: 'bio', en: ['{brand} Therapeutics', '{brand} Biosciences GmbH', '{brand} Medical B.V.', '{brand} Bio SAS'] },
  capabilities: ['clinical development', 'regulatory affairs', 'GMP manufacturing', 'patent portfolio'],
  certifications: ['GMP', 'ISO 13485', 'CE MDR'],
  about: { en: ['{org} develops {product} from {home} and is preparing to enter the Greater Bay Area through Hong Kong.'] },
  profiles: [
    { sectors: ['biotech', 'pharma'], t: { product: ['an antibody therapy for liver cancer', '肝癌抗體療法', '肝癌抗体疗法'] } },
    { sectors: ['biotech', 'medical-devices'], t: { product: ['minimally invasive surgical devices', '微創手術器械', '微创手术器械'] } },
    { sectors: ['biotech', 'pharma'], t: { product: ['an mRNA vaccine platform', 'mRNA疫苗平台', 'mRNA疫苗平台'] } },
    { sectors: ['medical-devices'], t: { product: ['AI-assisted imaging diagnostics', 'AI輔助影像診斷', 'AI辅助影像诊断'] } },
    { sectors: ['biotech', 'clinical-trials'], t: { product: ['a cell therapy for blood cancers', '血液腫瘤細胞療法', '血液肿瘤细胞疗法'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'market-entry',
      fixedRegions: ['hk'],
      regions: ['gba', 'guangzhou', 'shenzhen', 'hk-science-park'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['growth', 'mature'],
      text: {
        en: lt(
          ['European biotech entering the Greater Bay Area: partner wanted', 'Bringing {product} to Hong Kong and the Greater Bay Area'],
          ['Based in {home}, we have {product}, approved in Europe and used in {n:5-40} countries.', 'Our {product} has CE marking / EMA approval and we want to reach patients in the Greater Bay Area.'],
          ['We want to use Hong Kong as our base and the GBA policy for drugs and devices already approved in Hong Kong to reach hospitals in Guangdong.', 'We need a partner for registration, hospital access and distribution, or a licensing deal with a Mainland pharma company.', 'We are looking at Hong Kong Science Park for a regional office and small lab.'],
          ['Open to distribution, licensing or a joint venture.', 'Meet us in Hong Kong during the next biotech week.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'professional-service',
      sectors: ['clinical-trials'],
      fixedRegions: ['hk'],
      regions: ['gba', 'guangzhou', 'shenzhen'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['pilot', 'growth'],
      certifications: ['GCP'],
      text: {
        en: lt(
          ['CRO wanted: clinical trial sites in Hong Kong and Guangdong', 'Clinical trial partner for {product} in the Greater Bay Area'],
          ['We plan a multi-centre clinical study of {product} with about {n:80-400} patients.'],
          ['We need a contract research organisation to select sites, manage ethics approvals and run the study to GCP in Hong Kong and Guangdong hospitals.', 'Data from Hong Kong sites should support filings in both the EU and Mainland China.'],
          ['CROs with experience in our field and hospital sites in the Bay Area, please get in touch.'],
        ),
      },
    },
    {
      kind: 'offer',
      category: 'technology-licensing',
      regions: ['hk', 'gba', 'mainland', 'asean'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['pilot', 'growth'],
      anonymous: 0.25,
      text: {
        en: lt(
          ['Licensing Greater China rights to {product}', 'Out-licensing opportunity: {product} for Greater China'],
          ['We hold granted patents for {product} in Europe, the US and China.'],
          ['We offer exclusive rights for Greater China with upfront, milestone and royalty payments.', 'Our licensee would run local trials and manufacturing; we provide the know-how and a technology-transfer team.'],
          ['Pharma and medtech companies in the Greater Bay Area are invited to request the data room.'],
        ),
      },
    },
  ],
};

const CRO: Archetype = {
  id: 'cro',
  weight: 5,
  homes: ['hk-science-park', 'hk', 'guangzhou', 'shenzhen'],
  sectors: [['clinical-trials', 'biotech']],
  sizes: ['sme', 'large'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant', 'en'], 5], [['en'], 3], [['zh-Hant'], 2]],
  names: {
    brands: HK_BRANDS,
    domain: 'cro',
    en: ['{brand} Clinical Research Ltd', '{brand} CRO (Hong Kong) Ltd'],
    'zh-Hant': ['{brand}臨床研究有限公司', '{brand}醫藥研究（香港）有限公司'],
  },
  capabilities: ['Phase I–III trials', 'site management', 'ethics submissions', 'data management', 'real-world evidence'],
  certifications: ['GCP', 'ISO 9001'],
  about: { 'zh-Hant': ['{org}與大灣區{n:20-60}家醫院合作，提供一至三期臨床試驗服務。'], en: ['{org} runs Phase I–III trials with hospital partners across the Greater Bay Area.'] },
  profiles: [
    { t: { area: ['oncology', '腫瘤', '肿瘤'] } },
    { t: { area: ['rare diseases', '罕見病', '罕见病'] } },
    { t: { area: ['cardiology and metabolic diseases', '心血管及代謝疾病', '心血管及代谢疾病'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'guangzhou', 'shenzhen', 'macao'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['mature'],
      certifications: ['GCP'],
      text: {
        'zh-Hant': lt(
          ['大灣區臨床試驗服務：{area}一至三期', '香港及廣東多中心臨床研究（{area}）'],
          ['本公司與香港及廣東{n:20-60}家醫院合作，專注{area}臨床試驗。'],
          ['提供研究中心篩選、倫理審批、病人招募及符合GCP的數據管理。', '香港數據可同時支持內地、歐盟及美國的註冊申報。'],
          ['歡迎海外藥企及醫療器械公司查詢。'],
        ),
        en: lt(
          ['{area} clinical trials in Hong Kong and the Greater Bay Area', 'Phase I–III CRO services with {n:20-60} Bay Area hospitals'],
          ['We run {area} trials with {n:20-60} partner hospitals in Hong Kong and Guangdong.'],
          ['Site selection, ethics approvals, patient recruitment and GCP data management in one team.', 'Hong Kong data can support filings in the Mainland, the EU and the US.'],
          ['Overseas pharma and medtech sponsors are welcome.'],
        ),
      },
    },
    {
      kind: 'offer',
      category: 'market-entry',
      sectors: ['medical-devices', 'pharma'],
      fixedRegions: ['gba'],
      regions: ['hk', 'guangzhou', 'shenzhen', 'macao'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['mature'],
      text: {
        'zh-Hant': lt(
          ['協助海外藥械經香港進入大灣區（「港澳藥械通」）'],
          ['我們熟悉「港澳藥械通」政策，已協助{n:5-30}個海外產品進入大灣區指定醫療機構。'],
          ['提供註冊策略、指定醫院對接及上市後臨床數據收集。'],
          ['歡迎歐美藥企及醫療器械公司聯絡。'],
        ),
        en: lt(
          ['Market entry to the Greater Bay Area for overseas drugs and devices'],
          ['We have brought {n:5-30} overseas products into designated GBA hospitals under the Hong Kong and Macao drugs and devices policy.'],
          ['Registration strategy, hospital access and real-world data collection after launch.'],
          ['European and US drug and device makers are welcome.'],
        ),
      },
    },
  ],
};

const MEDTECH_MAKER: Archetype = {
  id: 'medtech-maker',
  weight: 6,
  homes: ['shenzhen', 'guangzhou', 'zhuhai', 'jiangsu', 'zhongshan'],
  sectors: [['medical-devices'], ['medical-devices', 'biotech']],
  sizes: ['sme', 'large'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 5], [['zh-Hans', 'en'], 3], [['en'], 2]],
  names: {
    brands: MAINLAND_BRANDS,
    domain: 'med',
    en: ['{brand} Medical Technology Co., Ltd.', '{brand} Biomedical ({home}) Co., Ltd.'],
    'zh-Hans': ['{home}{brand}医疗科技有限公司', '{brand}生物医学工程（{home}）有限公司'],
  },
  capabilities: ['OEM/ODM', 'NMPA registration', 'clean-room production', 'R&D'],
  certifications: ['ISO 13485', 'CE MDR', 'FDA 510(k)', 'NMPA'],
  about: { 'zh-Hans': ['{org}专注{device}研发生产，产品覆盖国内{n:500-3000}家医院。'] },
  profiles: [
    { t: { device: ['patient monitors and ventilators', '病人監護儀及呼吸機', '监护仪及呼吸机'] } },
    { t: { device: ['in-vitro diagnostic rapid tests', '體外診斷快速檢測試劑', '体外诊断快检试剂'] } },
    { t: { device: ['portable ultrasound systems', '便攜式超聲診斷系統', '便携式超声诊断系统'] } },
    { t: { device: ['rehabilitation robots', '康復機械人', '康复机器人'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'market-entry',
      regions: ['asean', 'middle-east', 'eu', 'saudi-arabia', 'indonesia', 'vietnam', 'cee'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['mature', 'scale-up'],
      text: {
        'zh-Hans': lt(
          ['{device}出海：寻找{market}医疗器械经销商', '国产{device}拓展{markets}市场'],
          ['我司{device}已取得NMPA注册及CE认证，国内覆盖{n:500-3000}家医院。'],
          ['希望在{markets}找到具备医疗器械注册和医院渠道的经销商。', '可提供临床资料、培训和本地化售后支持。'],
          ['欢迎海外经销商洽谈独家代理。'],
        ),
        en: lt(
          ['{device}: distributors wanted in {market}'],
          ['Our {device} are NMPA-registered and CE-marked, used in {n:500-3000} hospitals in China.'],
          ['We want distributors in {markets} who handle device registration and hospital sales.'],
          ['Exclusive distribution available for the right partner.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'professional-service',
      sectors: ['testing-certification', 'medical-devices'],
      fixedRegions: ['hk'],
      regions: ['eu', 'us', 'middle-east'],
      dealSizes: ['under-1m'],
      stages: ['scale-up', 'mature'],
      certifications: ['ISO 13485', 'CE MDR'],
      text: {
        'zh-Hans': lt(
          ['{device}申请欧盟MDR认证，寻求检测及法规咨询服务'],
          ['我司计划将{device}出口至{market}，需要按欧盟MDR完成检测、临床评价和技术文件。'],
          ['希望与香港认可的检测认证机构合作，缩短认证周期。'],
          ['请有ISO 13485及MDR经验的机构报价。'],
        ),
        en: lt(
          ['EU MDR certification for {device}: testing and regulatory support wanted'],
          ['We are exporting {device} to {market} and need testing, clinical evaluation and technical documentation under the EU MDR.'],
          ['We would like to work with an accredited Hong Kong testing and certification body.'],
          ['Please quote if you have ISO 13485 and MDR experience.'],
        ),
      },
    },
  ],
};

const HK_BIOTECH: Archetype = {
  id: 'hk-biotech',
  weight: 5,
  homes: ['hk-science-park', 'hk-science-park', 'hk-loop', 'hk-cyberport'],
  sectors: [['biotech'], ['biotech', 'pharma'], ['biotech', 'ai']],
  sizes: ['startup', 'startup', 'sme'],
  culture: 'hk',
  voice: 'en',
  mix: [[['en'], 5], [['en', 'zh-Hant'], 3], [['zh-Hant'], 2]],
  names: { brands: HK_BRANDS, domain: 'biotech', en: ['{brand} Biotech Ltd', '{brand} Life Sciences Ltd'], 'zh-Hant': ['{brand}生物科技有限公司', '{brand}生命科學有限公司'] },
  capabilities: ['drug discovery', 'university spin-out', 'preclinical studies'],
  certifications: ['GLP'],
  about: { en: ['{org} is a Hong Kong university spin-out working on {science}.'] },
  profiles: [
    { t: { science: ['AI-driven drug discovery', 'AI藥物研發', 'AI药物研发'] } },
    { t: { science: ['Chinese-medicine-derived compounds', '中藥來源化合物', '中药来源化合物'] } },
    { t: { science: ['gene therapy for inherited eye disease', '遺傳性眼疾基因治療', '遗传性眼病基因治疗'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'investment',
      fixedRegions: ['hk'],
      regions: ['shenzhen', 'singapore', 'uae', 'us'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['concept', 'pilot'],
      anonymous: 0.3,
      text: {
        en: lt(['Seed / Series A: {science} start-up in {home}'], ['We are a university spin-out working on {science}, with {n:3-12} patents filed.'], ['Raising {usd:2-15} to reach first-in-human studies; we plan to list under Chapter 18A in Hong Kong.'], ['Biotech investors and corporate venture arms welcome.']),
        'zh-Hant': lt(['{science}初創企業種子／A輪融資'], ['我們是大學衍生企業，專注{science}，已申請{n:3-12}項專利。'], ['本輪融資{usd:2-15}，推進首次人體試驗，計劃按《上市規則》第十八A章在港上市。'], ['歡迎生物科技投資者洽談。']),
      },
    },
    {
      kind: 'need',
      category: 'joint-venture',
      sectors: ['biotech', 'pharma'],
      fixedRegions: ['gba'],
      regions: ['guangzhou', 'shenzhen', 'zhuhai', 'hengqin'],
      dealSizes: ['5m-20m'],
      stages: ['pilot', 'growth'],
      text: {
        en: lt(['Manufacturing partner in the Greater Bay Area for {science}'], ['Our research is in Hong Kong; we need GMP manufacturing and pilot production in the Mainland GBA.'], ['A joint venture in Hengqin or Nansha with a pharma manufacturer would suit us.'], ['Let us meet in Hong Kong.']),
        'zh-Hant': lt(['尋求大灣區藥廠合作生產（{science}）'], ['研發在香港，需要內地大灣區GMP廠房進行中試及生產。'], ['可考慮在橫琴或南沙與藥企成立合資公司。'], ['歡迎來港面談。']),
      },
    },
  ],
};

export const BIOTECH: Archetype[] = [EU_BIOTECH, CRO, MEDTECH_MAKER, HK_BIOTECH];
