// Distributors and importers abroad: ASEAN and Gulf partners for Chinese firms "going out", and
// European importers. They offer market entry and look for products to source.
import type { Archetype, ListingTemplate, Profile } from '../types.ts';
import { ASEAN_BRANDS, GULF_BRANDS, lt, WESTERN_BRANDS } from './brands.ts';

/** Product lines a distributor carries, with the sectors they belong to. */
const LINES: Profile[] = [
  { sectors: ['drones', 'low-altitude'], t: { line: ['agricultural machinery and spraying drones', '農業機械及植保無人機', '农业机械及植保无人机'], clients: ['plantations, rice growers and farming co-operatives', '種植園、稻農及農業合作社', '种植园、稻农和农业合作社'] } },
  { sectors: ['drones'], t: { line: ['industrial inspection and survey drones', '工業巡檢及測繪無人機', '工业巡检及测绘无人机'], clients: ['utilities, oil and gas companies and surveyors', '電力、油氣公司及測量機構', '电力、油气企业和测绘机构'] } },
  { sectors: ['nev-batteries'], t: { line: ['electric two-wheelers, EV chargers and batteries', '電動兩輪車、充電樁及電池', '电动两轮车、充电桩及电池'], clients: ['dealers, fleet operators and ride-hailing drivers', '經銷商、車隊營運商及網約車司機', '经销商、车队运营商和网约车司机'] } },
  { sectors: ['solar-storage'], t: { line: ['rooftop solar panels, inverters and home batteries', '屋頂太陽能板、逆變器及家用儲能', '屋顶光伏板、逆变器及户用储能'], clients: ['installers, developers and factories', '安裝商、開發商及工廠', '安装商、开发商和工厂'] } },
  { sectors: ['medical-devices'], t: { line: ['medical devices and in-vitro diagnostics', '醫療器械及體外診斷產品', '医疗器械及体外诊断产品'], clients: ['private hospitals, clinics and laboratories', '私家醫院、診所及化驗所', '私立医院、诊所和检验机构'] } },
  { sectors: ['e-commerce', 'cross-border-e-commerce'], t: { line: ['consumer electronics and smart-home devices', '消費電子及智能家居產品', '消费电子及智能家居产品'], clients: ['retail chains and online marketplaces', '零售連鎖店及網上平台', '零售连锁和电商平台'] } },
  { sectors: ['toys', 'traditional-upgrade'], t: { line: ['toys, collectibles and baby products', '玩具、收藏品及嬰兒用品', '玩具、潮玩及母婴用品'], clients: ['toy retailers, department stores and online shops', '玩具零售商、百貨公司及網店', '玩具零售商、百货商场和网店'] } },
];

function distributorListings(home: 'asean' | 'gulf' | 'europe'): ListingTemplate[] {
  const served = { asean: ['asean', 'singapore', 'malaysia', 'indonesia', 'vietnam', 'thailand'], gulf: ['middle-east', 'uae', 'saudi-arabia'], europe: ['eu', 'germany', 'france', 'netherlands', 'poland', 'hungary', 'uk'] }[home];
  return [
    {
      kind: 'offer',
      category: 'market-entry',
      fixedRegions: [served[0]],
      regions: served.slice(1),
      dealSizes: ['under-1m', '1m-5m', '5m-20m'],
      stages: ['mature', 'growth'],
      text: {
        en: lt(
          ['Distribution of {line} across {markets}', 'Your distributor for {line} in {market}', 'Market entry for Chinese {line} brands: {markets}'],
          ['We distribute {line} to {clients} in {markets}, with {n:20-200} dealers and our own warehouses.', 'Founded {n:8-30} years ago in {home}, we import {line} and sell to {clients}.'],
          ['We handle import licences, product registration, local-language marketing and after-sales service.', 'Our sales team speaks English, Mandarin and the local languages, and we already carry two Chinese brands.', 'We can hold stock in bonded warehouses and offer 60-day payment terms through trade-finance partners.'],
          ['Looking for manufacturers from the Greater Bay Area who want an exclusive distributor.', 'Brands going global: let us talk about an exclusive distribution agreement.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'supply',
      fixedRegions: ['gba'],
      regions: ['shenzhen', 'dongguan', 'guangzhou', 'foshan', 'hk', 'zhejiang', 'jiangsu'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['growth', 'mature'],
      certifications: home === 'gulf' ? ['CE'] : home === 'europe' ? ['CE', 'RoHS'] : [],
      text: {
        en: lt(
          ['Sourcing {line} from China (OEM or own brand)', 'Supplier wanted: {line} for {home}'],
          ['We are a distributor in {home} selling {line} to {clients}.'],
          ['We need a manufacturer who can supply about {n:300-5000} units a year, private-label if possible, with spare parts and training.', 'Products must be certified for sale in {home} and come with English manuals and documentation.', 'We prefer suppliers who can ship from Hong Kong or Shenzhen with reliable lead times.'],
          ['Please send your catalogue and price list.', 'Manufacturers in Shenzhen, Dongguan and Guangzhou are especially welcome.'],
        ),
      },
    },
  ];
}

const ASEAN_DISTRIBUTOR: Archetype = {
  id: 'asean-distributor',
  weight: 10,
  homes: ['singapore', 'malaysia', 'indonesia', 'vietnam', 'thailand', 'singapore'],
  sectors: [['supply-chain']],
  sizes: ['sme', 'sme', 'large'],
  culture: 'asean',
  voice: 'en',
  names: {
    brands: ASEAN_BRANDS,
    domain: 'dist',
    en: ['{brand} Asia Distribution Co., Ltd.'],
    byHome: {
      singapore: ['{brand} Trading Pte. Ltd.', '{brand} Distribution Pte. Ltd.'],
      malaysia: ['{brand} Distribution Sdn Bhd', '{brand} Niaga Sdn Bhd'],
      indonesia: ['PT {brand} Niaga', 'PT {brand} Distribusi Indonesia'],
      vietnam: ['{brand} Vietnam Trading JSC', '{brand} Distribution Co., Ltd.'],
      thailand: ['{brand} (Thailand) Co., Ltd.', '{brand} Distribution Co., Ltd.'],
    },
  },
  capabilities: ['dealer network', 'bonded warehousing', 'product registration', 'after-sales service', 'local marketing'],
  certifications: ['ISO 9001'],
  about: { en: ['{org} distributes across {home} and its neighbours through {n:20-200} dealers and its own service centres.'] },
  profiles: LINES,
  listings: distributorListings('asean'),
};

const GULF_DISTRIBUTOR: Archetype = {
  id: 'gulf-distributor',
  weight: 7,
  homes: ['uae', 'uae', 'saudi-arabia'],
  sectors: [['supply-chain']],
  sizes: ['sme', 'large'],
  culture: 'gulf',
  voice: 'en',
  names: {
    brands: GULF_BRANDS,
    domain: 'trading',
    en: ['{brand} General Trading LLC'],
    byHome: { uae: ['{brand} General Trading LLC', '{brand} Technologies FZE'], 'saudi-arabia': ['{brand} Trading Company', '{brand} Holding Company'] },
  },
  capabilities: ['import licences', 'government tenders', 'free-zone warehousing', 'after-sales service'],
  certifications: ['ISO 9001', 'SASO registration'],
  about: { en: ['{org} imports and distributes across the GCC from {home}, serving government and private clients.'] },
  profiles: LINES,
  listings: distributorListings('gulf'),
};

const EU_IMPORTER: Archetype = {
  id: 'eu-importer',
  weight: 5,
  homes: ['germany', 'netherlands', 'france', 'poland', 'hungary', 'uk'],
  sectors: [['supply-chain']],
  sizes: ['sme', 'large'],
  culture: 'western',
  voice: 'en',
  names: {
    brands: WESTERN_BRANDS,
    domain: 'import',
    en: ['{brand} Distribution Ltd'],
    byHome: { germany: ['{brand} Import GmbH'], netherlands: ['{brand} Trading B.V.'], france: ['{brand} Distribution SAS'], poland: ['{brand} Europe Sp. z o.o.'], hungary: ['{brand} Kereskedelmi Kft.'], uk: ['{brand} Distribution Ltd', '{brand} Trading Ltd'] },
  },
  capabilities: ['EU importer of record', 'CE technical files', 'pan-European logistics', 'retail key accounts'],
  certifications: ['ISO 9001', 'AEO'],
  about: { en: ['{org} brings Asian manufacturers to European retail and trade customers, acting as importer of record.'] },
  profiles: LINES,
  listings: distributorListings('europe'),
};

export const DISTRIBUTORS: Archetype[] = [ASEAN_DISTRIBUTOR, GULF_DISTRIBUTOR, EU_IMPORTER];
