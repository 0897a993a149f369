// Sectors and sub-sectors from the report's three pillars: new services, new manufacturing,
// new business forms. A sub-sector's parent is its sector; a sector's parent is its pillar.
import { labels, type TaxonomyEntry } from './labels.ts';

type Row = [code: string, en: string, hant: string, hans: string, parent?: string];

const ROWS: Row[] = [
  ['new-services', 'New services', '新服務', '新服务'],
  ['green-finance', 'Green & sustainable finance', '綠色及可持續金融', '绿色及可持续金融', 'new-services'],
  ['green-bonds', 'Green & sustainable bonds', '綠色及可持續債券', '绿色及可持续债券', 'green-finance'],
  ['transition-finance', 'Transition bonds & loans', '轉型債券及貸款', '转型债券及贷款', 'green-finance'],
  ['blended-finance', 'Blended finance', '混合融資', '混合融资', 'green-finance'],
  ['carbon-markets', 'Carbon markets & ESG reporting', '碳市場及ESG報告', '碳市场及ESG报告', 'green-finance'],
  ['supply-chain', 'Cross-border supply-chain management', '跨國供應鏈管理', '跨国供应链管理', 'new-services'],
  ['trade-finance', 'Trade finance & export credit', '貿易融資及出口信貸', '贸易融资及出口信贷', 'supply-chain'],
  ['logistics', 'Logistics & freight forwarding', '物流及貨運代理', '物流及货运代理', 'supply-chain'],
  ['testing-certification', 'Testing & certification', '檢測認證', '检测认证', 'new-services'],
  ['professional-services', 'Legal, accounting & professional services', '法律、會計及專業服務', '法律、会计及专业服务', 'new-services'],
  ['legal', 'Legal services & arbitration', '法律服務及仲裁', '法律服务及仲裁', 'professional-services'],
  ['accounting', 'Accounting, tax & audit', '會計、稅務及審計', '会计、税务及审计', 'professional-services'],
  ['ip-services', 'Intellectual property services', '知識產權服務', '知识产权服务', 'professional-services'],
  ['engineering-services', 'Engineering & construction services', '工程及建造服務', '工程及建造服务', 'professional-services'],
  ['qualification-recognition', 'Mutual recognition of qualifications', '專業資格互認', '专业资格互认', 'professional-services'],
  ['brand-pr', 'Brand building, PR & advertising', '品牌建設、公關及廣告', '品牌建设、公关及广告', 'new-services'],
  ['stem-talent', 'STEM talent & training', '科創人才及培訓', '科创人才及培训', 'new-services'],
  ['low-altitude', 'Low-altitude economy', '低空經濟', '低空经济', 'new-services'],
  ['drones', 'Drones & unmanned aerial systems', '無人機', '无人机', 'low-altitude'],
  ['evtol', 'eVTOL & urban air mobility', '電動垂直起降飛行器', '电动垂直起降飞行器', 'low-altitude'],
  ['airspace-services', 'Airspace management & flight services', '空域管理及飛行服務', '空域管理及飞行服务', 'low-altitude'],

  ['new-manufacturing', 'New manufacturing', '新製造', '新制造'],
  ['biotech', 'Healthcare & biotech', '醫療健康與生物科技', '医疗健康与生物科技', 'new-manufacturing'],
  ['clinical-trials', 'Clinical trials', '臨床試驗', '临床试验', 'biotech'],
  ['medical-devices', 'Medical devices', '醫療器械', '医疗器械', 'biotech'],
  ['pharma', 'Pharmaceuticals & Chinese medicine', '藥品及中醫藥', '药品及中医药', 'biotech'],
  ['semiconductors', 'Advanced electronic components & semiconductors', '先進電子部件及半導體', '先进电子部件及半导体', 'new-manufacturing'],
  ['third-gen-semiconductors', 'Third-generation semiconductors', '第三代半導體', '第三代半导体', 'semiconductors'],
  ['chip-design', 'Chip design & EDA', '晶片設計及EDA', '芯片设计及EDA', 'semiconductors'],
  ['advanced-packaging', 'Advanced packaging', '先進封裝', '先进封装', 'semiconductors'],
  ['silicon-photonics', 'Silicon photonics', '硅光子', '硅光子', 'semiconductors'],
  ['new-energy', 'New energy', '新能源', '新能源', 'new-manufacturing'],
  ['nev-batteries', 'New-energy vehicles & batteries', '新能源汽車及電池', '新能源汽车及电池', 'new-energy'],
  ['solar-storage', 'Solar & energy storage', '太陽能及儲能', '太阳能及储能', 'new-energy'],
  ['hydrogen', 'Hydrogen', '氫能', '氢能', 'new-energy'],
  ['new-materials', 'New materials', '新材料', '新材料', 'new-manufacturing'],
  ['high-end-equipment', 'High-end equipment', '高端裝備', '高端装备', 'new-manufacturing'],
  ['aerospace', 'Aerospace', '航空航天', '航空航天', 'high-end-equipment'],
  ['marine-equipment', 'Marine equipment', '海洋裝備', '海洋装备', 'high-end-equipment'],
  ['robotics', 'Robotics & automation', '機械人及自動化', '机器人及自动化', 'high-end-equipment'],
  ['green-tech', 'Green & environmental technology', '綠色環保科技', '绿色环保科技', 'new-manufacturing'],
  ['traditional-upgrade', 'Upgrading traditional industries', '傳統產業升級', '传统产业升级', 'new-manufacturing'],
  ['toys', 'Toys', '玩具', '玩具', 'traditional-upgrade'],
  ['moulds', 'Moulds & precision parts', '模具及精密零件', '模具及精密零件', 'traditional-upgrade'],
  ['watches', 'Watches & clocks', '鐘錶', '钟表', 'traditional-upgrade'],
  ['textiles', 'Textiles & garments', '紡織及成衣', '纺织及成衣', 'traditional-upgrade'],
  ['micro-factories', 'Micro-factories & smart manufacturing', '微工廠及智能製造', '微工厂及智能制造', 'traditional-upgrade'],

  ['new-business-forms', 'New business forms', '新業態', '新业态'],
  ['e-commerce', 'E-commerce & online services', '電子商務及網上服務', '电子商务及网上服务', 'new-business-forms'],
  ['cross-border-e-commerce', 'Cross-border e-commerce', '跨境電商', '跨境电商', 'e-commerce'],
  ['ai', 'Artificial intelligence', '人工智能', '人工智能', 'new-business-forms'],
  ['data-centres', 'Data centres & computing power', '數據中心及算力', '数据中心及算力', 'new-business-forms'],
  ['cross-border-data', 'Cross-border data flows', '跨境數據流動', '跨境数据流动', 'new-business-forms'],
  ['fintech', 'Fintech', '金融科技', '金融科技', 'new-business-forms'],
  ['mice', 'Conventions & exhibitions', '會展', '会展', 'new-business-forms'],
  ['industrial-internet', 'Industrial internet platforms', '產業互聯網平台', '产业互联网平台', 'new-business-forms'],
];

export const SECTORS: TaxonomyEntry[] = ROWS.map(([code, en, hant, hans, parent]) => ({
  code,
  labels: labels(en, hant, hans),
  ...(parent ? { parent } : {}),
}));

/** The three pillars are headings, not sectors a listing picks. */
export const SECTOR_PILLARS = ['new-services', 'new-manufacturing', 'new-business-forms'] as const;
