// Green and sustainable finance: Hong Kong arrangers of green and transition bonds, issuers that
// need transition finance, and ESG / carbon-accounting firms.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt, MAINLAND_BRANDS, WESTERN_BRANDS } from './brands.ts';

const GREEN_ARRANGER: Archetype = {
  id: 'green-arranger',
  weight: 8,
  homes: ['hk', 'hk', 'hk', 'singapore'],
  sectors: [['green-bonds', 'green-finance'], ['transition-finance', 'green-finance'], ['blended-finance', 'green-finance']],
  sizes: ['sme', 'large'],
  culture: 'hk',
  voice: 'en',
  mix: [[['en'], 5], [['en', 'zh-Hant'], 3], [['zh-Hant'], 2]],
  names: {
    brands: [...HK_BRANDS, ...WESTERN_BRANDS],
    domain: 'capital',
    en: ['{brand} Capital (Asia) Ltd', '{brand} Sustainable Finance Ltd', '{brand} Securities Asia Ltd'],
    'zh-Hant': ['{brand}資本（亞洲）有限公司', '{brand}可持續金融有限公司', '{brand}證券亞洲有限公司'],
  },
  capabilities: ['green bond structuring', 'transition finance frameworks', 'second-party opinion coordination', 'syndication', 'blended finance'],
  certifications: ['SFC Type 1', 'SFC Type 6', 'HKQAA Green Finance Certification'],
  about: {
    en: ['{org} arranges {instrument} from Hong Kong, a market where US$29.9 billion of green and sustainable bonds were arranged in 2023.'],
    'zh-Hant': ['{org}在香港安排{instrument}；二〇二三年在港安排的綠色及可持續債券達299億美元。'],
  },
  profiles: [
    { sectors: ['green-bonds', 'green-finance'], t: { instrument: ['green and sustainability bonds', '綠色及可持續債券', '绿色及可持续债券'] } },
    { sectors: ['transition-finance', 'green-finance'], t: { instrument: ['transition bonds and loans', '轉型債券及貸款', '转型债券及贷款'] } },
    { sectors: ['blended-finance', 'green-finance'], t: { instrument: ['blended-finance structures', '混合融資結構', '混合融资结构'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'mainland', 'asean', 'middle-east', 'cee'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['growth', 'mature'],
      text: {
        en: lt(
          ['Arranging {instrument} in Hong Kong', '{instrument}: framework, second-party opinion and placement', 'Hong Kong arranger for {instrument} from {market}'],
          ['In 2023, US$29.9 billion of green and sustainable bonds were arranged in Hong Kong; we have led {n:10-60} of these deals.', 'We structure and place {instrument} for issuers from {markets}.'],
          ['We draft the green or transition framework against ICMA principles and the common green taxonomy, coordinate the second-party opinion and build the investor book.', 'Issuers can use the Hong Kong government’s green and sustainable finance grant to cover external review costs.', 'Dual-currency (USD / offshore RMB) issues and listings on the Hong Kong exchange are our speciality.'],
          ['Corporates, utilities and local governments planning an issue, let us talk.', 'Issuers from the Mainland, ASEAN and the Middle East are welcome.'],
        ),
        'zh-Hant': lt(
          ['香港安排{instrument}', '{instrument}：框架、第二方意見及發行'],
          ['二〇二三年在港安排的綠色及可持續債券達299億美元，本公司曾牽頭其中{n:10-60}宗。'],
          ['按國際資本市場協會原則及《共同分類目錄》撰寫綠色或轉型框架，協調第二方意見並建立投資者名冊。', '發行人可申請政府「綠色和可持續金融資助計劃」支付外部評審費用。'],
          ['歡迎計劃發債的企業、公用事業及地方政府聯絡。'],
        ),
      },
    },
    {
      kind: 'offer',
      category: 'investment',
      sectors: ['blended-finance', 'green-finance'],
      regions: ['asean', 'middle-east', 'africa', 'central-asia', 'gba'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['pilot', 'growth'],
      text: {
        en: lt(['Blended-finance capital for climate projects in {market}'], ['Asia needs around US$66 trillion of green investment over 30 years; our blended-finance vehicle puts first-loss and concessional capital alongside commercial lenders.'], ['Typical tickets are {usd:20-150} for renewable energy, clean transport and climate adaptation.', 'Projects must meet a recognised green taxonomy and report impact annually.'], ['Project sponsors with bankable pipelines, please get in touch.']),
        'zh-Hant': lt(['{market}氣候項目混合融資'], ['亞洲未來30年需約66萬億美元綠色投資；我們的混合融資工具提供首損及優惠資本，與商業貸款人共同出資。'], ['單筆投資約{usd:20-150}，投向可再生能源、清潔交通及氣候適應項目。'], ['歡迎具備可融資項目的發起人聯絡。']),
      },
    },
  ],
};

const TRANSITION_ISSUER: Archetype = {
  id: 'transition-issuer',
  weight: 5,
  homes: ['guangzhou', 'foshan', 'shandong', 'jiangsu', 'dongguan'],
  sectors: [['transition-finance', 'new-materials'], ['transition-finance', 'high-end-equipment'], ['transition-finance', 'green-tech']],
  sizes: ['large', 'large', 'public-body'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 5], [['zh-Hans', 'en'], 3], [['en'], 2]],
  names: { brands: MAINLAND_BRANDS, domain: 'group', en: ['{brand} Group Co., Ltd.', '{brand} Industrial Holdings'], 'zh-Hans': ['{brand}集团股份有限公司', '{home}{brand}实业集团有限公司'] },
  capabilities: ['heavy industry', 'decarbonisation roadmap', 'ESG reporting'],
  certifications: ['ISO 14001', 'ISO 50001'],
  about: { 'zh-Hans': ['{org}是{home}的{industry}企业，正推进“双碳”转型。'] },
  profiles: [
    { t: { industry: ['cement and building materials', '水泥及建材', '水泥及建材'] } },
    { t: { industry: ['steel', '鋼鐵', '钢铁'] } },
    { t: { industry: ['ceramics', '陶瓷', '陶瓷'] } },
    { t: { industry: ['textile dyeing', '紡織印染', '纺织印染'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'professional-service',
      sectors: ['transition-finance', 'green-bonds'],
      fixedRegions: ['hk'],
      regions: ['singapore', 'gba'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['growth', 'mature'],
      text: {
        'zh-Hans': lt(['{industry}企业拟在港发行转型债券，寻求主承销商', '寻求香港转型金融安排行'], ['我司为{industry}行业企业，计划发行约{usd:200-800}转型债券，用于节能改造和燃料替代。'], ['需要安排行协助制定转型金融框架、取得第二方意见并在香港联交所上市。', '同时需要第三方机构核查碳排放数据及转型路径。'], ['欢迎在港金融机构报价。']),
        en: lt(['{industry} producer seeks arranger for a transition bond in Hong Kong'], ['We are a {industry} producer planning a transition bond of about {usd:200-800} to fund efficiency upgrades and fuel switching.'], ['We need an arranger for the transition framework, second-party opinion and a Hong Kong listing, plus verification of our emissions baseline.'], ['Hong Kong arrangers, please send proposals.']),
      },
    },
    {
      kind: 'need',
      category: 'technology-licensing',
      sectors: ['green-tech'],
      regions: ['hk', 'eu', 'japan', 'gba'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['pilot'],
      text: {
        'zh-Hans': lt(['{industry}行业减碳技术引进'], ['为实现碳达峰目标，我司需要引进{industry}生产的低碳工艺和能效技术。'], ['可采用技术授权、合资或EPC方式合作。'], ['欢迎国内外技术供应商联系。']),
        en: lt(['Decarbonisation technology wanted for {industry}'], ['We need low-carbon process and efficiency technology for {industry} production.'], ['Licensing, a joint venture or EPC delivery are all possible.'], ['Technology providers from Hong Kong, Europe and Japan welcome.']),
      },
    },
  ],
};

const ESG_ADVISER: Archetype = {
  id: 'esg-adviser',
  weight: 4,
  homes: ['hk', 'shenzhen', 'singapore'],
  sectors: [['carbon-markets', 'green-finance']],
  sizes: ['startup', 'sme'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 4], [['en'], 2]],
  names: { brands: HK_BRANDS, domain: 'esg', en: ['{brand} ESG Advisory Ltd', '{brand} Carbon Ltd'], 'zh-Hant': ['{brand}ESG顧問有限公司', '{brand}碳管理有限公司'] },
  capabilities: ['carbon accounting', 'ISSB reporting', 'supply-chain emissions', 'carbon credits'],
  certifications: ['ISO 14064', 'HKQAA'],
  about: { 'zh-Hant': ['{org}為上市公司及出口企業提供碳盤查及ESG報告服務。'] },
  profiles: [{ t: { focus: ['ISSB climate disclosure', 'ISSB氣候披露', 'ISSB气候披露'] } }, { t: { focus: ['scope 3 supply-chain emissions', '範圍三供應鏈排放', '范围三供应链排放'] } }],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'mainland', 'asean'],
      dealSizes: ['under-1m'],
      stages: ['mature'],
      text: {
        'zh-Hant': lt(['碳盤查及ESG報告：{focus}', '協助出口企業應對歐盟碳邊境調節機制'], ['本公司已為{n:40-300}家上市公司及製造企業完成碳盤查。'], ['服務涵蓋{focus}、ESG報告及綠色債券資金用途報告。', '協助出口歐盟的工廠準備碳邊境調節機制所需的排放數據。'], ['歡迎企業預約免費評估。']),
        en: lt(['Carbon accounting and ESG reporting: {focus}'], ['We have completed carbon inventories for {n:40-300} listed companies and manufacturers.'], ['Services cover {focus}, ESG reports and green-bond allocation reporting, including EU CBAM data for exporters.'], ['Book a free assessment.']),
      },
    },
  ],
};

export const GREEN_FINANCE: Archetype[] = [GREEN_ARRANGER, TRANSITION_ISSUER, ESG_ADVISER];
