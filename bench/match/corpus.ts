// A generated marketplace of N listings for the speed benchmark. Text is recombined from the
// hand-written intents' sentences in all three languages, plus made-up company and product names
// (so the vocabulary keeps growing, as a real one does); codes mostly follow the intent, sometimes not.
import { DEAL_SIZES, LISTING_CATEGORIES, PROJECT_STAGES, REGION_CODES, SECTOR_CODES, type Lang } from '../../shared/taxonomy/index.ts';
import type { MatchableListing } from '../../server/matching/index.ts';
import type { Intent, SideText } from './intent-types.ts';
import { INTENTS } from './intents.ts';
import { Random } from './random.ts';

const LANGS: Lang[] = ['en', 'en', 'zh-Hant', 'zh-Hans'];
const SYLLABLES = 'ka ri so ven tor lum an pex qui dor mel zan fi ro cor ta ly ner vo sen bri gal hu mo'.split(' ');
const HAN = '華興達通科創源聯智匯恒盛鼎寶豐信安泰德利海光明新美康瑞祥輝騰宏航凱億晶鑫嘉'.split('');
const CERTS = ['ISO 9001', 'ISO 13485', 'ISO 14001', 'CE', 'FDA', 'GMP', 'CNAS', 'UL'];

function sentences(text: string): string[] {
  return text.split(/(?<=[.。；;])\s*/u).filter((part) => part.trim().length > 0);
}

function madeUpName(random: Random, lang: Lang): string {
  if (lang === 'en') return Array.from({ length: 2 + random.int(2) }, () => random.pick(SYLLABLES)).join('').replace(/^./, (c) => c.toUpperCase());
  return Array.from({ length: 2 + random.int(2) }, () => random.pick(HAN)).join('');
}

function textFor(random: Random, text: SideText, lang: Lang): [string, string] {
  const [title, body] = text[lang];
  const other = random.pick(INTENTS);
  const extra = sentences((random.chance(0.5) ? other.needText : other.offerText)[lang][1]);
  const name = madeUpName(random, lang);
  const intro = lang === 'en' ? `${name} ${madeUpName(random, lang)} Ltd.` : `${name}${madeUpName(random, lang)}有限公司。`;
  return [`${title} ${random.chance(0.3) ? name : ''}`.trim(), [intro, ...sentences(body), ...extra.slice(0, 1 + random.int(2))].join(' ')];
}

function generateOne(random: Random, index: number, orgs: number): MatchableListing {
  const intent: Intent = random.pick(INTENTS);
  const isNeed = random.chance(0.5);
  const lang = random.pick(LANGS);
  const [title, description] = textFor(random, isNeed ? intent.needText : intent.offerText, lang);
  const faithful = random.chance(0.8);
  const sectors = faithful ? (isNeed ? intent.sectors : (intent.offerSectors ?? intent.sectors)) : [random.pick(SECTOR_CODES)];
  const regions = faithful ? (isNeed ? intent.need.to : intent.offer.regions) : [random.pick(REGION_CODES)];
  const category = faithful ? (isNeed ? intent.category : (intent.offerCategory ?? intent.category)) : random.pick(LISTING_CATEGORIES).code;
  return {
    id: `g${index}`,
    orgId: `org${random.int(orgs)}`,
    kind: isNeed ? 'need' : 'offer',
    category,
    title,
    description,
    sectors,
    regions,
    orgRegion: isNeed ? intent.need.home : random.pick(intent.offer.homes),
    ...(random.chance(0.6) ? { dealSize: random.pick(DEAL_SIZES).code } : {}),
    ...(random.chance(0.4) ? { stage: random.pick(PROJECT_STAGES).code } : {}),
    languages: lang === 'en' || random.chance(0.5) ? [lang] : [lang, 'en'],
    certifications: isNeed && random.chance(0.1) ? [random.pick(CERTS)] : [],
    orgCertifications: random.chance(0.3) ? [random.pick(CERTS), random.pick(CERTS)] : [],
    active: random.chance(0.97),
  };
}

export function generateCorpus(size: number, seed = 20240601): MatchableListing[] {
  const random = new Random(seed);
  const orgs = Math.max(10, Math.floor(size / 4));
  return Array.from({ length: size }, (_, i) => generateOne(random, i, orgs));
}
