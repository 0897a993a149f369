// Negotiation-board templates per deal type: term categories (board column groups) and the
// starting terms, each with a title and a first wording in the three languages.
import { labels, type Labels } from '../taxonomy/index.ts';
import type { DealType } from '../schemas/deals.ts';

type CategoryRow = [code: string, en: string, hant: string, hans: string];

const CATEGORY_ROWS: CategoryRow[] = [
  ['scope', 'Scope', '範圍', '范围'],
  ['valuation', 'Valuation', '估值', '估值'],
  ['price', 'Price & fees', '價格及費用', '价格及费用'],
  ['volume', 'Volume', '數量', '数量'],
  ['payment', 'Payment', '付款', '付款'],
  ['delivery', 'Delivery & Incoterms', '交付及貿易術語', '交付及贸易术语'],
  ['quality', 'Quality & certification', '質量及認證', '质量及认证'],
  ['contributions', 'Contributions', '出資', '出资'],
  ['governance', 'Governance', '管治', '治理'],
  ['ip', 'Intellectual property', '知識產權', '知识产权'],
  ['exclusivity', 'Territory & exclusivity', '地域及獨家性', '地域及独家性'],
  ['marketing', 'Brand & marketing', '品牌及市場推廣', '品牌及市场推广'],
  ['liability', 'Liability', '責任', '责任'],
  ['confidentiality', 'Confidentiality', '保密', '保密'],
  ['exit', 'Exit & transfer', '退出及轉讓', '退出及转让'],
  ['esg-reporting', 'ESG reporting', 'ESG報告', 'ESG报告'],
  ['governing-law', 'Governing law & disputes', '管轄法律及爭議解決', '管辖法律及争议解决'],
  ['other', 'Other', '其他', '其他'],
];

/** Term categories in board order; a term with an unknown category shows under `other`. */
export const TERM_CATEGORIES: { code: string; labels: Labels }[] = CATEGORY_ROWS.map(([code, en, hant, hans]) => ({
  code,
  labels: labels(en, hant, hans),
}));

export interface TermTemplate {
  category: string;
  title: Labels;
  wording: Labels;
}

type TermRow = [category: string, title: [string, string, string], wording: [string, string, string]];

function terms(rows: TermRow[]): TermTemplate[] {
  return rows.map(([category, title, wording]) => ({ category, title: labels(...title), wording: labels(...wording) }));
}

const GOVERNING_LAW: TermRow = [
  'governing-law',
  ['Governing law and disputes', '管轄法律及爭議解決', '管辖法律及争议解决'],
  [
    'Hong Kong law; disputes go to HKIAC arbitration seated in Hong Kong, in [English / Chinese].',
    '適用香港法律；爭議提交香港國際仲裁中心仲裁，仲裁地為香港，語言為[英文／中文]。',
    '适用香港法律；争议提交香港国际仲裁中心仲裁，仲裁地为香港，语言为[英文／中文]。',
  ],
];

const ESG_REPORTING: TermRow = [
  'esg-reporting',
  ['ESG reporting', 'ESG報告', 'ESG报告'],
  [
    'Report [annually] against [ISSB / HKEX ESG Code] metrics agreed by both sides, including [Scope 1–2] emissions.',
    '每[年]按雙方同意的[ISSB／港交所ESG守則]指標報告，包括[範圍一至二]排放。',
    '每[年]按双方同意的[ISSB／港交所ESG守则]指标报告，包括[范围一至二]排放。',
  ],
];

const CONFIDENTIALITY: TermRow = [
  'confidentiality',
  ['Confidentiality', '保密', '保密'],
  ['Both sides keep deal information confidential for [3] years.', '雙方對交易資料保密[3]年。', '双方对交易资料保密[3]年。'],
];

const DELIVERY: TermRow = [
  'delivery',
  ['Delivery and Incoterms', '交付及貿易術語', '交付及贸易术语'],
  [
    '[FOB Shenzhen] (Incoterms® 2020); lead time [45] days from a confirmed purchase order.',
    '[深圳船上交貨]（《國際貿易術語解釋通則® 2020》）；確認訂單後[45]天交貨。',
    '[深圳船上交货]（《国际贸易术语解释通则® 2020》）；确认订单后[45]天交货。',
  ],
];

export const BOARD_TEMPLATES: Record<DealType, TermTemplate[]> = {
  investment: terms([
    ['valuation', ['Pre-money valuation', '投資前估值', '投资前估值'], ['US$[amount] pre-money, fully diluted.', '投資前估值[金額]美元（全面攤薄）。', '投资前估值[金额]美元（全面摊薄）。']],
    ['price', ['Investment amount', '投資金額', '投资金额'], ['The investor subscribes US$[amount] for [class] shares at US$[price] per share.', '投資者以每股[價格]美元認購[類別]股份，總額[金額]美元。', '投资者以每股[价格]美元认购[类别]股份，总额[金额]美元。']],
    ['payment', ['Closing and payment', '交割及付款', '交割及付款'], ['Paid in [one tranche] within [10] business days of the closing conditions being met.', '交割條件達成後[10]個工作日內[一次]付清。', '交割条件达成后[10]个工作日内[一次]付清。']],
    ['governance', ['Board seat and reserved matters', '董事席位及保留事項', '董事席位及保留事项'], ['The investor appoints [1] director; reserved matters need investor consent.', '投資者委任[1]名董事；保留事項須經投資者同意。', '投资者委任[1]名董事；保留事项须经投资者同意。']],
    ESG_REPORTING,
    GOVERNING_LAW,
  ]),
  supply: terms([
    ['price', ['Unit price', '單價', '单价'], ['US$[price] per unit, fixed for [12] months, reviewed [quarterly] against [index].', '每件[價格]美元，固定[12]個月，每[季]按[指數]檢討。', '每件[价格]美元，固定[12]个月，每[季]按[指数]检讨。']],
    ['volume', ['Volume and forecast', '數量及預測', '数量及预测'], ['At least [quantity] units a year; rolling [6]-month forecast, first [3] months binding.', '每年最少[數量]件；滾動[6]個月預測，首[3]個月具約束力。', '每年最少[数量]件；滚动[6]个月预测，首[3]个月具约束力。']],
    ['payment', ['Payment terms', '付款條款', '付款条款'], ['[30]% deposit; balance [60] days from the bill of lading by [T/T / L/C].', '[30]%訂金；餘款於提單日後[60]天以[電匯／信用證]支付。', '[30]%订金；余款于提单日后[60]天以[电汇／信用证]支付。']],
    DELIVERY,
    ['quality', ['Quality and certification', '質量及認證', '质量及认证'], ['Goods meet the agreed specification with [CE / FCC / CCC] certification; AQL [2.5] inspection by a [HOKLAS]-accredited body.', '貨品符合約定規格並具[CE／FCC／CCC]認證；由[HOKLAS]認可機構按AQL [2.5]檢驗。', '货品符合约定规格并具[CE／FCC／CCC]认证；由[HOKLAS]认可机构按AQL [2.5]检验。']],
    ESG_REPORTING,
    GOVERNING_LAW,
  ]),
  'professional-service': terms([
    ['scope', ['Scope of services', '服務範圍', '服务范围'], ['[Testing and certification / legal advice / audit] covering [deliverables].', '[檢測認證／法律意見／審計]，涵蓋[交付成果]。', '[检测认证／法律意见／审计]，涵盖[交付成果]。']],
    ['price', ['Fees', '費用', '费用'], ['[Fixed fee of US$[amount] / hourly rates per schedule], capped at US$[cap] without prior approval.', '[固定費用[金額]美元／按附表時薪]，未經事先批准上限為[上限]美元。', '[固定费用[金额]美元／按附表时薪]，未经事先批准上限为[上限]美元。']],
    ['payment', ['Invoicing and payment', '發票及付款', '发票及付款'], ['Invoiced [monthly / at milestones], payable within [30] days.', '[每月／按里程碑]開具發票，[30]天內付款。', '[每月／按里程碑]开具发票，[30]天内付款。']],
    ['delivery', ['Timeline and milestones', '時間表及里程碑', '时间表及里程碑'], ['Deliverables by [date]; milestones as set out in the dossier.', '於[日期]前交付；里程碑見項目檔案。', '于[日期]前交付；里程碑见项目档案。']],
    ['quality', ['Standards and accreditation', '標準及認可', '标准及认可'], ['Work performed under [ISO/IEC 17025 / professional] standards by qualified staff.', '由合資格人員按[ISO/IEC 17025／專業]標準執行。', '由合格人员按[ISO/IEC 17025／专业]标准执行。']],
    ['liability', ['Liability cap', '責任上限', '责任上限'], ['Liability capped at [1x] the fees paid, except for fraud or wilful misconduct.', '責任上限為已付費用的[1]倍，欺詐或故意不當行為除外。', '责任上限为已付费用的[1]倍，欺诈或故意不当行为除外。']],
    CONFIDENTIALITY,
    GOVERNING_LAW,
  ]),
  'joint-venture': terms([
    ['governance', ['JV vehicle and board', '合資載體及董事會', '合资载体及董事会'], ['A [Hong Kong] company; board of [5]: [3] nominated by [Party A], [2] by [Party B].', '[香港]公司；董事會[5]人：[甲方]提名[3]人，[乙方]提名[2]人。', '[香港]公司；董事会[5]人：[甲方]提名[3]人，[乙方]提名[2]人。']],
    ['contributions', ['Capital contributions', '注資', '注资'], ['[Party A] contributes US$[amount] in cash; [Party B] contributes [technology / assets] valued at US$[amount].', '[甲方]出資現金[金額]美元；[乙方]以價值[金額]美元的[技術／資產]出資。', '[甲方]出资现金[金额]美元；[乙方]以价值[金额]美元的[技术／资产]出资。']],
    ['ip', ['IP ownership', '知識產權歸屬', '知识产权归属'], ['Background IP stays with each party and is licensed to the JV; foreground IP belongs to the JV.', '背景知識產權歸各方所有並授權合資公司使用；前景知識產權歸合資公司所有。', '背景知识产权归各方所有并授权合资公司使用；前景知识产权归合资公司所有。']],
    ['exit', ['Exit and transfer', '退出及轉讓', '退出及转让'], ['No share transfers for [3] years; first refusal thereafter; deadlock goes to [mediation, then buy-sell].', '[3]年內不得轉讓股份，其後享優先購買權；僵局先[調解，後買賣條款]。', '[3]年内不得转让股份，其后享优先购买权；僵局先[调解，后买卖条款]。']],
    ESG_REPORTING,
    GOVERNING_LAW,
  ]),
  'technology-licensing': terms([
    ['ip', ['Licensed technology', '授權技術', '授权技术'], ['[Patents / know-how] listed in Schedule 1, licensed for [field of use].', '附表一所列[專利／專有技術]，授權用於[應用領域]。', '附表一所列[专利／专有技术]，授权用于[应用领域]。']],
    ['exclusivity', ['Territory and exclusivity', '地域及獨家性', '地域及独家性'], ['[Exclusive / non-exclusive] licence in [territory] for [5] years.', '於[地域]的[獨家／非獨家]許可，為期[5]年。', '于[地域]的[独家／非独家]许可，为期[5]年。']],
    ['price', ['Royalties and fees', '專利費及費用', '专利费及费用'], ['Upfront fee of US$[amount] plus [x]% royalty on net sales, at least US$[amount] a year.', '首期費用[金額]美元，另按淨銷售額收取[x]%專利費，每年最少[金額]美元。', '首期费用[金额]美元，另按净销售额收取[x]%专利费，每年最少[金额]美元。']],
    ['payment', ['Reporting and payment', '報告及付款', '报告及付款'], ['Royalty reports and payment [quarterly], within [30] days of quarter end.', '每[季]提交專利費報告並於季末後[30]天內付款。', '每[季]提交专利费报告并于季末后[30]天内付款。']],
    ['quality', ['Quality control', '質量控制', '质量控制'], ['Licensed products meet the licensor\'s specification and [certification].', '許可產品須符合許可方規格及[認證]。', '许可产品须符合许可方规格及[认证]。']],
    CONFIDENTIALITY,
    GOVERNING_LAW,
  ]),
  'market-entry': terms([
    ['exclusivity', ['Territory and exclusivity', '地域及獨家性', '地域及独家性'], ['[Exclusive] distribution of [products] in [the Greater Bay Area / ASEAN] for [3] years.', '於[大灣區／東盟][獨家]分銷[產品]，為期[3]年。', '于[大湾区／东盟][独家]分销[产品]，为期[3]年。']],
    ['volume', ['Minimum purchases', '最低採購量', '最低采购量'], ['At least [quantity / value] a year, reviewed annually.', '每年最少[數量／金額]，每年檢討。', '每年最少[数量／金额]，每年检讨。']],
    ['price', ['Pricing and margins', '定價及利潤', '定价及利润'], ['The distributor buys at [x]% below the recommended retail price.', '分銷商以建議零售價減[x]%購入。', '分销商以建议零售价减[x]%购入。']],
    DELIVERY,
    ['quality', ['Approvals and certification', '審批及認證', '审批及认证'], ['[Distributor / principal] obtains [product registrations / CCC] before launch.', '[分銷商／委託方]於上市前取得[產品註冊／CCC]。', '[分销商／委托方]于上市前取得[产品注册／CCC]。']],
    ['marketing', ['Brand and marketing', '品牌及市場推廣', '品牌及市场推广'], ['A yearly marketing plan and budget of US$[amount]; brand use per the guidelines.', '每年市場推廣計劃及預算[金額]美元；按指引使用品牌。', '每年市场推广计划及预算[金额]美元；按指引使用品牌。']],
    GOVERNING_LAW,
  ]),
  other: terms([
    ['scope', ['Scope', '範圍', '范围'], ['[What each side provides].', '[各方提供的內容]。', '[各方提供的内容]。']],
    ['price', ['Price', '價格', '价格'], ['US$[amount].', '[金額]美元。', '[金额]美元。']],
    ['payment', ['Payment terms', '付款條款', '付款条款'], ['Payable within [30] days of invoice.', '發票日後[30]天內付款。', '发票日后[30]天内付款。']],
    CONFIDENTIALITY,
    GOVERNING_LAW,
  ]),
};

/** Board columns, in order, with their labels. */
export const TERM_STATUS_LABELS: Record<'open' | 'proposed' | 'agreed' | 'blocked' | 'withdrawn', Labels> = {
  open: labels('Open', '待議', '待议'),
  proposed: labels('Proposed', '已提議', '已提议'),
  agreed: labels('Agreed', '已同意', '已同意'),
  blocked: labels('Blocked', '受阻', '受阻'),
  withdrawn: labels('Withdrawn', '已撤回', '已撤回'),
};
