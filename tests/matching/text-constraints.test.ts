// Requirements parsed from listing text in three languages: places through the taxonomy's names
// and aliases, kinds of counterparty, inclusion and exclusion, and what a listing says it is.
import { describe, expect, it } from 'vitest';
import { analyseListingText } from '../../server/matching/text/analyse.ts';
import { textTraits } from '../../server/matching/text/constraints.ts';

const traitsOf = (title: string, description: string) => {
  const text = analyseListingText(title, description);
  const places = [...text.terms.keys()].filter((term) => term.startsWith('c:place:')).map((term) => term.slice('c:place:'.length));
  return textTraits(text.normalised, places);
};
const requirements = (description: string) => traitsOf('Listing', description).requirements;

describe('requirements in listing text', () => {
  it.each([
    ['No Europe-only CROs.'],
    ['不考慮只在歐洲營運的CRO。'],
    ['不考虑只在欧洲运营的CRO。'],
  ])('reads "%s" as excluding counterparts that work only in the EU', (text) => {
    expect(requirements(text)).toEqual([{ rule: 'exclude', place: 'eu', only: true }]);
  });

  it.each([['Must have a Vietnam plant.'], ['須在越南設廠。'], ['须在越南设厂。']])('reads "%s" as asking for a plant in Vietnam', (text) => {
    expect(requirements(text)).toEqual([
      { rule: 'include', place: 'vietnam', only: false },
      { rule: 'include', kind: 'manufacturer' },
    ]);
  });

  it.each([['Not interested in trading companies.'], ['不考慮貿易公司。'], ['唔要貿易商。'], ['不考虑贸易公司。']])('reads "%s" as ruling traders out', (text) => {
    expect(requirements(text)).toEqual([{ rule: 'exclude', kind: 'trader' }]);
  });

  it('does not take what the author must do, or where it is, for a requirement of the counterpart', () => {
    expect(requirements('Our Hong Kong-listed group must report under the new climate rules, with suppliers in Guangdong.')).toEqual([]);
    expect(requirements('我們需要EMS夥伴組裝出口東盟的功率模組。')).toEqual([]);
  });

  it('says what a listing is from the clauses that are not requirements', () => {
    const traits = traitsOf('Solar modules for Saudi Arabia projects', 'Hong Kong trading company supplying modules. No brokers.');
    expect(traits.kinds).toEqual(['trader']);
    expect(traits.places).toEqual(expect.arrayContaining(['saudi-arabia', 'hk']));
    expect(traits.requirements).toEqual([{ rule: 'exclude', kind: 'intermediary' }]);
  });
});
