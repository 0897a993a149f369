// The chosen UI language (remembered in localStorage) and `t(key)` to translate with it.
import { en, type Dictionary, type MessageKey } from './en.ts';
import { interpolate } from './interpolate.ts';
import { zhHans } from './zh-hans.ts';
import { zhHant } from './zh-hant.ts';

export const LOCALES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type LocaleCode = (typeof LOCALES)[number];

/** Each language named in itself, for the switch. */
export const LOCALE_NAMES: Record<LocaleCode, string> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };

const DICTIONARIES: Record<LocaleCode, Dictionary> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };
const STORAGE_KEY = 'superconnector.locale';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLocale(value: string | null): value is LocaleCode {
  return (LOCALES as readonly (string | null)[]).includes(value);
}

/** Best guess from the browser: Traditional for HK/TW/MO and zh-Hant, Simplified for other Chinese. */
export function guessLocale(languages: readonly string[]): LocaleCode {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (!tag.startsWith('zh')) continue;
    return /hant|hk|tw|mo/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  }
  return 'en';
}

export class Locale {
  current = $state<LocaleCode>('en');

  constructor(private readonly storage: Storage | null) {
    const stored = storage?.getItem(STORAGE_KEY) ?? null;
    this.current = isLocale(stored) ? stored : guessLocale(navigator.languages);
    document.documentElement.lang = this.current;
  }

  /** Translates a key in the current language; reading `current` makes callers reactive. */
  t: Translate = (key, values) => {
    const text = DICTIONARIES[this.current][key];
    return values ? interpolate(text, values) : text;
  };

  set(code: LocaleCode): void {
    this.current = code;
    document.documentElement.lang = code;
    this.storage?.setItem(STORAGE_KEY, code);
  }
}
