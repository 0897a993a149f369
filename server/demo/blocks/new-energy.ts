// New energy and green technology: battery and NEV makers building plants abroad, solar and
// storage developers along the Belt and Road, Hong Kong green-tech firms.
import type { Archetype } from '../types.ts';
import { GULF_BRANDS, HK_BRANDS, lt, MAINLAND_BRANDS } from './brands.ts';

const BATTERY_MAKER: Archetype = {
  id: 'battery-maker',
  weight: 7,
  homes: ['huizhou', 'zhaoqing', 'fujian', 'jiangsu', 'shenzhen', 'foshan'],
  sectors: [['nev-batteries', 'new-energy'], ['solar-storage', 'new-energy']],
  sizes: ['sme', 'large', 'large'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 5], [['zh-Hans', 'en'], 3], [['en'], 2]],
  names: { brands: MAINLAND_BRANDS, domain: 'energy', en: ['{brand} New Energy Technology Co., Ltd.', '{brand} Power Battery Co., Ltd.'], 'zh-Hans': ['{home}{brand}新能源科技有限公司', '{brand}动力电池股份有限公司'] },
  capabilities: ['LFP cells', 'battery packs', 'energy-storage systems', 'BMS'],
  certifications: ['UN38.3', 'IEC 62619', 'IATF 16949', 'UL 9540'],
  about: { 'zh-Hans': ['{org}年产能{n:5-60}GWh，主营{product}。'] },
  profiles: [
    { sectors: ['nev-batteries', 'new-energy'], t: { product: ['LFP power batteries for electric vehicles', '電動車磷酸鐵鋰動力電池', '新能源汽车磷酸铁锂动力电池'] } },
    { sectors: ['solar-storage', 'new-energy'], t: { product: ['containerised battery energy storage', '集裝箱式儲能系統', '集装箱式储能系统'] } },
    { sectors: ['nev-batteries'], t: { product: ['batteries for electric two-wheelers and buses', '電動兩輪車及巴士電池', '电动两轮车及客车电池'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'joint-venture',
      regions: ['hungary', 'thailand', 'indonesia', 'saudi-arabia', 'uae', 'poland', 'malaysia'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['scale-up'],
      text: {
        'zh-Hans': lt(['{product}海外建厂，寻求{market}合资伙伴', '在{market}合资建设电池工厂'], ['为贴近海外客户并应对贸易壁垒，我司计划在{markets}建设{n:2-20}GWh产能。'], ['寻找当地合资伙伴，负责土地、电力配套及政府审批。', '项目可采用绿色贷款或转型债券融资，欢迎金融机构参与。'], ['欢迎当地企业、主权基金及产业园区洽谈。']),
        en: lt(['Joint-venture partner for a battery plant in {market}'], ['We plan {n:2-20} GWh of capacity in {markets} to serve customers locally.'], ['We seek a local partner for land, grid connection and permits; green loans or transition bonds could finance the project.'], ['Local corporates, sovereign funds and industrial parks, please contact us.']),
      },
    },
    {
      kind: 'offer',
      category: 'supply',
      regions: ['asean', 'middle-east', 'eu', 'africa', 'central-asia', 'australia'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['mature'],
      certifications: ['UN38.3', 'IEC 62619'],
      text: {
        'zh-Hans': lt(['{product}稳定供货', '{product}出口，支持项目定制'], ['我们是{product}制造商，年产能{n:5-60}GWh。'], ['产品已获UN38.3、IEC 62619等认证，可提供{markets}项目所需的本地化支持。', '可配合EPC总包及开发商提供系统集成与运维。'], ['欢迎海外开发商、整车厂及分销商询价。']),
        en: lt(['{product}: export supply'], ['We make {product} with {n:5-60} GWh of annual capacity.'], ['UN38.3 and IEC 62619 certified, with local support for projects in {markets}.'], ['Developers, carmakers and distributors are welcome to request a quote.']),
      },
    },
  ],
};

const SOLAR_DEVELOPER: Archetype = {
  id: 'solar-developer',
  weight: 5,
  homes: ['uae', 'saudi-arabia', 'uae'],
  sectors: [['solar-storage', 'new-energy'], ['solar-storage', 'green-tech'], ['hydrogen', 'new-energy']],
  sizes: ['sme', 'large'],
  culture: 'gulf',
  voice: 'en',
  names: { brands: [...GULF_BRANDS], domain: 'power', en: ['{brand} Renewable Energy', '{brand} Power Development Company', '{brand} Clean Energy Holdings'] },
  capabilities: ['project development', 'EPC management', 'power purchase agreements', 'grid connection'],
  certifications: ['ISO 14001'],
  about: { en: ['{org} develops {project} projects in {home} and neighbouring markets.'] },
  profiles: [
    { sectors: ['solar-storage', 'new-energy'], t: { project: ['utility-scale solar and storage', '大型光伏及儲能', '大型光伏及储能'] } },
    { sectors: ['hydrogen', 'new-energy'], t: { project: ['green hydrogen', '綠氫', '绿氢'] } },
    { sectors: ['solar-storage', 'green-tech'], t: { project: ['solar-powered desalination', '太陽能海水淡化', '太阳能海水淡化'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'supply',
      fixedRegions: ['gba'],
      regions: ['shenzhen', 'huizhou', 'jiangsu', 'zhejiang', 'hk'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['pilot', 'growth'],
      text: { en: lt(['Suppliers wanted for a {n:100-800} MW {project} project', 'Modules, inverters and batteries for {project} in {home}'], ['We are developing a {n:100-800} MW {project} project in {home} with a signed power purchase agreement.'], ['We need tier-one suppliers of modules, inverters and battery storage, ideally with EPC partners.', 'Suppliers able to arrange export credit or supplier financing through Hong Kong are preferred.'], ['Manufacturers in the Greater Bay Area and the Yangtze delta, please send offers.']) },
    },
    {
      kind: 'need',
      category: 'investment',
      sectors: ['blended-finance', 'solar-storage'],
      fixedRegions: ['hk'],
      regions: ['singapore', 'uae', 'eu'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['pilot', 'growth'],
      text: { en: lt(['Blended finance for {project} in {home}'], ['Asia alone needs some US$66 trillion of green investment over the next 30 years; our {project} pipeline in {home} is part of it.'], ['We seek concessional or first-loss capital alongside commercial lenders, and a green-bond or green-loan arranger in Hong Kong.'], ['Development banks, impact funds and green-finance arrangers welcome.']) },
    },
  ],
};

const GREEN_TECH: Archetype = {
  id: 'green-tech',
  weight: 5,
  homes: ['hk', 'hk-science-park', 'hk-innopark-tko', 'foshan', 'guangzhou'],
  sectors: [['green-tech'], ['green-tech', 'new-materials'], ['green-tech', 'hydrogen']],
  sizes: ['startup', 'sme'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 4], [['en'], 2]],
  names: { brands: HK_BRANDS, domain: 'green', en: ['{brand} Environmental Technology Ltd', '{brand} Green Solutions Ltd'], 'zh-Hant': ['{brand}環保科技有限公司', '{brand}綠色科技有限公司'] },
  capabilities: ['pilot plants', 'environmental engineering', 'patented process', 'carbon accounting'],
  certifications: ['ISO 14001', 'HKQAA green finance certification'],
  about: { 'zh-Hant': ['{org}研發{tech}，已在香港及大灣區完成{n:3-20}個示範項目。'] },
  profiles: [
    { t: { tech: ['food-waste-to-energy systems', '廚餘轉廢為能系統', '厨余转废为能系统'] } },
    { sectors: ['green-tech', 'new-materials'], t: { tech: ['low-carbon construction materials', '低碳建築材料', '低碳建筑材料'] } },
    { sectors: ['green-tech', 'hydrogen'], t: { tech: ['hydrogen fuel-cell power for construction sites', '建築工地氫燃料電池發電', '建筑工地氢燃料电池发电'] } },
    { t: { tech: ['smart water treatment', '智能污水處理', '智能污水处理'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'technology-licensing',
      regions: ['gba', 'asean', 'middle-east', 'hk', 'macao'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['pilot', 'growth'],
      text: {
        'zh-Hant': lt(['{tech}技術授權及合作推廣', '香港研發{tech}，尋求大灣區及海外應用'], ['本公司研發的{tech}已在香港及大灣區完成{n:3-20}個示範項目，減碳效果經第三方核證。'], ['可提供技術授權、設備供應及項目運營。', '適合工業園區、物業發展商及市政單位。'], ['歡迎各地合作夥伴洽談。']),
        en: lt(['Licensing {tech} developed in Hong Kong'], ['Our {tech} has run in {n:3-20} demonstration projects in Hong Kong and the GBA, with third-party verified carbon savings.'], ['Licences, equipment supply or build-operate arrangements.'], ['Industrial parks, developers and municipalities welcome.']),
      },
    },
    {
      kind: 'need',
      category: 'investment',
      fixedRegions: ['hk'],
      regions: ['shenzhen', 'singapore', 'uae'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['pilot', 'growth'],
      anonymous: 0.2,
      text: {
        'zh-Hant': lt(['綠色科技企業尋求A輪融資'], ['我們專注{tech}，已獲政府創新科技基金支持。'], ['本輪融資用於擴建示範廠及拓展大灣區市場，項目符合綠色分類標準。'], ['歡迎影響力投資基金及綠色基金聯絡。']),
        en: lt(['Green-tech company raising Series A'], ['We develop {tech} and have government innovation-fund backing.'], ['Funds go to a larger demonstration plant and Bay Area sales; the project fits green taxonomy criteria.'], ['Impact and climate funds welcome.']),
      },
    },
  ],
};

export const NEW_ENERGY: Archetype[] = [BATTERY_MAKER, SOLAR_DEVELOPER, GREEN_TECH];
