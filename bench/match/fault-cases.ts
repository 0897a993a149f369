// Held-apart fault cases for issue 15 §3: small hand-written worlds, each a query listing and a few
// candidates graded by hand (3 the right answer, 1 acceptable, 0 wrong), one family per fault the
// independent evaluation found. They are not part of the tuning set (intents*.ts) and no weight was
// chosen by looking at them; `fault-quality.ts` runs each world on a fresh engine.
import type { MatchableListing } from '../../server/matching/index.ts';

export type FaultFamily = 'cross-category' | 'padding' | 'text-constraints' | 'region-vs-text';

export interface FaultCase {
  id: string;
  family: FaultFamily;
  query: MatchableListing;
  /** Candidates with their hand grade; a padding world has no grade above 0. */
  candidates: { listing: MatchableListing; grade: number }[];
}

type Fields = Partial<MatchableListing> & Pick<MatchableListing, 'title' | 'description'>;

function make(caseId: string, kind: MatchableListing['kind'], tag: string, fields: Fields): MatchableListing {
  return {
    id: `${caseId}:${tag}`,
    orgId: `${caseId}:${tag}:org`,
    kind,
    category: 'supply',
    sectors: [],
    regions: [],
    orgRegion: 'hk',
    languages: [],
    certifications: [],
    orgCertifications: [],
    active: true,
    ...fields,
  };
}

function world(id: string, family: FaultFamily, query: Fields & { kind?: MatchableListing['kind'] }, candidates: [grade: number, fields: Fields][]): FaultCase {
  const kind = query.kind ?? 'need';
  const other = kind === 'need' ? 'offer' : 'need';
  return {
    id,
    family,
    query: make(id, kind, 'query', query),
    candidates: candidates.map(([grade, fields], i) => ({ grade, listing: make(id, other, `c${i}`, fields) })),
  };
}

/** Unrelated offers of the "right" category, the list-fillers of the cross-category fault. */
const licensingFillers = (lang: 'en' | 'hant' | 'hans'): [number, Fields][] => {
  const text = {
    en: [
      ['Licence for a battery recycling process', 'Hydrometallurgical recovery of lithium and cobalt from spent cells, licensed to plants in Europe.'],
      ['Plant-based meat formulation for licence', 'Our texturised protein recipe is licensed to food factories across Asia.'],
      ['Textile dyeing technology licence', 'Waterless dyeing for cotton mills, licensed with on-site training.'],
    ],
    hant: [
      ['電池回收工藝授權', '以濕法冶金從廢舊電芯回收鋰及鈷，授權予歐洲工廠。'],
      ['植物肉配方授權', '我們的組織化蛋白配方授權予亞洲各地食品廠。'],
      ['紡織染色技術授權', '為棉紡廠提供無水染色技術授權及現場培訓。'],
    ],
    hans: [
      ['电池回收工艺授权', '以湿法冶金从废旧电芯回收锂和钴，授权给欧洲工厂。'],
      ['植物肉配方授权', '我们的组织化蛋白配方授权给亚洲各地食品厂。'],
      ['纺织染色技术授权', '为棉纺厂提供无水染色技术授权及现场培训。'],
    ],
  }[lang];
  const sectors = [['nev-batteries'], ['traditional-upgrade'], ['textiles']];
  return text.map(([title, description], i) => [0, { title, description, category: 'technology-licensing', sectors: sectors[i], regions: ['hk', 'gba'] }]);
};

const CROSS_CATEGORY: FaultCase[] = [
  world(
    'chip-prototype-en',
    'cross-category',
    { category: 'technology-licensing', sectors: ['chip-design'], regions: ['hk', 'gba'], title: 'Need a chip prototyping run for our sensor design', description: 'Hong Kong fabless start-up needs a multi-project wafer shuttle and tape-out support to prototype a MEMS sensor chip.' },
    [
      [3, { category: 'professional-service', sectors: ['chip-design'], regions: ['gba'], orgRegion: 'shenzhen', title: 'Chip prototyping: multi-project wafer shuttle and tape-out', description: 'Shenzhen design house runs MPW shuttle prototyping runs, tape-out support and packaging of first samples for fabless start-ups.' }],
      ...licensingFillers('en'),
    ],
  ),
  world(
    'chip-prototype-hant',
    'cross-category',
    { category: 'technology-licensing', sectors: ['chip-design'], regions: ['hk', 'gba'], title: '尋找晶片原型試產', description: '香港無晶圓廠初創需要多項目晶圓（MPW）流片服務，為MEMS感測器晶片製作原型。' },
    [
      [3, { category: 'professional-service', sectors: ['chip-design'], regions: ['gba'], orgRegion: 'shenzhen', title: '晶片原型：多項目晶圓流片服務', description: '深圳設計公司為無晶圓廠初創提供MPW流片、原型試產及首批樣品封裝。' }],
      ...licensingFillers('hant'),
    ],
  ),
  world(
    'chip-prototype-hans',
    'cross-category',
    { category: 'technology-licensing', sectors: ['chip-design'], regions: ['hk', 'gba'], title: '寻找芯片原型流片', description: '香港无晶圆厂初创企业需要多项目晶圆（MPW）流片服务，为MEMS传感器芯片制作原型。' },
    [
      [3, { category: 'professional-service', sectors: ['chip-design'], regions: ['gba'], orgRegion: 'shenzhen', title: '芯片原型：多项目晶圆流片服务', description: '深圳设计公司为无晶圆厂初创企业提供MPW流片、原型试产及首批样品封装。' }],
      ...licensingFillers('hans'),
    ],
  ),
  world(
    'legal-for-licensing-en',
    'cross-category',
    { category: 'market-entry', sectors: ['cross-border-e-commerce'], regions: ['mainland'], title: 'Brand needs help registering trademarks before selling on Tmall', description: 'UK cosmetics brand entering the Mainland wants trademark registration and a cross-border e-commerce launch on Tmall Global.' },
    [
      [3, { category: 'professional-service', sectors: ['ip-services'], regions: ['mainland'], orgRegion: 'shanghai', title: 'Trademark registration and cross-border e-commerce launch for foreign brands', description: 'Shanghai IP agency registers trademarks for overseas cosmetics brands and launches their Tmall Global stores.' }],
      [0, { category: 'market-entry', sectors: ['logistics'], regions: ['mainland'], title: 'Cold-chain trucking across China', description: 'Refrigerated trucking for fresh food between Mainland provinces.' }],
      [0, { category: 'market-entry', sectors: ['mice'], regions: ['mainland'], title: 'Booth space at a Beijing machinery fair', description: 'Exhibitor places at an industrial machinery exhibition in Beijing.' }],
    ],
  ),
];

/** Needs for which the world holds nothing on topic: only shared category or corridor. */
const PADDING: FaultCase[] = [
  world(
    'padding-en',
    'padding',
    { category: 'supply', sectors: ['watches'], regions: ['asean'], title: 'Looking for a tourbillon movement maker', description: 'Hong Kong watch brand needs a supplier of hand-finished tourbillon movements for a limited series.' },
    [
      [0, { category: 'supply', sectors: ['textiles'], regions: ['asean'], title: 'Garment factory in Vietnam', description: 'Cut-make-trim production of knitwear for export.' }],
      [0, { category: 'supply', sectors: ['toys'], regions: ['asean', 'hk'], title: 'Plastic toy moulding', description: 'Injection-moulded toys for retail chains.' }],
      [0, { category: 'supply', sectors: ['solar-storage'], regions: ['asean'], title: 'Solar module supply', description: 'Tier-1 modules shipped to Southeast Asian projects.' }],
    ],
  ),
  world(
    'padding-hant',
    'padding',
    { category: 'professional-service', sectors: ['legal'], regions: ['middle-east'], title: '尋找沙特仲裁律師', description: '香港建築公司在利雅得的工程糾紛需要熟悉沙特法律的仲裁律師。' },
    [
      [0, { category: 'professional-service', sectors: ['brand-pr'], regions: ['middle-east'], title: '中東品牌推廣', description: '為消費品牌在杜拜策劃社交媒體宣傳。' }],
      [0, { category: 'professional-service', sectors: ['logistics'], regions: ['middle-east'], title: '海運貨代服務', description: '香港至吉達港的整櫃及拼櫃海運。' }],
      [0, { category: 'professional-service', sectors: ['stem-talent'], regions: ['hk'], title: '工程師培訓課程', description: '為本地工程師提供編程培訓。' }],
    ],
  ),
  world(
    'padding-hans',
    'padding',
    { category: 'investment', sectors: ['hydrogen'], regions: ['gba'], title: '氢燃料电池重卡项目寻求投资', description: '佛山氢燃料电池重卡示范项目寻求五千万元战略投资，用于加氢站建设。' },
    [
      [0, { category: 'investment', sectors: ['e-commerce'], regions: ['gba'], title: '投资消费电商项目', description: '基金关注大湾区直播电商品牌的早期投资。' }],
      [0, { category: 'investment', sectors: ['mice'], regions: ['gba'], title: '会展项目投资', description: '投资深圳的展会主办公司。' }],
      [0, { category: 'joint-venture', sectors: ['toys'], regions: ['gba'], title: '玩具工厂合资', description: '东莞玩具厂寻找合资方。' }],
    ],
  ),
];

const CRO_TEXT = {
  en: ['Phase II clinical trials, CRO services', 'CRO running Phase II clinical trials: site selection, patient recruitment, monitoring and regulatory submissions for oncology drugs.'],
  hant: ['二期臨床試驗CRO服務', 'CRO提供二期臨床試驗服務：選擇試驗中心、招募病人、監查及腫瘤藥物的註冊申報。'],
  hans: ['二期临床试验CRO服务', 'CRO提供二期临床试验服务：选择试验中心、招募患者、监查及肿瘤药物的注册申报。'],
};

function croCase(lang: 'en' | 'hant' | 'hans', need: [string, string]): FaultCase {
  const [title, body] = CRO_TEXT[lang];
  return world(`cro-no-europe-${lang}`, 'text-constraints', { category: 'professional-service', sectors: ['clinical-trials'], regions: ['gba', 'eu'], title: need[0], description: need[1] }, [
    [0, { category: 'professional-service', sectors: ['clinical-trials'], regions: ['eu'], orgRegion: 'germany', title, description: body }],
    [3, { category: 'professional-service', sectors: ['clinical-trials'], regions: ['gba', 'eu'], orgRegion: 'guangzhou', title: lang === 'en' ? 'Clinical research organisation in Guangzhou and Munich' : lang === 'hant' ? '廣州及慕尼黑臨床研究機構' : '广州及慕尼黑临床研究机构', description: body }],
    [0, { category: 'professional-service', sectors: ['clinical-trials'], regions: ['eu'], orgRegion: 'france', title: `${title} (Paris)`, description: body }],
  ]);
}

function plantCase(lang: 'en' | 'hant' | 'hans', need: [string, string], texts: [string, string][]): FaultCase {
  return world(`vietnam-plant-${lang}`, 'text-constraints', { category: 'supply', sectors: ['semiconductors'], regions: ['asean'], orgRegion: 'hk', title: need[0], description: need[1] }, [
    [0, { category: 'supply', sectors: ['semiconductors'], regions: ['asean', 'gba'], orgRegion: 'shenzhen', title: texts[0][0], description: texts[0][1] }],
    [3, { category: 'supply', sectors: ['semiconductors'], regions: ['asean'], orgRegion: 'vietnam', title: texts[1][0], description: texts[1][1] }],
  ]);
}

function tradingCase(lang: 'en' | 'hant' | 'hans', need: [string, string], texts: [string, string][]): FaultCase {
  return world(`no-traders-${lang}`, 'text-constraints', { category: 'supply', sectors: ['solar-storage'], regions: ['middle-east'], title: need[0], description: need[1] }, [
    [0, { category: 'supply', sectors: ['solar-storage'], regions: ['middle-east'], orgRegion: 'hk', title: texts[0][0], description: texts[0][1] }],
    [3, { category: 'supply', sectors: ['solar-storage'], regions: ['middle-east', 'international'], orgRegion: 'jiangsu', title: texts[1][0], description: texts[1][1] }],
  ]);
}

const TEXT_CONSTRAINTS: FaultCase[] = [
  croCase('en', ['CRO for Phase II clinical trials in Guangdong', 'Science Park biotech needs a CRO to run Phase II clinical trials of an oncology drug with sites in Guangdong. No Europe-only CROs.']),
  croCase('hant', ['尋找CRO於廣東進行二期臨床試驗', '科學園生物科技公司需要CRO在廣東開展腫瘤藥物二期臨床試驗。不考慮只在歐洲營運的CRO。']),
  croCase('hans', ['寻找CRO在广东开展二期临床试验', '科学园生物科技公司需要CRO在广东开展肿瘤药物二期临床试验。不考虑只在欧洲运营的CRO。']),
  plantCase('en', ['Contract manufacturer for power modules', 'We need an EMS partner to assemble power modules for export to ASEAN. Must have a Vietnam plant.'], [
    ['EMS assembly of power modules', 'Contract manufacturer assembling power modules and PCBA for export, SMT lines in Shenzhen.'],
    ['Electronics contract manufacturing', 'EMS factory in Bac Ninh, Vietnam: PCBA and module assembly.'],
  ]),
  plantCase('hant', ['尋找功率模組代工廠', '我們需要EMS夥伴組裝出口東盟的功率模組，須在越南設廠。'], [
    ['功率模組EMS組裝', '代工廠組裝出口用功率模組及PCBA，SMT產線位於深圳。'],
    ['電子代工製造', '位於越南北寧的EMS工廠：PCBA及模組組裝。'],
  ]),
  plantCase('hans', ['寻找功率模块代工厂', '我们需要EMS合作方组装出口东盟的功率模块，须在越南设厂。'], [
    ['功率模块EMS组装', '代工厂组装出口用功率模块及PCBA，SMT产线位于深圳。'],
    ['电子代工制造', '位于越南北宁的EMS工厂：PCBA及模块组装。'],
  ]),
  tradingCase('en', ['Solar modules for a Saudi project, direct from the manufacturer', 'EPC contractor sourcing 200 MW of solar modules for Saudi Arabia. Not interested in trading companies.'], [
    ['Solar modules for Saudi Arabia projects', 'Hong Kong trading company supplying solar modules from several factories to Saudi Arabia and Gulf projects.'],
    ['Solar module manufacturer', 'Jiangsu manufacturer of 600 W modules with its own factory, exporting to the Middle East.'],
  ]),
  tradingCase('hant', ['沙特項目採購太陽能組件', 'EPC承包商為沙特阿拉伯項目採購200兆瓦太陽能組件，不考慮貿易公司。'], [
    ['供應沙特項目太陽能組件', '香港貿易公司從多家工廠向沙特阿拉伯及海灣項目供應太陽能組件。'],
    ['太陽能組件製造商', '江蘇600瓦組件製造商，自設工廠，出口中東。'],
  ]),
  tradingCase('hans', ['沙特项目采购光伏组件', 'EPC总包商为沙特阿拉伯项目采购200兆瓦光伏组件，不考虑贸易公司。'], [
    ['供应沙特项目光伏组件', '香港贸易公司从多家工厂向沙特阿拉伯及海湾项目供应光伏组件。'],
    ['光伏组件制造商', '江苏600瓦组件制造商，自有工厂，出口中东。'],
  ]),
];

/** A clearly better text fit against a weaker one in exactly the right region. */
const REGION_VS_TEXT: FaultCase[] = [
  world('drone-dealer-en', 'region-vs-text', { category: 'market-entry', sectors: ['drones'], regions: ['vietnam'], orgRegion: 'shenzhen', title: 'Dealers for crop-spraying drones in Vietnam', description: 'Shenzhen maker of agricultural spraying drones seeks dealers who serve rice farms and plantations, with after-sales repair.' }, [
    [3, { category: 'market-entry', sectors: ['drones'], regions: ['thailand', 'malaysia'], orgRegion: 'thailand', title: 'Agricultural drone dealer for rice farms and plantations', description: 'We sell and repair crop-spraying drones for rice farms and plantations, with after-sales service and pilot training.' }],
    [1, { category: 'market-entry', sectors: ['drones'], regions: ['vietnam'], orgRegion: 'vietnam', title: 'Electronics distributor in Vietnam', description: 'Distributor of cameras, phones and gadgets to electronics chains in Hanoi.' }],
  ]),
  world('drone-dealer-hans', 'region-vs-text', { category: 'market-entry', sectors: ['drones'], regions: ['vietnam'], orgRegion: 'shenzhen', title: '植保无人机寻找越南经销商', description: '深圳农业植保无人机厂商寻找服务水稻农场及种植园的经销商，需提供售后维修。' }, [
    [3, { category: 'market-entry', sectors: ['drones'], regions: ['thailand', 'malaysia'], orgRegion: 'thailand', title: '农业无人机经销商，服务水稻农场及种植园', description: '我们销售并维修植保无人机，服务水稻农场及种植园，提供售后及飞手培训。' }],
    [1, { category: 'market-entry', sectors: ['drones'], regions: ['vietnam'], orgRegion: 'vietnam', title: '越南电子产品分销商', description: '向河内电子连锁店分销相机、手机及数码产品。' }],
  ]),
];

export const FAULT_CASES: FaultCase[] = [...CROSS_CATEGORY, ...PADDING, ...TEXT_CONSTRAINTS, ...REGION_VS_TEXT];
