// The viewer's language: an explicit choice, else the best of Accept-Language, else English.
import { LANGS, type Lang } from '../../shared/taxonomy/index.ts';

/** Maps one BCP 47 tag to the platform language it reads as, or null. */
export function langOfTag(tag: string): Lang | null {
  const lower = tag.trim().toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return 'zh-Hant';
  if (lower === 'zh' || /^zh-(hans|cn|sg|my)\b/.test(lower)) return 'zh-Hans';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

/** The highest-weighted tag of an Accept-Language header that maps to a platform language. */
export function langFromAcceptLanguage(header: string | undefined): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag, weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return null;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function pickLang(explicit: Lang | undefined, acceptLanguage: string | undefined): Lang {
  return explicit ?? langFromAcceptLanguage(acceptLanguage) ?? 'en';
}
