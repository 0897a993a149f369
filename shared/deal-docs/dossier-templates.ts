// Dossier templates per deal type: which sections (in order) and which key facts, with
// trilingual labels and writing hints for the editor's placeholders.
import { labels, type Labels } from '../taxonomy/index.ts';
import type { DealType } from '../schemas/deals.ts';

export interface SectionDef {
  key: string;
  labels: Labels;
  hint: Labels;
}

/**
 * A table looked up with keys read from documents any writer may fill: no inherited entries, so a
 * key such as `constructor` or `__proto__` finds nothing instead of a function of Object's.
 */
function lookupTable<T>(entries: [string, T][]): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries)));
}

type SectionRow = [key: string, en: string, hant: string, hans: string, hintEn: string, hintHant: string, hintHans: string];

const SECTION_ROWS: SectionRow[] = [
  ['overview', 'Overview', '概覽', '概览', 'What the deal is, who takes part and why now.', '交易內容、參與方及時機。', '交易内容、参与方及时机。'],
  ['market', 'Market', '市場', '市场', 'Target market, demand, competitors and corridor.', '目標市場、需求、競爭對手及走廊。', '目标市场、需求、竞争对手及走廊。'],
  ['financials', 'Financials', '財務', '财务', 'Size, pricing, projections and funding.', '規模、定價、預測及資金。', '规模、定价、预测及资金。'],
  ['compliance-esg', 'Compliance & ESG', '合規及ESG', '合规及ESG', 'Licences, certifications, data rules, ESG commitments.', '牌照、認證、數據規則及ESG承諾。', '牌照、认证、数据规则及ESG承诺。'],
  ['risks', 'Risks', '風險', '风险', 'What could go wrong and how it is mitigated.', '可能出現的問題及緩解措施。', '可能出现的问题及缓解措施。'],
  ['next-steps', 'Next steps', '下一步', '下一步', 'Who does what by when.', '誰在何時完成甚麼。', '谁在何时完成什么。'],
  ['use-of-funds', 'Use of funds', '資金用途', '资金用途', 'How the investment will be spent, by milestone.', '投資資金按里程碑的用途。', '投资资金按里程碑的用途。'],
  ['specifications', 'Product & quality specifications', '產品及質量規格', '产品及质量规格', 'Specifications, standards and inspection.', '規格、標準及檢驗。', '规格、标准及检验。'],
  ['logistics', 'Delivery & logistics', '交付及物流', '交付及物流', 'Routes, lead times, Incoterms, customs.', '路線、交貨期、貿易術語及清關。', '路线、交货期、贸易术语及清关。'],
  ['scope', 'Scope of work', '工作範圍', '工作范围', 'Deliverables, exclusions and milestones.', '交付成果、除外事項及里程碑。', '交付成果、除外事项及里程碑。'],
  ['team', 'Team & credentials', '團隊及資歷', '团队及资历', 'Who does the work; accreditations and references.', '執行團隊、資格認可及參考案例。', '执行团队、资格认可及参考案例。'],
  ['regulatory', 'Regulatory & licensing', '監管及牌照', '监管及牌照', 'Approvals, registrations and local rules.', '審批、註冊及當地規則。', '审批、注册及当地规则。'],
  ['channels', 'Distribution & channels', '分銷及渠道', '分销及渠道', 'Channels, partners, pricing to market.', '渠道、合作夥伴及市場定價。', '渠道、合作伙伴及市场定价。'],
  ['technology', 'Technology & IP', '技術及知識產權', '技术及知识产权', 'What is licensed, patents, know-how, improvements.', '授權內容、專利、專有技術及改進。', '授权内容、专利、专有技术及改进。'],
  ['structure', 'Structure & governance', '架構及管治', '架构及治理', 'Vehicle, shareholding, board and reserved matters.', '公司載體、股權、董事會及保留事項。', '公司载体、股权、董事会及保留事项。'],
  ['contributions', 'Partner contributions', '合作方出資', '合作方出资', 'What each partner brings: cash, assets, IP, people.', '各方投入：現金、資產、知識產權及人才。', '各方投入：现金、资产、知识产权及人才。'],
];

export const SECTION_DEFS = lookupTable<SectionDef>(
  SECTION_ROWS.map(([key, en, hant, hans, hintEn, hintHant, hintHans]) => [
    key,
    { key, labels: labels(en, hant, hans), hint: labels(hintEn, hintHant, hintHans) },
  ]),
);

export type KeyFactKind = 'text' | 'money' | 'date' | 'list' | 'select';

export interface KeyFactDef {
  key: string;
  labels: Labels;
  kind: KeyFactKind;
  options?: readonly string[];
}

/** Incoterms® 2020 rules, for the delivery key fact and terms. */
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;

type FactRow = [key: string, kind: KeyFactKind, en: string, hant: string, hans: string];

const FACT_ROWS: FactRow[] = [
  ['counterparties', 'list', 'Counterparties', '交易方', '交易方'],
  ['sectors', 'list', 'Sectors', '行業', '行业'],
  ['regions', 'list', 'Regions', '地區', '地区'],
  ['deal-size', 'text', 'Deal size', '交易規模', '交易规模'],
  ['project-stage', 'text', 'Project stage', '項目階段', '项目阶段'],
  ['target-close', 'date', 'Target close', '目標完成日期', '目标完成日期'],
  ['amount', 'money', 'Investment amount', '投資金額', '投资金额'],
  ['instrument', 'text', 'Instrument', '投資工具', '投资工具'],
  ['valuation', 'money', 'Pre-money valuation', '投資前估值', '投资前估值'],
  ['product', 'text', 'Product', '產品', '产品'],
  ['annual-volume', 'text', 'Annual volume', '年度數量', '年度数量'],
  ['incoterm', 'select', 'Incoterm', '貿易術語', '贸易术语'],
  ['unit-price', 'money', 'Unit price', '單價', '单价'],
  ['certifications', 'list', 'Certifications', '認證', '认证'],
  ['service-scope', 'text', 'Service scope', '服務範圍', '服务范围'],
  ['fee-basis', 'text', 'Fee basis', '收費基礎', '收费基础'],
  ['fee-estimate', 'money', 'Fee estimate', '費用估算', '费用估算'],
  ['start-date', 'date', 'Start date', '開始日期', '开始日期'],
  ['jv-vehicle', 'text', 'JV vehicle', '合資載體', '合资载体'],
  ['equity-split', 'text', 'Equity split', '股權比例', '股权比例'],
  ['jurisdiction', 'text', 'Jurisdiction', '司法管轄區', '司法管辖区'],
  ['total-commitment', 'money', 'Total commitment', '總投入', '总投入'],
  ['licensed-ip', 'text', 'Licensed IP', '授權知識產權', '授权知识产权'],
  ['territory', 'list', 'Territory', '地域', '地域'],
  ['exclusivity', 'text', 'Exclusivity', '獨家性', '独家性'],
  ['royalty', 'text', 'Royalty', '專利費', '专利费'],
  ['target-market', 'list', 'Target market', '目標市場', '目标市场'],
  ['channel', 'text', 'Channel', '渠道', '渠道'],
  ['regulatory-approvals', 'list', 'Regulatory approvals', '監管審批', '监管审批'],
  ['launch-date', 'date', 'Launch date', '上市日期', '上市日期'],
];

export const KEY_FACT_DEFS = lookupTable<KeyFactDef>(
  FACT_ROWS.map(([key, kind, en, hant, hans]) => [
    key,
    { key, kind, labels: labels(en, hant, hans), ...(key === 'incoterm' ? { options: INCOTERMS } : {}) },
  ]),
);

export interface DossierTemplate {
  sections: readonly string[];
  keyFacts: readonly string[];
}

const COMMON_FACTS = ['counterparties', 'sectors', 'regions', 'deal-size', 'project-stage', 'target-close'];

export const DOSSIER_TEMPLATES: Record<DealType, DossierTemplate> = {
  investment: {
    sections: ['overview', 'market', 'financials', 'use-of-funds', 'compliance-esg', 'risks', 'next-steps'],
    keyFacts: [...COMMON_FACTS, 'amount', 'instrument', 'valuation'],
  },
  supply: {
    sections: ['overview', 'market', 'specifications', 'logistics', 'financials', 'compliance-esg', 'risks', 'next-steps'],
    keyFacts: [...COMMON_FACTS, 'product', 'annual-volume', 'incoterm', 'unit-price', 'certifications'],
  },
  'professional-service': {
    sections: ['overview', 'scope', 'team', 'financials', 'compliance-esg', 'risks', 'next-steps'],
    keyFacts: [...COMMON_FACTS, 'service-scope', 'fee-basis', 'fee-estimate', 'start-date', 'certifications'],
  },
  'joint-venture': {
    sections: ['overview', 'market', 'structure', 'contributions', 'financials', 'compliance-esg', 'risks', 'next-steps'],
    keyFacts: [...COMMON_FACTS, 'jv-vehicle', 'equity-split', 'jurisdiction', 'total-commitment'],
  },
  'technology-licensing': {
    sections: ['overview', 'technology', 'market', 'financials', 'compliance-esg', 'risks', 'next-steps'],
    keyFacts: [...COMMON_FACTS, 'licensed-ip', 'territory', 'exclusivity', 'royalty'],
  },
  'market-entry': {
    sections: ['overview', 'market', 'regulatory', 'channels', 'financials', 'compliance-esg', 'risks', 'next-steps'],
    keyFacts: [...COMMON_FACTS, 'target-market', 'channel', 'regulatory-approvals', 'launch-date', 'certifications'],
  },
  other: {
    sections: ['overview', 'market', 'financials', 'compliance-esg', 'risks', 'next-steps'],
    keyFacts: COMMON_FACTS,
  },
};
