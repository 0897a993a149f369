// Turns a structured match reason into one sentence in English, 繁體中文 or 简体中文.
import { loadOnFirstUse } from '../load-on-first-use.ts';
import { taxonomyIndex } from './taxonomy-index.ts';
import { domainGlossary } from './text/glossary-matcher.ts';
import { defaultTaxonomyLookup } from './taxonomy-lookup.ts';
import type { CounterpartyKind, Requirement } from './text/constraints.ts';
import type { Lang, MatchReason, SharedTerm, TaxonomyLookup } from './types.ts';

const opencc = loadOnFirstUse<typeof import('opencc-js/cn2t')>('opencc-js/cn2t');
let converter: ((text: string) => string) | undefined;
/** Words shown from Simplified-folded text are turned back to Traditional for 繁體 readers; loaded and built on first use (tens of MB). */
const toTraditional = (text: string) => (converter ??= opencc().Converter({ from: 'cn', to: 'hk' }))(text);

type Phrases = Record<Lang, (...parts: string[]) => string>;

const t = (en: Phrases['en'], hant: Phrases['zh-Hant'], hans: Phrases['zh-Hans']): Phrases => ({ en, 'zh-Hant': hant, 'zh-Hans': hans });

const PHRASES = {
  sectorSame: t((s) => `Both in ${s}`, (s) => `同屬${s}`, (s) => `同属${s}`),
  sectorWithin: t((child, parent) => `${child}, part of ${parent}`, (child, parent) => `${child}屬於${parent}`, (child, parent) => `${child}属于${parent}`),
  sectorSibling: t((a, b) => `Related sectors: ${a} and ${b}`, (a, b) => `相關領域：${a}與${b}`, (a, b) => `相关领域：${a}与${b}`),
  corridor: t((from, to) => `${from} → ${to} corridor`, (from, to) => `${from} → ${to}走廊`, (from, to) => `${from} → ${to}走廊`),
  corridorVia: t((from, to, via) => `${from} → ${to} corridor (partner in ${via})`, (from, to, via) => `${from} → ${to}走廊（對方位於${via}）`, (from, to, via) => `${from} → ${to}走廊（对方位于${via}）`),
  sameArea: t((place) => `Both active in ${place}`, (place) => `同在${place}發展`, (place) => `同在${place}发展`),
  nearby: t((a, b) => `Nearby markets: ${a} and ${b}`, (a, b) => `鄰近市場：${a}與${b}`, (a, b) => `邻近市场：${a}与${b}`),
  sizeSame: t((band) => `Deal size fits: ${band}`, (band) => `交易規模相符：${band}`, (band) => `交易规模相符：${band}`),
  sizeClose: t((a, b) => `Deal sizes close: ${a} and ${b}`, (a, b) => `交易規模相近：${a}與${b}`, (a, b) => `交易规模相近：${a}与${b}`),
  stageSame: t((stage) => `Same stage: ${stage}`, (stage) => `項目階段相同：${stage}`, (stage) => `项目阶段相同：${stage}`),
  stageClose: t((a, b) => `Stages close: ${a} and ${b}`, (a, b) => `項目階段相近：${a}與${b}`, (a, b) => `项目阶段相近：${a}与${b}`),
  language: t((list) => `Both work in ${list}`, (list) => `均使用${list}`, (list) => `均使用${list}`),
  crossScript: t(() => 'Both work in Chinese (Traditional and Simplified)', () => '均使用中文（繁體及簡體）', () => '均使用中文（繁体及简体）'),
  certification: t((list) => `Holds the requested certification: ${list}`, (list) => `持有所需認證：${list}`, (list) => `持有所需认证：${list}`),
  certificationSome: t((list, n, total) => `Holds ${n} of ${total} requested certifications: ${list}`, (list, n, total) => `持有所需認證（${total}項中的${n}項）：${list}`, (list, n, total) => `持有所需认证（${total}项中的${n}项）：${list}`),
  text: t((list) => `Shared terms: ${list}`, (list) => `共同關鍵詞：${list}`, (list) => `共同关键词：${list}`),
  textSimilar: t(() => 'Similar descriptions', () => '描述內容相近', () => '描述内容相近'),
  category: t((need, offer) => `Complementary: ${need} ↔ ${offer}`, (need, offer) => `需求互補：${need} ↔ ${offer}`, (need, offer) => `需求互补：${need} ↔ ${offer}`),
  requirementMet: t((r) => `Meets the stated requirement: ${r}`, (r) => `符合所列要求：${r}`, (r) => `符合所列要求：${r}`),
  requirementUnmet: t((r) => `Ranked lower: does not meet the stated requirement (${r})`, (r) => `排名較低：不符合所列要求（${r}）`, (r) => `排名较低：不符合所列要求（${r}）`),
  presentIn: t((place) => `present in ${place}`, (place) => `在${place}有業務`, (place) => `在${place}有业务`),
  notOnlyIn: t((place) => `not only in ${place}`, (place) => `不只在${place}營運`, (place) => `不只在${place}运营`),
  notBasedIn: t((place) => `not based in ${place}`, (place) => `不在${place}`, (place) => `不在${place}`),
  isKind: t((kind) => `is ${kind}`, (kind) => `為${kind}`, (kind) => `为${kind}`),
  notKind: t((kind) => `not ${kind}`, (kind) => `並非${kind}`, (kind) => `并非${kind}`),
  declinedSimilar: t((n) => `Ranked lower: you declined ${n} similar`, (n) => `排名較低：你曾拒絕${n}個類似配對`, (n) => `排名较低：你曾拒绝${n}个类似配对`),
  unresponsive: t(() => 'Ranked lower: often lets interest go unanswered', () => '排名較低：常未回覆對方的意向', () => '排名较低：常未回复对方的意向'),
};

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  en: { en: 'English', 'zh-Hant': 'Traditional Chinese', 'zh-Hans': 'Simplified Chinese' },
  'zh-Hant': { en: '英文', 'zh-Hant': '繁體中文', 'zh-Hans': '簡體中文' },
  'zh-Hans': { en: '英文', 'zh-Hant': '繁体中文', 'zh-Hans': '简体中文' },
};

const KIND_NAMES: Record<CounterpartyKind, Record<Lang, string>> = {
  trader: { en: 'a trading company', 'zh-Hant': '貿易公司', 'zh-Hans': '贸易公司' },
  manufacturer: { en: 'a manufacturer', 'zh-Hant': '製造商', 'zh-Hans': '制造商' },
  intermediary: { en: 'an agent or broker', 'zh-Hant': '中介或經紀', 'zh-Hans': '中介或经纪' },
};

const listOf = (items: string[], lang: Lang) => items.join(lang === 'en' ? ', ' : '、');

/** One sentence for a reason, in the viewer's language. Unknown codes fall back to the code itself. */
export function renderReason(reason: MatchReason, lang: Lang, lookup: TaxonomyLookup = defaultTaxonomyLookup): string {
  const say = (phrases: Phrases, ...parts: string[]) => phrases[lang](...parts);
  const label = (table: Parameters<TaxonomyLookup>[0], code: string) => lookup(table, code, lang) ?? code;
  const p = reason.params;
  switch (p.code) {
    case 'sector':
      if (p.relation === 'same') return say(PHRASES.sectorSame, label('sector', p.sector));
      if (p.relation === 'sibling') return say(PHRASES.sectorSibling, label('sector', p.sector), label('sector', p.other));
      return p.relation === 'child'
        ? say(PHRASES.sectorWithin, label('sector', p.sector), label('sector', p.other))
        : say(PHRASES.sectorWithin, label('sector', p.other), label('sector', p.sector));
    case 'corridor':
      return renderCorridor(p, say, (code) => label('region', code));
    case 'size':
    case 'stage': {
      const table = p.code === 'size' ? 'dealSize' : 'stage';
      const [same, close] = p.code === 'size' ? [PHRASES.sizeSame, PHRASES.sizeClose] : [PHRASES.stageSame, PHRASES.stageClose];
      return p.relation === 'same' ? say(same, label(table, p.band)) : say(close, label(table, p.band), label(table, p.other));
    }
    case 'language':
      return p.crossScript ? say(PHRASES.crossScript) : say(PHRASES.language, listOf(p.languages.map((code) => LANGUAGE_NAMES[lang][code]), lang));
    case 'certification':
      return p.held.length === p.requested
        ? say(PHRASES.certification, listOf(p.held, lang))
        : say(PHRASES.certificationSome, listOf(p.held, lang), String(p.held.length), String(p.requested));
    case 'text': {
      const terms = termsForReader(p.terms, lang, lookup);
      return terms.length > 0 ? say(PHRASES.text, listOf(terms, lang)) : say(PHRASES.textSimilar);
    }
    case 'category':
      return say(PHRASES.category, label('categoryNeed', p.need), label('categoryOffer', p.offer));
    case 'requirement':
      return say(p.met ? PHRASES.requirementMet : PHRASES.requirementUnmet, requirementText(p.requirement, lang, (code) => label('region', code)));
    case 'declined-similar':
      return say(PHRASES.declinedSimilar, String(p.count));
    case 'unresponsive':
      return say(PHRASES.unresponsive);
  }
}

function requirementText(requirement: Requirement, lang: Lang, region: (code: string) => string): string {
  if ('kind' in requirement) return (requirement.rule === 'include' ? PHRASES.isKind : PHRASES.notKind)[lang](KIND_NAMES[requirement.kind][lang]);
  const phrase = requirement.rule === 'include' ? PHRASES.presentIn : requirement.only ? PHRASES.notOnlyIn : PHRASES.notBasedIn;
  return phrase[lang](region(requirement.place));
}

function renderCorridor(
  p: Extract<MatchReason['params'], { code: 'corridor' }>,
  say: (phrases: Phrases, ...parts: string[]) => string,
  region: (code: string) => string,
): string {
  if (p.relation === 'neighbour' || p.relation === 'bay-area' || p.relation === 'block') return say(PHRASES.nearby, region(p.to), region(p.via));
  // A Science Park company's need for Hong Kong is not a corridor: both sides are at home.
  if (taxonomyIndex().regionWithin(p.from, p.to) || taxonomyIndex().regionWithin(p.to, p.from)) return say(PHRASES.sameArea, region(p.to));
  if (p.via === p.to || p.relation === 'covers') return say(PHRASES.corridor, region(p.from), region(p.to));
  return say(PHRASES.corridorVia, region(p.from), region(p.to), region(p.via));
}

const HAN = /\p{Script=Han}/u;
/** Latin acronyms and codes (CRO, PCBA, 5G) are written as they are in Chinese text too. */
const ACRONYM = /^[A-Z0-9][A-Z0-9&+-]*$/u;

const readableIn = (text: string, lang: Lang) => (lang === 'en' ? !HAN.test(text) : HAN.test(text) || ACRONYM.test(text));

/** The shared terms as the reader's own words: concepts in the reader's language, words of the
 *  other language translated through the glossary where it knows them, otherwise left out (a
 *  Chinese reader never sees "service", an English reader never sees 植保). */
function termsForReader(terms: SharedTerm[], lang: Lang, lookup: TaxonomyLookup): string[] {
  const label = (term: SharedTerm): string | undefined => {
    if ('concept' in term) return lookup('concept', term.concept, lang);
    if (readableIn(term.word, lang)) return lang === 'zh-Hant' ? toTraditional(term.word) : term.word;
    const concept = domainGlossary().conceptOf(term.word);
    return concept === undefined ? undefined : lookup('concept', concept, lang);
  };
  return [...new Set(terms.map(label).filter((text): text is string => text !== undefined && readableIn(text, lang)))];
}
