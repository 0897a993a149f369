// Chinese terms: ICU dictionary word segmentation (Intl.Segmenter) plus character bigrams for recall.

// Built on first use: ICU's word dictionaries cost a few MB of resident memory, which a process
// that never matches Chinese text (a collaboration-only instance) should not pay.
let segmenter: Intl.Segmenter | undefined;
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Function words and listing boilerplate that carry no matching signal on their own. */
const STOP_WORDS = new Set(
  '的 了 和 与 及 或 在 是 为 于 等 有 我们 我司 本公司 公司 一个 以及 并 将 可 对 把 被 从 其 之 其他 相关 希望 寻求 寻找 提供 需要 合作 伙伴 我们的 可以 进行 主要 目前 已 具有 拥有 能够 方面 包括 联系 欢迎 洽谈 有意 通过 进一步 以上 以下 如有 意向 时间 目标'.split(' '),
);

/** Dictionary words of Han text (two characters or more, stop words dropped), in one segmenter pass. */
export function chineseWords(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text)) {
    if (segment.length >= 2 && !STOP_WORDS.has(segment) && HAN_ONLY.test(segment)) out.push(segment);
  }
  return out;
}

/**
 * Overlapping character bigrams of each Han run, so words the dictionary does not know still meet;
 * a bigram that is itself one of `words` is left out (the word already counts).
 */
export function chineseBigrams(text: string, words: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i] + chars[i + 1];
      if (!STOP_WORDS.has(bigram) && !words.has(bigram)) out.push(bigram);
    }
  }
  return out;
}
