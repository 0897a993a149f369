// Filling UI texts: a name that ends in a full stop ("Ltd.") never leaves a double full stop.
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../client/src/i18n/en.ts';
import { interpolate } from '../../client/src/i18n/interpolate.ts';

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(interpolate('{a} meets {b} on {c}', { a: 'Ming', b: 3 })).toBe('Ming meets 3 on {c}');
  });

  it('lets a value that ends a sentence take the full stop after its placeholder', () => {
    expect(interpolate('You are talking to {org}.', { org: 'Merlion Aerial Systems Pte. Ltd.' })).toBe('You are talking to Merlion Aerial Systems Pte. Ltd.');
    expect(interpolate('You are talking to {org}.', { org: 'Merlion' })).toBe('You are talking to Merlion.');
    expect(interpolate('Sent to {who}. They join once they accept.', { who: 'Acme Co.' })).toBe('Sent to Acme Co. They join once they accept.');
    expect(interpolate('{org}.{n}', { org: 'Acme', n: 5 })).toBe('Acme.5');
  });

  it('has no English text that reads ".." with names ending in "Ltd."', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const names = Object.fromEntries([...en[key].matchAll(/\{(\w+)\}/g)].map((found) => [found[1], 'Acme Ltd.']));
      expect(interpolate(en[key], names), key).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    }
  });
});
