// Ordered scales: deal-size bands, project stages, organisation sizes, and the deal pipeline.
import { labels, type TaxonomyEntry } from './labels.ts';

/** Deal-size bands in US dollars, smallest first; adjacent bands count as a partial fit. */
export const DEAL_SIZES: TaxonomyEntry[] = [
  { code: 'under-1m', labels: labels('Under US$1m', '少於100萬美元', '少于100万美元') },
  { code: '1m-5m', labels: labels('US$1m–5m', '100萬至500萬美元', '100万至500万美元') },
  { code: '5m-20m', labels: labels('US$5m–20m', '500萬至2,000萬美元', '500万至2,000万美元') },
  { code: '20m-100m', labels: labels('US$20m–100m', '2,000萬至1億美元', '2,000万至1亿美元') },
  { code: 'over-100m', labels: labels('Over US$100m', '超過1億美元', '超过1亿美元') },
];

/** Maturity of the project or company behind a listing, earliest first. */
export const PROJECT_STAGES: TaxonomyEntry[] = [
  { code: 'concept', labels: labels('Concept', '構思', '构思') },
  { code: 'pilot', labels: labels('Pilot', '試點', '试点') },
  { code: 'growth', labels: labels('Growth', '增長', '增长') },
  { code: 'scale-up', labels: labels('Scale-up', '規模化', '规模化') },
  { code: 'mature', labels: labels('Mature', '成熟', '成熟') },
];

export const ORG_SIZES: TaxonomyEntry[] = [
  { code: 'startup', labels: labels('Start-up (under 20 staff)', '初創（少於20人）', '初创（少于20人）') },
  { code: 'sme', labels: labels('SME (20–250 staff)', '中小企（20至250人）', '中小企（20至250人）') },
  { code: 'large', labels: labels('Large enterprise', '大型企業', '大型企业') },
  { code: 'public-body', labels: labels('Public body or institution', '公營機構', '公营机构') },
];

/** The deal pipeline, in order; the last two end a deal. */
export const DEAL_STAGES: TaxonomyEntry[] = [
  { code: 'introduced', labels: labels('Introduced', '已引薦', '已引荐') },
  { code: 'nda', labels: labels('NDA', '保密協議', '保密协议') },
  { code: 'due-diligence', labels: labels('Due diligence', '盡職審查', '尽职调查') },
  { code: 'negotiation', labels: labels('Negotiation', '談判', '谈判') },
  { code: 'agreed', labels: labels('Agreed', '已達成協議', '已达成协议') },
  { code: 'closed-won', labels: labels('Closed – won', '已成交', '已成交') },
  { code: 'closed-lost', labels: labels('Closed – lost', '未成交', '未成交') },
];
