// The three UI dictionaries: every text present in each language, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../client/src/i18n/en.ts';
import { zhHans } from '../../client/src/i18n/zh-hans.ts';
import { zhHant } from '../../client/src/i18n/zh-hant.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]).sort();

describe('UI dictionaries', () => {
  for (const [name, dictionary] of [
    ['繁體中文', zhHant],
    ['简体中文', zhHans],
  ] as const) {
    it(`${name} has every key, none empty, with the English placeholders`, () => {
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as MessageKey[]) {
        expect(dictionary[key].trim(), key).not.toBe('');
        expect(placeholders(dictionary[key]), key).toEqual(placeholders(en[key]));
      }
    });
  }
});
