// The title of a deal opened from a match, short enough to read at a glance and in the deal's
// language: "Merlion × Yunling: sourcing agricultural spraying drones from Shenzhen" / "云翎 × 狮城：植保无人机寻求东盟经销商" —
// each organisation by its brand (no "Pte. Ltd.", "Co., Ltd.", "有限公司", home city or trade), and
// the subject of the need.
import { DEAL_TITLE_MAX } from '../../shared/schemas/deals.ts';
import { REGIONS, type Lang } from '../../shared/taxonomy/index.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Legal forms at the end of a name, removed again and again ("… Co., Ltd.", "Pte. Ltd."). */
const LATIN_LEGAL_FORM =
  /(?:,?\s+(?:&\s*Co\.?|Co\.?,?\s*Ltd\.?|Pte\.?\s*Ltd\.?|Sdn\.?\s*Bhd\.?|Sp\.\s*z\s*o\.o\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|GmbH|SAS|S\.A\.|B\.V\.|Kft\.|Corp\.?|Corporation|Company|Co\.))+$/i;
const CJK_LEGAL_FORM = /(?:股份有限公司|有限責任公司|有限责任公司|有限公司|公司)$/;

/**
 * Words that describe a firm's trade rather than name it; a name is cut before the first of them
 * that is not its first word ("Merlion Aerial Systems" → "Merlion", "Kin Wah Logistics" → "Kin Wah").
 */
const LATIN_TRADE_WORDS = new Set(
  `ai uav aerial air aviation mobility systems system technology technologies tech asia asian pacific global international
  distribution automation bio biomedical biosciences biotech brand capital carbon clean communications computing creations
  creative cross-border data design drones e-commerce esg engineering environmental europe events exhibitions family general
  green group growth holding holdings industrial intelligent ip import export laboratories law legal life logistics
  low-altitude manufacturing medical microelectronics new power quality renewable robotics stem securities semiconductor
  silicon smart supply sustainable talent trade trading development platform operations council solutions services partners
  advisory consulting consultants energy finance financial investment investments electronics solar cpa cro certified
  solicitors accountants research clinical sciences`.split(/\s+/),
);
const CJK_TRADE_WORDS = [
  '無人機', '无人机', '科技', '技術', '技术', '航空', '系統', '系统', '貿易', '贸易', '發展', '发展', '平台', '人工智能', '低空',
  '供應鏈', '供应链', '傳訊', '传讯', '創作', '创作', '動力', '动力', '化驗', '化验', '半導體', '半导体', '可持續', '可持续', '品質',
  '品质', '封測', '封测', '展覽', '展览', '工程', '律師', '律师', '微電子', '微电子', '數據', '数据', '智造', '智飛', '智飞', '會計',
  '会计', '檢測', '检测', '物流', '環保', '环保', '環球', '环球', '生命', '生物', '醫療', '医疗', '新能源', '能源', '電子', '电子',
  '集團', '集团', '控股', '國際', '国际', '實業', '实业', '投資', '投资', '資本', '资本', '金融', '顧問', '顾问', '服務', '服务',
  '製造', '制造', '電池', '电池', '商貿', '商贸', '電商', '电商', '跨境', '創意', '创意', '設計', '设计', '營運', '运营', '航天',
];
/** Home cities and provinces a Chinese name may start with ("深圳云翎…"). */
const CJK_PLACES = [...new Set(REGIONS.flatMap((region) => [region.labels['zh-Hant'], region.labels['zh-Hans']]))]
  .filter((place) => place.length <= 3)
  .sort((a, b) => b.length - a.length);

function shortLatin(name: string): string {
  const bare = name.replace(/\s*\([^)]*\)/g, '').replace(LATIN_LEGAL_FORM, '').split(',')[0].trim();
  const words = bare.split(/\s+/);
  const cut = words.findIndex((word, index) => index > 0 && LATIN_TRADE_WORDS.has(word.toLowerCase()));
  return (cut > 0 ? words.slice(0, cut) : words).join(' ');
}

function shortCjk(name: string): string {
  let bare = name.replace(/\s*[（(][^）)]*[）)]/g, '').replace(CJK_LEGAL_FORM, '').trim();
  const place = CJK_PLACES.find((candidate) => bare.startsWith(candidate) && bare.length - candidate.length >= 2);
  if (place) bare = bare.slice(place.length);
  const cuts = CJK_TRADE_WORDS.map((word) => bare.indexOf(word)).filter((index) => index >= 2);
  return cuts.length > 0 ? bare.slice(0, Math.min(...cuts)) : bare;
}

/** An organisation as people call it: its brand, without legal form, home city or trade. */
export function shortOrgName(name: string): string {
  const short = CJK.test(name) ? shortCjk(name) : shortLatin(name);
  return short || name.trim();
}

/** A name in the deal's language, else English, else the main name. */
export function orgNameIn(org: { name: string; names: Partial<Record<Lang, string>> } | undefined, lang: Lang): string {
  return org ? (org.names[lang] ?? org.names.en ?? org.name) : '?';
}

const SUBJECT_MAX = { latin: 60, cjk: 16 } as const;

function cutAt(text: string, max: number, cjk: boolean): string {
  if (text.length <= max) return text;
  if (cjk) return `${text.slice(0, max)}…`;
  const words = text.slice(0, max + 1).split(/\s+/).slice(0, -1).join(' ');
  return `${words || text.slice(0, max)}…`;
}

/**
 * What a listing is about, from its title: the part in the deal's language when the title is
 * bilingual ("植保无人机… | Agricultural spraying drones: …"), before its colon, shortened.
 */
export function listingSubject(title: string, lang: Lang): string {
  const parts = title.split(/\s*[|｜]\s*/).filter(Boolean);
  const wantCjk = lang !== 'en';
  const part = parts.find((candidate) => CJK.test(candidate) === wantCjk) ?? parts[0] ?? title;
  const [head] = part.replace(/\s*[（(][^）)]*[）)]/g, '').split(/\s*[:：]\s*/);
  const subject = (head.length >= 3 ? head : part).trim();
  const cjk = CJK.test(subject);
  // "Agricultural spraying drones" reads as a subject after the colon; "ASEAN …" keeps its capitals.
  const cased = lang === 'en' && !cjk && /^[A-Z](?![A-Z0-9])/.test(subject) ? subject[0].toLowerCase() + subject.slice(1) : subject;
  return cutAt(cased, cjk ? SUBJECT_MAX.cjk : SUBJECT_MAX.latin, cjk);
}

/** "<need side> × <offer side>: <subject of the need>", with the colon of the deal's language. */
export function matchDealTitle(names: { need: string; offer: string }, needTitle: string, lang: Lang): string {
  const colon = lang === 'en' ? ': ' : '：';
  return `${shortOrgName(names.need)} × ${shortOrgName(names.offer)}${colon}${listingSubject(needTitle, lang)}`.slice(0, DEAL_TITLE_MAX);
}
