// The rule a listing's wording must pass to be matched: markup stripped (a script's body is never
// content), Latin-script text counted by distinct content words, Chinese by distinct characters.
import { describe, expect, it } from 'vitest';
import { meaningOf, MIN_LISTING_WORDS, textWithoutMarkup } from '../../server/listings/index.ts';

const enough = (title: string, description: string) => meaningOf(title, description).found >= MIN_LISTING_WORDS;

describe('the meaning a listing must carry', () => {
  it('refuses a script tag and two words, and markup with nothing else', () => {
    expect(enough('buy now', '<script>alert(1)</script> buy now')).toBe(false);
    expect(enough('<b></b>', '<script>document.write("drone battery supplier Shenzhen factory wanted")</script><style>p{}</style>')).toBe(false);
    expect(meaningOf('<i>x</i>', '<script>alert(1)</script>').found).toBe(0);
  });

  it('refuses emoji, symbols and digits alone', () => {
    expect(meaningOf('🚀🚀🚀', '🔥🔥 💰💰 ✅ 123 456 789 !!!').found).toBe(0);
  });

  it('counts a word repeated, in any case or form, once', () => {
    expect(meaningOf('Buy buy BUY', 'buy buys buying buy buy buy buy buy').words).toBe(1);
    expect(enough('買買買買', '買買買買買買買買')).toBe(false);
  });

  it('drops stop words and listing boilerplate', () => {
    expect(meaningOf('We are looking for', 'a partner for the company that we need').words).toBe(0);
  });

  it('accepts a real short need in English, Traditional and Simplified Chinese', () => {
    expect(enough('Drone battery supplier', 'Shenzhen maker, 100k sets a year.')).toBe(true);
    expect(enough('尋找無人機電池供應商', '尋找深圳無人機電池供應商，年產能十萬套')).toBe(true);
    expect(enough('寻找无人机电池供应商', '寻找深圳无人机电池供应商，年产能十万套')).toBe(true);
  });

  it('counts Chinese by characters, two to a word, with both scripts folded together', () => {
    expect(meaningOf('無人機', '无人机').hanChars).toBe(3);
    expect(enough('立即購買', '立即购买')).toBe(false);
  });

  it('reads the text between tags and decodes entities, tags leaving a space', () => {
    expect(textWithoutMarkup('<p>Drone&amp;robot</p><br>parts').replace(/\s+/gu, ' ').trim()).toBe('Drone&robot parts');
    expect(meaningOf('<h1>Drone</h1><p>battery</p>', 'supplier<br>Shenzhen<br>factory').words).toBe(5);
  });

  it('keeps a lone "<" that opens no tag as text', () => {
    expect(textWithoutMarkup('orders < 500 units')).toBe('orders < 500 units');
  });
});
