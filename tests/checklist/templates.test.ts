// Every deal type's request-list template, in every language: each section and item it names
// exists in the catalogue and is worded in English, Traditional and Simplified Chinese (the
// Chinese in Chinese script, Traditional and Simplified told apart somewhere in each list).
import { describe, expect, it } from 'vitest';
import { CHECKLIST_CATALOGUE, checklistText, templateItemLabels, templatePlan, templateSectionLabels } from '../../shared/checklist/index.ts';
import { DEAL_TYPE_CODES } from '../../shared/schemas/deals.ts';
import { LANGS } from '../../shared/taxonomy/index.ts';

const HAN = /\p{Script=Han}/u;

describe('request-list templates', () => {
  for (const type of DEAL_TYPE_CODES) {
    describe(type, () => {
      const plan = templatePlan(type);

      it('names sections and items the catalogue holds, each once', () => {
        expect(plan.length).toBeGreaterThanOrEqual(4);
        const keys = plan.flatMap((section) => section.itemKeys);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(plan.map((section) => section.key)).size).toBe(plan.length);
        for (const section of plan) {
          expect(section.itemKeys.length, section.key).toBeGreaterThan(0);
          expect(templateSectionLabels(section.key)).not.toBeNull();
          for (const key of section.itemKeys) expect(templateItemLabels(key), key).not.toBeNull();
        }
      });

      for (const lang of LANGS) {
        it(`reads in ${lang}`, () => {
          for (const section of plan) {
            const title = checklistText({ template: section.key, text: null }, lang, templateSectionLabels);
            expect(title.trim().length, `${section.key} in ${lang}`).toBeGreaterThan(1);
            for (const key of section.itemKeys) {
              const text = checklistText({ template: key, text: null }, lang, templateItemLabels);
              expect(text.trim().length, `${key} in ${lang}`).toBeGreaterThan(3);
              expect(HAN.test(text), `${key} in ${lang}`).toBe(lang !== 'en');
            }
          }
        });
      }

      it('words Traditional and Simplified differently somewhere', () => {
        const items = plan.flatMap((section) => section.itemKeys).map((key) => templateItemLabels(key));
        expect(items.some((labels) => labels?.['zh-Hant'] !== labels?.['zh-Hans'])).toBe(true);
      });
    });
  }

  it('covers the cross-border essentials where the deal type calls for them', () => {
    const keysOf = (type: (typeof DEAL_TYPE_CODES)[number]) => templatePlan(type).flatMap((section) => section.itemKeys);
    expect(keysOf('investment')).toEqual(expect.arrayContaining(['regulatory.odi', 'data.pipl', 'data.pdpo', 'tax.treaty', 'corporate.ownership']));
    expect(keysOf('supply')).toEqual(expect.arrayContaining(['lowAltitude.caac', 'regulatory.export', 'quality.' + Object.keys(CHECKLIST_CATALOGUE.quality.items)[0]]));
    expect(keysOf('technology-licensing')).toEqual(expect.arrayContaining(['regulatory.technology', 'ip.fto']));
  });

  it('shows a member’s own text as written in every language, and an unknown key as nothing', () => {
    for (const lang of LANGS) expect(checklistText({ template: null, text: 'Site visit to Dongguan' }, lang, templateItemLabels)).toBe('Site visit to Dongguan');
    expect(templateItemLabels('corporate.nothing')).toBeNull();
    expect(templateItemLabels('nosuch')).toBeNull();
    expect(templateSectionLabels('toString')).toBeNull();
    expect(checklistText({ template: 'gone.item', text: null }, 'en', templateItemLabels)).toBe('');
  });
});
