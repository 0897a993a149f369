// Text limits on the client: measured the way the schemas measure, refused before sending with
// the limit named in the person's language, and the server's refusals worded the same way.
import { describe, expect, it } from 'vitest';
import { CreateListingBodySchema, LISTING_DESCRIPTION_MAX } from '../../shared/schemas/listings.ts';
import { CreateOrgBodySchema } from '../../shared/schemas/orgs.ts';
import type { Dictionary, MessageKey } from '../../client/src/i18n/en.ts';
import { en } from '../../client/src/i18n/en.ts';
import { interpolate } from '../../client/src/i18n/interpolate.ts';
import type { Translate } from '../../client/src/i18n/locale.svelte.ts';
import { zhHant } from '../../client/src/i18n/zh-hant.ts';
import { ApiError } from '../../client/src/lib/api-error.ts';
import { errorText } from '../../client/src/lib/error-text.ts';
import { splitFailure } from '../../client/src/lib/field-errors.ts';
import { checkLimit, counterText, measureText, overText } from '../../client/src/lib/text-limit.ts';
import { validateInput } from '../../client/src/lib/validate-input.ts';

const translator = (dictionary: Dictionary): Translate => (key: MessageKey, values) => interpolate(dictionary[key], values ?? {});
const t = translator(en);

function failureOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('text limits on the client', () => {
  it('measures trimmed characters, or UTF-8 bytes for comments', () => {
    expect(measureText('  abc  ')).toBe(3);
    expect(measureText('評論', 'bytes')).toBe(6);
  });

  it('refuses a text over its limit as a validation failure naming the limit, in each language', () => {
    expect(() => checkLimit('title', 'x'.repeat(120), { max: 120 })).not.toThrow();
    const refused = failureOf(() => checkLimit('title', 'x'.repeat(121), { max: 120 }));
    expect(refused).toBeInstanceOf(ApiError);
    expect(errorText(refused, t)).toBe('Too long: at most 120 characters. Shorten it and try again.');
    expect(errorText(refused, translator(zhHant))).toBe('太長了：最多 120 個字元。請刪減後再試。');
  });

  it('says how large a comment may be', () => {
    const refused = failureOf(() => checkLimit('body', '評'.repeat(3500), { max: 10240, unit: 'bytes' }));
    expect(errorText(refused, t)).toBe(
      'Too long: a comment is at most 10 KB (about 10,200 letters or 3,400 Chinese characters). Shorten it or split it into several comments.',
    );
    // The server's 413 carries the same limit as data.
    const fromServer = ApiError.fromBody(413, { error: 'payload_too_large', message: 'A comment is at most 10 KB', details: [{ path: 'body', message: 'x', max: 10240, unit: 'bytes' }] });
    expect(errorText(fromServer, t)).toBe(errorText(refused, t));
  });

  it('puts the limit on the field when the shared schema refuses a pasted description', () => {
    const draft = { orgId: 'o1', kind: 'need', category: 'supply', title: 'Drones wanted', description: 'd'.repeat(100_000), sectors: ['drones'], regions: ['hk'] };
    const { fields } = splitFailure(failureOf(() => validateInput(CreateListingBodySchema, draft)), { description: 'listing.invalid.description' }, t);
    expect(fields.description).toBe(`Too long: at most ${LISTING_DESCRIPTION_MAX.toLocaleString('en')} characters. Shorten it and try again.`);
  });

  it('tells a too-long entry of a tag list apart from a too-long field', () => {
    const body = { name: 'Acme', region: 'hk', sectors: ['drones'], capabilities: ['ok', 'c'.repeat(81)] };
    const { fields } = splitFailure(failureOf(() => validateInput(CreateOrgBodySchema, body)), { capabilities: 'org.invalid.tags' }, t);
    expect(fields.capabilities).toBe('An entry is too long: each is at most 80 characters.');
  });

  it('counts near the limit and says how far over it is', () => {
    expect(counterText(t, 4120, { max: 5000 })).toBe('4,120 / 5,000');
    expect(counterText(t, 9500, { max: 10240, unit: 'bytes' })).toBe('9.3 KB / 10 KB');
    expect(overText(t, 12)).toBe('12 characters too many');
  });
});
