// Place names in listing text → place concepts, built from the region taxonomy plus common aliases,
// so "Southeast Asia", 「東南亞」 and 「东盟」 in a description meet the structured region codes.
import { REGIONS } from '../../../shared/taxonomy/index.ts';
import type { GlossaryRow } from './glossary.ts';

/** Extra surfaces per region code: [English, Traditional, Simplified], "|"-separated. */
const ALIASES: Record<string, [string, string, string]> = {
  hk: ['Hong Kong|HK|HKSAR', '香港|香港特區', '香港|香港特区'],
  'hk-loop': ['Hetao|Lok Ma Chau Loop', '河套|落馬洲河套', '河套|落马洲河套'],
  'hk-science-park': ['Science Park|HKSTP', '科學園|科技園', '科学园|科技园'],
  macao: ['Macao|Macau', '澳門', '澳门'],
  gba: ['Greater Bay Area|GBA|Guangdong-Hong Kong-Macao Greater Bay Area|Pearl River Delta', '大灣區|粵港澳大灣區|珠三角', '大湾区|粤港澳大湾区|珠三角'],
  mainland: ['Mainland China|Mainland|China|PRC', '內地|中國內地|中國|國內', '内地|中国内地|中国|国内'],
  'belt-road': ['Belt and Road|BRI|Belt and Road Initiative', '一帶一路', '一带一路'],
  asean: ['ASEAN|Southeast Asia|South-East Asia|South East Asia', '東盟|東南亞|亞細安', '东盟|东南亚'],
  vietnam: ['Vietnam|Viet Nam|Ho Chi Minh City|Hanoi', '越南|胡志明市|河內', '越南|胡志明市|河内'],
  indonesia: ['Indonesia|Jakarta', '印尼|印度尼西亞|雅加達', '印尼|印度尼西亚|雅加达'],
  malaysia: ['Malaysia|Kuala Lumpur', '馬來西亞|大馬|吉隆坡', '马来西亚|吉隆坡'],
  thailand: ['Thailand|Bangkok', '泰國|曼谷', '泰国|曼谷'],
  'middle-east': ['Middle East|GCC|Gulf|Gulf states', '中東|海灣|海灣國家', '中东|海湾|海湾国家'],
  uae: ['UAE|United Arab Emirates|Dubai|Abu Dhabi', '阿聯酋|杜拜|迪拜|阿布扎比', '阿联酋|迪拜|阿布扎比'],
  'saudi-arabia': ['Saudi Arabia|Saudi|KSA|Riyadh', '沙特阿拉伯|沙特|沙地阿拉伯|利雅得', '沙特阿拉伯|沙特|利雅得'],
  'central-asia': ['Central Asia', '中亞', '中亚'],
  kazakhstan: ['Kazakhstan|Almaty|Astana', '哈薩克|哈薩克斯坦|阿拉木圖', '哈萨克斯坦|阿拉木图'],
  cee: ['Central and Eastern Europe|Central & Eastern Europe|CEE|Eastern Europe', '中東歐|中歐|東歐', '中东欧|中欧|东欧'],
  eu: ['European Union|EU|Europe|European', '歐盟|歐洲', '欧盟|欧洲'],
  uk: ['United Kingdom|UK|Britain|London', '英國|倫敦', '英国|伦敦'],
  us: ['United States|USA|America|North America', '美國|北美', '美国|北美'],
  japan: ['Japan|Tokyo', '日本|東京', '日本|东京'],
  korea: ['Korea|South Korea|Seoul', '韓國|南韓|首爾', '韩国|首尔'],
  cptpp: ['CPTPP', 'CPTPP|全面與進步跨太平洋夥伴關係協定', 'CPTPP|全面与进步跨太平洋伙伴关系协定'],
  australia: ['Australia|Sydney|Melbourne', '澳洲|澳大利亞|悉尼', '澳大利亚|澳洲|悉尼'],
  'guangdong-other': ['Guangdong', '廣東|廣東省', '广东|广东省'],
  international: ['international markets|overseas markets|global markets', '海外市場|國際市場|全球市場', '海外市场|国际市场|全球市场'],
};

/** Region codes whose taxonomy label is a description, not a name someone would type. */
const LABEL_NOT_A_NAME = new Set(['gba', 'mainland', 'international', 'guangdong-other', 'cptpp', 'hk-loop', 'belt-road']);

/** Concept id of a region code. */
export function placeConcept(code: string): string {
  return `place:${code}`;
}

export const PLACE_GLOSSARY: GlossaryRow[] = REGIONS.map((region) => {
  const alias = ALIASES[region.code] ?? ['', '', ''];
  const own = LABEL_NOT_A_NAME.has(region.code) ? ['', '', ''] : [region.labels.en, region.labels['zh-Hant'], region.labels['zh-Hans']];
  const join = (i: number) => [alias[i], own[i]].filter(Boolean).join('|');
  const row: GlossaryRow = [placeConcept(region.code), join(0), join(1), join(2)];
  if (region.parent) row.push(placeConcept(region.parent));
  return row;
});
