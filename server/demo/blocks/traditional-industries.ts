// Upgrading traditional industries: Dongguan and Pearl River Delta factories turning into
// micro-factories, Hong Kong brand owners who need small batches, and automation vendors.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, JAPAN_KOREA_BRANDS, lt, MAINLAND_BRANDS, WESTERN_BRANDS } from './brands.ts';

const MICRO_FACTORY: Archetype = {
  id: 'micro-factory',
  weight: 12,
  homes: ['dongguan', 'dongguan', 'dongguan', 'foshan', 'zhongshan', 'jiangmen', 'shenzhen'],
  sectors: [['micro-factories', 'traditional-upgrade']],
  sizes: ['sme', 'sme', 'startup'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 6], [['zh-Hans', 'en'], 3], [['en'], 1]],
  names: {
    brands: MAINLAND_BRANDS,
    domain: 'mfg',
    en: ['{brand} Manufacturing ({home}) Co., Ltd.', '{brand} Industrial Co., Ltd.'],
    'zh-Hans': ['{home}{brand}实业有限公司', '{home}市{brand}制品厂', '{brand}智造（{home}）有限公司'],
  },
  capabilities: ['small-batch production', 'flexible lines', 'mould making', 'ODM design', 'quality control'],
  certifications: ['ISO 9001', 'BSCI', 'ICTI Ethical Toy Program', 'OEKO-TEX'],
  about: { 'zh-Hans': ['{org}成立于{home}，有{n:15-35}年{product}代工经验，正向柔性微工厂转型。'] },
  profiles: [
    { sectors: ['toys', 'micro-factories'], t: { product: ['designer toys and collectible figures', '潮流玩具及收藏公仔', '潮玩及收藏手办'] } },
    { sectors: ['moulds', 'micro-factories'], t: { product: ['precision moulds and injection-moulded parts', '精密模具及注塑零件', '精密模具及注塑件'] } },
    { sectors: ['watches', 'micro-factories'], t: { product: ['mechanical and smart watches', '機械錶及智能手錶', '机械表及智能手表'] } },
    { sectors: ['textiles', 'micro-factories'], t: { product: ['knitwear and functional garments', '針織及功能性服裝', '针织及功能性服装'] } },
    { sectors: ['toys', 'traditional-upgrade'], t: { product: ['educational STEM toys', 'STEM教育玩具', 'STEM教育玩具'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'supply',
      regions: ['hk', 'eu', 'us', 'japan', 'asean', 'middle-east', 'australia'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['mature'],
      text: {
        'zh-Hans': lt(
          ['{product}柔性代工，小单快返', '{home}微工厂承接{product}OEM/ODM', '{product}：{n:100-500}件起订'],
          ['我们在{home}有{n:15-35}年{product}生产经验，已改造为数字化微工厂。', '工厂已完成智能化改造，可承接海外品牌{product}订单。'],
          ['起订量低至{n:100-500}件，打样{n:3-10}天，量产{n:15-30}天。', '配备MES系统，订单进度和品质数据客户可在线查看。', '设计团队可提供ODM方案，帮助品牌快速上新。'],
          ['欢迎海外品牌商及香港贸易公司询价。', '可安排视频验厂或到厂参观。'],
        ),
        en: lt(
          ['Small-batch {product}: flexible OEM/ODM from {home}', 'Micro-factory for {product}, from {n:100-500} pieces'],
          ['We have made {product} in {home} for {n:15-35} years and have rebuilt our plant as a digital micro-factory.'],
          ['Orders from {n:100-500} pieces, samples in {n:3-10} days, production in {n:15-30} days.', 'Our MES lets clients follow orders and quality data online.'],
          ['Brands and Hong Kong trading companies are welcome to ask for a quote.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'technology-licensing',
      sectors: ['micro-factories', 'robotics', 'industrial-internet'],
      regions: ['hk', 'shenzhen', 'japan', 'germany', 'korea'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['growth'],
      text: {
        'zh-Hans': lt(['{product}工厂智能化改造，寻求自动化及工业互联网方案', '传统工厂升级：需要柔性产线与MES系统'], ['我们是{home}的{product}工厂，人工成本上升、订单越来越碎片化。'], ['需要机器人、视觉检测及MES系统，把现有产线改造成可快速换款的微工厂。', '希望方案商能申请政府技改补贴，并提供分期付款。'], ['欢迎自动化方案商和工业互联网平台联系。']),
        en: lt(['Automation and MES wanted to turn our {product} plant into a micro-factory'], ['We run a {product} factory in {home}; labour costs are rising and orders are getting smaller.'], ['We need robots, machine-vision inspection and an MES so our lines can change products quickly.'], ['Automation vendors and industrial-internet platforms, please contact us.']),
      },
    },
    {
      kind: 'need',
      category: 'professional-service',
      sectors: ['brand-pr', 'cross-border-e-commerce'],
      regions: ['hk', 'asean', 'middle-east', 'eu', 'us'],
      dealSizes: ['under-1m'],
      stages: ['growth'],
      text: {
        'zh-Hans': lt(['从代工到自主品牌：寻找海外品牌策划及跨境电商运营'], ['我们做了多年{product}代工，现在希望打造自主品牌，进入{markets}市场。'], ['需要品牌定位、包装设计、海外社交媒体营销及跨境电商店铺运营服务。'], ['欢迎香港品牌公司及电商服务商报价。']),
        en: lt(['From OEM to our own brand: brand strategy and cross-border e-commerce wanted'], ['After years of OEM work on {product}, we want our own brand in {markets}.'], ['We need positioning, packaging design, social-media marketing and marketplace operations.'], ['Hong Kong brand agencies and e-commerce operators welcome.']),
      },
    },
  ],
};

const HK_BRAND_OWNER: Archetype = {
  id: 'hk-brand-owner',
  weight: 6,
  homes: ['hk', 'hk', 'hk-innopark-tko'],
  sectors: [['toys'], ['watches'], ['textiles']],
  sizes: ['startup', 'sme'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 3], [['en'], 3]],
  names: { brands: HK_BRANDS, domain: 'brand', en: ['{brand} Creations Ltd', '{brand} Design House', '{brand} Timepieces Ltd'], 'zh-Hant': ['{brand}創作有限公司', '{brand}設計工作室', '{brand}鐘錶有限公司'] },
  capabilities: ['product design', 'licensing', 'retail in Hong Kong', 'online store'],
  certifications: [],
  about: { 'zh-Hant': ['{org}是香港原創{product}品牌，產品在{n:5-30}個市場銷售。'] },
  profiles: [
    { sectors: ['toys'], t: { product: ['designer toys and collectible figures', '潮流玩具及收藏公仔', '潮玩及收藏手办'] } },
    { sectors: ['watches'], t: { product: ['mechanical and smart watches', '機械錶及智能手錶', '机械表及智能手表'] } },
    { sectors: ['textiles'], t: { product: ['knitwear and functional garments', '針織及功能性服裝', '针织及功能性服装'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'supply',
      sectors: ['micro-factories'],
      fixedRegions: ['gba'],
      regions: ['dongguan', 'shenzhen', 'foshan', 'zhongshan'],
      dealSizes: ['under-1m'],
      stages: ['growth'],
      text: {
        'zh-Hant': lt(['香港品牌尋找大灣區{product}微工廠，小批量生產', '尋找{product}柔性代工廠'], ['我們是香港原創{product}品牌，每款首批只需{n:200-1000}件。'], ['希望在東莞、深圳找到能小單快返、品質穩定的微工廠。', '需要工廠配合開模、打樣及包裝，並提供EN 71等檢測報告。'], ['歡迎工廠聯絡，可即時安排到廠洽談。']),
        en: lt(['Hong Kong brand seeks a micro-factory in the Bay Area for {product}'], ['We are a Hong Kong brand of {product}; first runs are only {n:200-1000} pieces per design.'], ['We need a flexible factory in Dongguan or Shenzhen for tooling, samples, packaging and test reports.'], ['Factories, please get in touch.']),
      },
    },
    {
      kind: 'need',
      category: 'market-entry',
      regions: ['japan', 'korea', 'asean', 'middle-east', 'us', 'eu'],
      dealSizes: ['under-1m'],
      stages: ['growth'],
      text: {
        'zh-Hant': lt(['香港原創{product}品牌尋找{market}分銷夥伴'], ['我們的{product}在香港及內地已有穩定客群。'], ['希望在{markets}找到零售商或分銷商，亦考慮授權合作。'], ['歡迎聯絡。']),
        en: lt(['Hong Kong {product} brand seeks distributors in {market}'], ['Our {product} already sell well in Hong Kong and the Mainland.'], ['We want retailers or distributors in {markets}, or a licensing partner.'], ['Please get in touch.']),
      },
    },
  ],
};

const AUTOMATION_VENDOR: Archetype = {
  id: 'automation-vendor',
  weight: 5,
  homes: ['shenzhen', 'guangzhou', 'japan', 'germany', 'korea', 'hk-science-park'],
  sectors: [['robotics', 'industrial-internet'], ['robotics', 'micro-factories'], ['industrial-internet', 'ai']],
  sizes: ['sme', 'large'],
  culture: 'japan-korea',
  voice: 'en',
  mix: [[['en'], 6], [['en', 'zh-Hans'], 4]],
  names: { brands: [...JAPAN_KOREA_BRANDS, ...WESTERN_BRANDS], domain: 'automation', en: ['{brand} Automation Co., Ltd.', '{brand} Robotics', '{brand} Smart Factory Solutions'], 'zh-Hans': ['{brand}自动化有限公司', '{brand}机器人', '{brand}智能工厂方案'] },
  capabilities: ['collaborative robots', 'machine vision', 'MES', 'industrial IoT', 'system integration'],
  certifications: ['ISO 9001', 'CE'],
  about: { en: ['{org} supplies {solution} to factories across Asia.'] },
  profiles: [
    { t: { solution: ['collaborative robots and flexible assembly cells', '協作機械人及柔性裝配單元', '协作机器人及柔性装配单元'] } },
    { t: { solution: ['machine-vision quality inspection', '機器視覺品質檢測', '机器视觉质检'] } },
    { t: { solution: ['cloud MES and industrial-internet platforms', '雲端MES及工業互聯網平台', '云MES及工业互联网平台'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'technology-licensing',
      regions: ['gba', 'dongguan', 'foshan', 'asean', 'hk'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['mature'],
      text: {
        en: lt(['{solution} for micro-factories', 'Upgrade traditional factories with {solution}'], ['We supply {solution} to {n:100-900} factories in Asia.'], ['Typical payback is under {n:12-30} months; we help clients apply for government technology-upgrade subsidies.', 'Suited to toys, moulds, watches and garments where batches are small and change often.'], ['Factory owners in the Greater Bay Area, book a site assessment.']),
        'zh-Hans': lt(['{solution}，助力传统工厂升级微工厂'], ['我们已为亚洲{n:100-900}家工厂提供{solution}。'], ['投资回收期一般少于{n:12-30}个月，可协助申请技改补贴。'], ['欢迎大湾区工厂预约现场评估。']),
      },
    },
  ],
};

export const TRADITIONAL_INDUSTRIES: Archetype[] = [MICRO_FACTORY, HK_BRAND_OWNER, AUTOMATION_VENDOR];
