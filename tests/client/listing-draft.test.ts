// The listing and organisation forms: what they send, checked by the shared schemas, and the
// per-field messages in the person's language when something is missing.
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../client/src/i18n/locale.svelte.ts';
import { en } from '../../client/src/i18n/en.ts';
import { zhHant } from '../../client/src/i18n/zh-hant.ts';
import { ApiError } from '../../client/src/lib/api-error.ts';
import { splitFailure } from '../../client/src/lib/field-errors.ts';
import { validateInput } from '../../client/src/lib/validate-input.ts';
import {
  createBodyFrom,
  dateOf,
  draftFromListing,
  emptyListingDraft,
  expiryOf,
  LISTING_FIELD_MESSAGES,
  updateBodyFrom,
} from '../../client/src/listings/listing-draft.ts';
import { emptyOrgDraft, orgBodyFrom, ORG_FIELD_MESSAGES, splitTags } from '../../client/src/orgs/org-draft.ts';
import { CreateListingBodySchema, UpdateListingBodySchema, type ListingView } from '../../shared/schemas/listings.ts';
import { CreateOrgBodySchema } from '../../shared/schemas/orgs.ts';

const tEn: Translate = (key) => en[key];
const tHant: Translate = (key) => zhHant[key];

function refused(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the schema to refuse the input');
}

describe('the listing form', () => {
  const draft = {
    ...emptyListingDraft('org-1'),
    category: 'market-entry',
    title: '東盟無人機分銷夥伴',
    description: '深圳巡檢無人機廠商尋找東盟分銷夥伴。',
    sectors: ['drones'],
    regions: ['asean'],
    dealSize: '1m-5m',
    certifications: 'CE，FCC、 CE',
    expiresOn: dateOf(new Date(Date.now() + 30 * 86_400_000).toISOString()),
  };

  it('makes a body the shared schema accepts, with tags split and blanks as null', () => {
    const body = validateInput(CreateListingBodySchema, createBodyFrom(draft));
    expect(body).toMatchObject({ orgId: 'org-1', kind: 'need', stage: null, certifications: ['CE', 'FCC'], anonymous: false });
    expect(body.expiresAt).toBeInstanceOf(Date);
  });

  it('expires a listing at the end of its last day', () => {
    const expiry = new Date(expiryOf('2030-05-17') ?? '');
    expect([expiry.getFullYear(), expiry.getMonth(), expiry.getDate(), expiry.getHours(), expiry.getMinutes()]).toEqual([2030, 4, 17, 23, 59]);
    expect(expiryOf('')).toBeNull();
  });

  it('names each missing field in the person’s language, and nothing else', () => {
    const error = refused(() => validateInput(CreateListingBodySchema, createBodyFrom(emptyListingDraft('org-1'))));
    const { fields, other } = splitFailure(error, LISTING_FIELD_MESSAGES, tHant);
    expect(Object.keys(fields).sort()).toEqual(['category', 'description', 'regions', 'sectors', 'title']);
    expect(fields.title).toBe('標題須為3至160字。');
    expect(other).toBeNull();
  });

  it('shows the server’s refusals of fields the form does not show in one notice', () => {
    const server = new ApiError('bad_request', 'The request is not valid', 400, [
      { path: 'title', message: 'The title needs at least 3 characters' },
      { path: 'orgId.extra', message: 'Something unexpected' },
      { path: 'surprise', message: 'Unrecognized key' },
    ]);
    const { fields, other } = splitFailure(server, LISTING_FIELD_MESSAGES, tEn);
    expect(fields).toEqual({ title: en['listing.invalid.title'], orgId: en['listing.invalid.org'] });
    expect(other).toBeInstanceOf(ApiError);
    expect((other as ApiError).details).toEqual([{ path: 'surprise', message: 'Unrecognized key' }]);
  });

  it('passes other failures through untouched', () => {
    const forbidden = new ApiError('forbidden', 'not a member', 403);
    expect(splitFailure(forbidden, LISTING_FIELD_MESSAGES, tEn)).toEqual({ fields: {}, other: forbidden });
  });

  it('re-sends an expiry only when it was changed, so an edit never trips on a date now past', () => {
    const listing: ListingView = {
      id: 'l1',
      orgId: 'org-1',
      kind: 'offer',
      category: 'supply',
      title: 'Micro-factory moulds',
      description: 'Precision moulds from Dongguan.',
      sectors: ['moulds'],
      regions: ['dongguan'],
      dealSize: null,
      stage: 'growth',
      languages: ['zh-Hans'],
      certifications: ['ISO 9001'],
      anonymous: true,
      status: 'active',
      expiresAt: '2020-01-31T15:59:59.000Z',
      createdAt: '2019-12-01T00:00:00.000Z',
      updatedAt: '2019-12-01T00:00:00.000Z',
      teaser: false,
      mine: true,
    };
    const edited = { ...draftFromListing(listing), title: 'Micro-factory moulds, Dongguan' };
    const body = validateInput(UpdateListingBodySchema, updateBodyFrom(edited, listing));
    expect(body).not.toHaveProperty('expiresAt');
    expect(body).toMatchObject({ title: 'Micro-factory moulds, Dongguan', stage: 'growth', certifications: ['ISO 9001'], anonymous: true });
    expect(updateBodyFrom({ ...edited, expiresOn: '' }, listing)).toHaveProperty('expiresAt', null);
  });
});

describe('the organisation form', () => {
  it('uses the name in the person’s language as the main name, else the first one given', () => {
    const draft = { ...emptyOrgDraft(), names: { en: 'Pearl River Drones', 'zh-Hant': '珠江無人機', 'zh-Hans': '' }, region: 'shenzhen', sectors: ['drones'] };
    expect(orgBodyFrom(draft, 'zh-Hant')).toMatchObject({ name: '珠江無人機', names: { en: 'Pearl River Drones', 'zh-Hant': '珠江無人機' } });
    expect(orgBodyFrom(draft, 'zh-Hans').name).toBe('Pearl River Drones');
    expect(validateInput(CreateOrgBodySchema, orgBodyFrom(draft, 'en'))).toMatchObject({ name: 'Pearl River Drones', size: null });
  });

  it('splits tags on Western and Chinese separators and drops repeats', () => {
    expect(splitTags('ISO 13485, CNAS，HOKLAS、CNAS; \n')).toEqual(['ISO 13485', 'CNAS', 'HOKLAS']);
  });

  it('asks for a name, a region and a sector when none is given', () => {
    const error = refused(() => validateInput(CreateOrgBodySchema, orgBodyFrom(emptyOrgDraft(), 'en')));
    const { fields, other } = splitFailure(error, ORG_FIELD_MESSAGES, tEn);
    expect(fields).toEqual({ name: en['org.invalid.name'], region: en['org.invalid.region'], sectors: en['org.invalid.sectors'] });
    expect(other).toBeNull();
  });
});
