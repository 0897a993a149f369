// The NDA's pure parts: the hash an acceptance records, the gate's rule, and the templates (every
// deal type in every language, each naming its kind of deal and leaving governing law open).
import { describe, expect, it } from 'vitest';
import { ndaPending } from '../../server/deals/index.ts';
import { ndaSha256 } from '../../server/deals/nda/nda-hash.ts';
import { ndaTemplate } from '../../shared/nda-templates.ts';
import { DEAL_TYPE_CODES } from '../../shared/schemas/deals.ts';
import { LANGS } from '../../shared/taxonomy/index.ts';

describe('NDA hash', () => {
  it('is the SHA-256 of the exact UTF-8 bytes, in lower-case hex', () => {
    expect(ndaSha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(ndaSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // 保密 is six UTF-8 bytes: e4 bf 9d e5 af 86.
    expect(ndaSha256('保密')).toBe(ndaSha256(Buffer.from([0xe4, 0xbf, 0x9d, 0xe5, 0xaf, 0x86]).toString('utf8')));
    expect(ndaSha256('Term.')).not.toBe(ndaSha256('Term. '));
    expect(ndaSha256('臺')).not.toBe(ndaSha256('台'));
  });
});

describe('NDA gate rule', () => {
  it('holds a member back only from a required version they have not accepted', () => {
    expect(ndaPending({}, {})).toBe(false);
    expect(ndaPending({ nda: { version: 2, required: true } }, {})).toBe(true);
    expect(ndaPending({ nda: { version: 2, required: true } }, { ndaAccepted: 1 })).toBe(true);
    expect(ndaPending({ nda: { version: 2, required: true } }, { ndaAccepted: 2 })).toBe(false);
    expect(ndaPending({ nda: { version: 3, required: false } }, { ndaAccepted: 1 })).toBe(false);
  });
});

describe('NDA templates', () => {
  const GOVERNING_LAW = { en: '[to be agreed by the parties]', 'zh-Hant': '［由各方議定］', 'zh-Hans': '［由各方约定］' } as const;

  it.each(DEAL_TYPE_CODES.flatMap((type) => LANGS.map((lang) => ({ type, lang }))))('$type in $lang: eight clauses, governing law left open', ({ type, lang }) => {
    const text = ndaTemplate(type, lang);
    const clauses = lang === 'en' ? /^[1-8]\. /gm : /^[一二三四五六七八]、/gm;
    expect(text.match(clauses)).toHaveLength(8);
    expect(text).toContain(GOVERNING_LAW[lang]);
    expect(text).not.toContain('undefined');
  });

  it('names the kind of deal in its purpose, so the types differ', () => {
    for (const lang of LANGS) {
      const texts = new Set(DEAL_TYPE_CODES.map((type) => ndaTemplate(type, lang)));
      expect(texts.size).toBe(DEAL_TYPE_CODES.length);
    }
    expect(ndaTemplate('investment', 'en')).toContain('due diligence');
    expect(ndaTemplate('technology-licensing', 'zh-Hant')).toContain('知識產權');
    expect(ndaTemplate('technology-licensing', 'zh-Hans')).toContain('知识产权');
  });
});
