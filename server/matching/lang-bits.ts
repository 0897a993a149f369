// Working languages as bits, so "any shared language" is one AND.
import type { Lang } from '../../shared/taxonomy/index.ts';

export const LANG_BITS: Record<Lang, number> = { en: 1, 'zh-Hant': 2, 'zh-Hans': 4 };
