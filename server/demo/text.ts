// Fills the slots of hand-written phrases for one organisation or listing, in one language.
import { REGIONS, type Lang } from '../../shared/taxonomy/index.ts';
import type { SeededRandom } from './random.ts';
import type { Term } from './types.ts';

const LANG_INDEX: Record<Lang, 0 | 1 | 2> = { en: 0, 'zh-Hant': 1, 'zh-Hans': 2 };
const REGION_BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));
const HK_DISTRICTS = new Set(['hk-northern-metropolis', 'hk-san-tin', 'hk-loop', 'hk-science-park', 'hk-cyberport', 'hk-innopark-tai-po', 'hk-innopark-tko', 'hk-innopark-yuen-long']);

/** The term in one language. */
export function termIn(term: Term, lang: Lang): string {
  return term[LANG_INDEX[lang]];
}

/** How a place reads inside a sentence where the taxonomy label would not ("in the Middle East"). */
const IN_PROSE: Record<string, Partial<Record<Lang, string>>> = {
  gba: { en: 'the Greater Bay Area', 'zh-Hant': '大灣區', 'zh-Hans': '大湾区' },
  mainland: { en: 'the Mainland', 'zh-Hant': '內地', 'zh-Hans': '内地' },
  'middle-east': { en: 'the Middle East' },
  eu: { en: 'the EU' },
  uae: { en: 'the UAE' },
  us: { en: 'the US' },
  uk: { en: 'the UK' },
  netherlands: { en: 'the Netherlands' },
  cee: { en: 'Central and Eastern Europe' },
  cptpp: { en: 'CPTPP markets', 'zh-Hant': 'CPTPP成員國', 'zh-Hans': 'CPTPP成员国' },
  'hk-loop': { en: 'the Loop (Hetao)', 'zh-Hant': '河套', 'zh-Hans': '河套' },
  'hk-northern-metropolis': { en: 'the Northern Metropolis' },
};

/** A region as a sentence names it: the prose form where there is one, else the taxonomy label. */
export function regionLabel(code: string, lang: Lang): string {
  const region = REGION_BY_CODE.get(code);
  if (!region) throw new Error(`unknown region ${code}`);
  return IN_PROSE[code]?.[lang] ?? region.labels[lang];
}

/** The place an organisation name carries: Hong Kong for its districts, else the region itself. */
export function placeLabel(code: string, lang: Lang): string {
  return regionLabel(HK_DISTRICTS.has(code) ? 'hk' : code, lang);
}

/** An amount in millions of US dollars as each language writes it: US$230m, 2.3億美元, 2.3亿美元. */
export function usdMillions(millions: number, lang: Lang): string {
  if (lang === 'en') return millions >= 1000 ? `US$${millions / 1000}bn` : `US$${millions}m`;
  const [yi, wan] = lang === 'zh-Hant' ? ['億', '萬'] : ['亿', '万'];
  return millions >= 100 ? `${millions / 100}${yi}美元` : `${(millions * 100).toLocaleString('en-US')}${wan}美元`;
}

/** English titles and sentences start with a capital even when a slot opens them. */
export function capitalise(text: string, lang: Lang): string {
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** "A, B and C" in English, 「A、B、C」 in Chinese. */
export function joinList(items: string[], lang: Lang): string {
  if (lang !== 'en') return items.join('、');
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The values one listing's (or organisation's) slots take. Terms are picked once, so a bilingual
 * text names the same product in both halves; numbers are drawn once per `{n:a-b}` slot.
 */
export class SlotValues {
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly random: SeededRandom,
    private readonly terms: Record<string, Term>,
    private readonly places: { home: string; markets: string[] },
    private readonly orgNames: Partial<Record<Lang, string>>,
  ) {}

  render(template: string, lang: Lang): string {
    return template.replace(/\{([a-z]+)(?::(\d+)-(\d+))?\}/g, (_whole, key: string, min?: string, max?: string) => {
      if (min === undefined || max === undefined) return this.slot(key, lang);
      const value = this.number(`${key}:${min}-${max}`, Number(min), Number(max));
      return key === 'usd' ? usdMillions(value, lang) : value.toLocaleString('en-US');
    });
  }

  private number(key: string, min: number, max: number): number {
    let value = this.numbers.get(key);
    if (value === undefined) {
      // Round larger figures the way people write them (120, not 117).
      const step = max >= 1000 ? 50 : max >= 200 ? 10 : max >= 40 ? 5 : 1;
      value = Math.round(this.random.int(min, max) / step) * step;
      this.numbers.set(key, value);
    }
    return value;
  }

  private slot(key: string, lang: Lang): string {
    switch (key) {
      case 'home':
        return placeLabel(this.places.home, lang);
      case 'market':
        return regionLabel(this.places.markets[0] ?? this.places.home, lang);
      case 'markets':
        return joinList(this.places.markets.map((code) => regionLabel(code, lang)), lang);
      case 'org':
        return this.orgNames[lang] ?? this.orgNames.en ?? Object.values(this.orgNames)[0] ?? '';
      default: {
        const term = this.terms[key];
        if (!term) throw new Error(`no value for slot {${key}}`);
        return termIn(term, lang);
      }
    }
  }
}
