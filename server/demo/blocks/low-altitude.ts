// Low-altitude economy: Shenzhen-area drone makers going overseas, eVTOL and airspace-service firms.
import type { Archetype } from '../types.ts';
import { lt, MAINLAND_BRANDS } from './brands.ts';

const DRONE_MAKER: Archetype = {
  id: 'drone-maker',
  weight: 14,
  homes: ['shenzhen', 'shenzhen', 'shenzhen', 'dongguan', 'huizhou', 'zhuhai', 'guangzhou'],
  sectors: [['drones'], ['drones', 'low-altitude'], ['drones', 'robotics']],
  sizes: ['startup', 'sme', 'sme', 'large'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 4], [['en'], 2], [['zh-Hans', 'en'], 4]],
  names: {
    brands: MAINLAND_BRANDS,
    domain: 'uav',
    en: ['{brand} UAV Technology Co., Ltd.', '{brand} Intelligent Aviation ({home}) Co., Ltd.', '{brand} Drones'],
    'zh-Hans': ['{home}{brand}无人机科技有限公司', '{home}市{brand}智能航空有限公司', '{brand}智飞科技（{home}）有限公司'],
  },
  capabilities: ['flight controllers', 'gimbals and payloads', 'OEM/ODM', 'pilot training', 'after-sales service', 'fleet management software'],
  certifications: ['ISO 9001', 'CE', 'FCC', 'CAAC type certificate'],
  about: {
    'zh-Hans': [
      '{org}专注{product}研发与制造，拥有自主飞控及云台技术，产品销往{n:15-60}个国家和地区。',
      '国家高新技术企业，总部位于{home}，研发人员占比超过{n:30-60}%，主营{product}。',
    ],
    en: ['We design and build {product} in {home}, with our own flight-control and payload technology.'],
  },
  profiles: [
    { t: { product: ['agricultural spraying drones', '植保無人機', '植保无人机'], use: ['rice, palm-oil and fruit growers', '稻米、油棕及果園種植戶', '水稻、油棕和果园种植户'] } },
    { t: { product: ['power-line and solar-farm inspection drones', '電網及光伏巡檢無人機', '电网及光伏巡检无人机'], use: ['utilities and energy companies', '電力及能源企業', '电力和能源企业'] } },
    { t: { product: ['cargo drones for last-mile delivery', '物流配送無人機', '物流配送无人机'], use: ['logistics parks, islands and hospitals', '物流園、離島及醫院', '物流园区、海岛和医院'] } },
    { t: { product: ['mapping and survey drones', '測繪無人機', '测绘无人机'], use: ['surveyors, mines and construction sites', '測量、礦山及建築工地', '测绘、矿山和工地'] } },
    { t: { product: ['firefighting and emergency-response drones', '消防應急無人機', '消防应急无人机'], use: ['fire services and city governments', '消防部門及城市管理部門', '消防和城市管理部门'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'market-entry',
      regions: ['asean', 'singapore', 'malaysia', 'indonesia', 'vietnam', 'thailand', 'middle-east', 'uae', 'saudi-arabia', 'africa', 'kazakhstan', 'cee'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['growth', 'scale-up'],
      text: {
        'zh-Hans': lt(
          ['{product}寻求{market}经销商', '{product}出海：招募{market}区域代理', '无人机企业拓展{markets}市场，寻找渠道伙伴'],
          ['我司位于{home}，专注研发生产{product}，年产能约{n:2000-20000}台，产品已出口{n:10-60}个国家和地区。', '我们是{home}的无人机企业，{product}已在国内{use}中大规模应用。'],
          ['现计划拓展{markets}市场，寻找具备销售、飞手培训和售后维修能力的经销商或系统集成商。', '可提供样机、培训、备件库及本地化软件，并协助办理当地民航注册。', '希望合作伙伴熟悉当地{use}，有农机或工业设备渠道经验者优先。'],
          ['欢迎有意向的经销商联系洽谈区域代理权。', '可在香港或{market}面谈，也欢迎到{home}工厂考察。'],
        ),
        en: lt(
          ['{product}: distributors wanted in {market}', 'Drone maker from {home} seeks dealers across {markets}'],
          ['We design and build {product} in {home}, shipping about {n:2000-20000} aircraft a year to {n:10-60} countries.'],
          ['We are expanding into {markets} and want partners who can sell, train pilots and run after-sales service for {use}.', 'We provide demo units, pilot training, a spare-parts pool and software localised into English and local languages.'],
          ['Open to exclusive or regional distribution agreements; happy to meet in Hong Kong.', 'Visit our factory in {home} or meet us at the next Hong Kong trade fair.'],
        ),
      },
    },
    {
      kind: 'offer',
      category: 'supply',
      regions: ['asean', 'middle-east', 'hk', 'eu', 'africa', 'central-asia', 'cptpp'],
      dealSizes: ['under-1m', '1m-5m', '5m-20m'],
      stages: ['mature', 'scale-up'],
      certifications: ['CE', 'FCC'],
      text: {
        'zh-Hans': lt(
          ['{product}OEM/ODM代工，支持小批量定制', '{home}工厂直供{product}'],
          ['自有{n:5000-30000}平方米生产基地，通过ISO 9001认证，可为海外品牌提供{product}整机及飞控、云台等核心部件的OEM/ODM服务。'],
          ['起订量低至{n:20-100}台，交期{n:15-45}天，可按客户需求定制外观、载荷及软件界面。', '产品已获CE、FCC认证，可提供{markets}市场所需的认证资料。'],
          ['欢迎海外品牌商、分销商及系统集成商询价。'],
        ),
        en: lt(
          ['OEM/ODM {product}, small batches welcome', 'Factory-direct {product} from {home}'],
          ['Our {n:5000-30000} m² ISO 9001 plant in {home} builds complete {product} and core parts such as flight controllers and gimbals for overseas brands.'],
          ['Minimum order from {n:20-100} units, lead time {n:15-45} days, custom airframes, payloads and apps.', 'CE and FCC certified; we supply the compliance files buyers in {markets} need.'],
          ['Brands, distributors and system integrators are welcome to ask for a quote.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'professional-service',
      sectors: ['testing-certification', 'drones'],
      fixedRegions: ['hk'],
      regions: ['eu', 'uk', 'us', 'middle-east'],
      dealSizes: ['under-1m'],
      stages: ['growth', 'scale-up'],
      certifications: ['CE'],
      text: {
        'zh-Hans': lt(
          ['无人机出口{market}：寻求检测认证及法律合规服务', '{product}出海合规，需要CE及无线电检测认证'],
          ['我司{product}计划进入{market}市场，需要第三方机构完成无线电、电磁兼容及电池安全检测，并取得CE等认证。'],
          ['同时需要熟悉当地无人机法规和数据合规的律师，协助审阅经销协议和产品责任条款。', '希望在香港完成检测，借助香港检测认证机构的国际认可。'],
          ['请有资质的检测认证机构或律师事务所报价。'],
        ),
        en: lt(
          ['Drone export to {market}: testing, certification and legal compliance wanted'],
          ['Our {product} are heading for {market} and need radio, EMC and battery-safety testing and CE certification by an accredited laboratory.'],
          ['We also need lawyers who know local drone rules and data-protection law to review distribution contracts and product liability terms.'],
          ['Accredited testing and certification bodies and law firms in Hong Kong, please send a quote.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'investment',
      regions: ['hk', 'shenzhen', 'singapore', 'uae'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['growth', 'scale-up'],
      anonymous: 0.4,
      text: {
        'zh-Hans': lt(
          ['{product}企业B轮融资', '低空经济赛道：{product}厂商寻求战略投资'],
          ['公司主营{product}，过去三年营收年均增长{n:40-120}%，海外收入占比{n:20-60}%。'],
          ['本轮拟融资{usd:10-60}，用于海外渠道建设及新一代机型研发。', '计划两至三年内在香港联交所上市，欢迎熟悉低空经济的基金及产业资本。'],
          ['欢迎投资机构联系获取商业计划书。'],
        ),
        en: lt(
          ['Series B: {product} company raising growth capital'],
          ['We make {product}; revenue has grown {n:40-120}% a year for three years and {n:20-60}% now comes from overseas.'],
          ['We are raising {usd:10-60} for overseas channels and our next airframe, and plan a Hong Kong listing within three years.'],
          ['Funds and strategic investors in the low-altitude economy are invited to request our deck.'],
        ),
      },
    },
  ],
};

const EVTOL_AIRSPACE: Archetype = {
  id: 'evtol-airspace',
  weight: 5,
  homes: ['guangzhou', 'shenzhen', 'hengqin', 'hk-cyberport', 'hk-science-park'],
  sectors: [['evtol', 'low-altitude'], ['airspace-services', 'low-altitude'], ['evtol', 'aerospace']],
  sizes: ['startup', 'sme', 'large'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 5], [['zh-Hans', 'en'], 3], [['en'], 2]],
  names: {
    brands: MAINLAND_BRANDS,
    domain: 'air',
    en: ['{brand} Air Mobility Co., Ltd.', '{brand} Low-Altitude Technology'],
    'zh-Hans': ['{brand}低空科技（{home}）有限公司', '{home}{brand}飞行汽车有限公司'],
  },
  capabilities: ['eVTOL airframes', 'UTM software', 'vertiport design', 'flight operations', 'airworthiness certification'],
  certifications: ['CAAC TC application', 'AS9100'],
  about: {
    'zh-Hans': ['{org}聚焦{product}，是粤港澳大湾区低空经济的先行者之一。'],
    en: ['{org} works on {product} for the Greater Bay Area’s low-altitude economy.'],
  },
  profiles: [
    { sectors: ['evtol', 'low-altitude'], t: { product: ['passenger eVTOL aircraft', '載人電動垂直起降飛行器', '载人电动垂直起降飞行器'] } },
    { sectors: ['airspace-services', 'low-altitude'], t: { product: ['low-altitude traffic management (UTM) platforms', '低空交通管理（UTM）平台', '低空交通管理（UTM）平台'] } },
    { sectors: ['evtol', 'airspace-services'], t: { product: ['vertiport design and flight operations', '垂直起降場設計及飛行運營', '垂直起降场设计及飞行运营'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'investment',
      regions: ['hk', 'uae', 'saudi-arabia', 'singapore'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['pilot', 'growth'],
      anonymous: 0.3,
      text: {
        'zh-Hans': lt(
          ['{product}项目寻求战略投资', '低空经济：{product}企业融资'],
          ['我们专注{product}，已在{home}完成{n:200-1500}架次试飞，正推进适航审定。'],
          ['本轮融资将用于适航取证及首批航线运营，优先考虑能带来中东或东南亚应用场景的投资方。'],
          ['欢迎主权基金、产业资本及家族办公室洽谈。'],
        ),
        en: lt(
          ['{product}: strategic investors wanted'],
          ['We build {product} and have flown {n:200-1500} test flights in {home} while working through airworthiness certification.'],
          ['New capital funds certification and our first commercial routes; investors who bring Gulf or ASEAN launch customers are preferred.'],
          ['Sovereign funds, corporates and family offices welcome.'],
        ),
      },
    },
    {
      kind: 'offer',
      category: 'technology-licensing',
      regions: ['hk', 'macao', 'asean', 'middle-east', 'gba'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['pilot', 'growth'],
      text: {
        'zh-Hans': lt(
          ['{product}技术授权及联合运营', '输出{product}整体解决方案'],
          ['我们的{product}已在大湾区多个城市落地，支持无人机与飞行器混合空域调度。'],
          ['可授权软件及算法，并派驻团队协助{markets}当地部署和监管沟通。'],
          ['欢迎机场集团、城市运营商及航空公司洽谈合作。'],
        ),
        en: lt(
          ['Licensing {product} to new cities'],
          ['Our {product} already run in several Greater Bay Area cities, scheduling drones and crewed aircraft in shared airspace.'],
          ['We license the software and send a team to help with deployment and regulator engagement in {markets}.'],
          ['Airport groups, city operators and airlines, let us talk.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'joint-venture',
      regions: ['hk', 'macao', 'uae', 'saudi-arabia', 'singapore'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['pilot'],
      text: {
        'zh-Hans': lt(
          ['寻求{market}合资伙伴共建低空航线及起降场'],
          ['我们计划在{markets}开通跨境低空航线，需要本地合资伙伴取得运营牌照及起降场资源。'],
          ['我方提供{product}及运营经验，合作方负责本地牌照、场地及客户。'],
          ['期待与当地企业或政府平台共同推进示范项目。'],
        ),
        en: lt(
          ['Joint-venture partner wanted for low-altitude routes in {market}'],
          ['We plan cross-border low-altitude routes in {markets} and need a local partner for the operating licence and vertiport sites.'],
          ['We bring {product} and operating experience; the partner brings licences, sites and customers.'],
          ['Local companies and government-backed platforms are welcome.'],
        ),
      },
    },
  ],
};

export const LOW_ALTITUDE: Archetype[] = [DRONE_MAKER, EVTOL_AIRSPACE];
