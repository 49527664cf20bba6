import { describe, expect, it } from 'vitest';
import { SENTENCE_CONTEXT, SNIPPET_CONTEXT, sentenceOf, snippetAround, wordBoundedRange } from '../../src/core/snippet';

/** The snippet of the first occurrence of `name` in `text`. */
const around = (text: string, name: string) => {
  const at = text.indexOf(name);
  return snippetAround(text, at, at + name.length);
};
/** The snippet's words, without the ellipses. */
const wordsOf = (snippet: string) => snippet.replace(/^… | …$/g, '');

describe('snippetAround', () => {
  it('is the whole text, on one line, when it is short', () => {
    const text = '  Officials said\n the group APT40\tworked  for the state. ';
    expect(around(text, 'APT40')).toBe('Officials said the group APT40 worked for the state.');
  });

  it('cuts English on word boundaries, within the context, and marks both cuts', () => {
    const before = 'In a statement released on Monday morning the foreign ministers of several allied governments said that';
    const after = 'was behind the intrusions into government networks across the region during the years from 2011 to 2018';
    const text = `${before} APT40 ${after}`;
    const snippet = around(text, 'APT40');
    expect(snippet).toBe(
      '… foreign ministers of several allied governments said that APT40 was behind the intrusions into government networks across …',
    );
    const kept = wordsOf(snippet);
    // Every word kept is a whole word of the text, and no more than the context either side.
    for (const word of kept.split(' ')) expect(text.split(' ')).toContain(word);
    expect(kept.indexOf('APT40')).toBeLessThanOrEqual(SNIPPET_CONTEXT);
    expect(kept.length - kept.indexOf('APT40') - 5).toBeLessThanOrEqual(SNIPPET_CONTEXT);
  });

  it('cuts Arabic on word boundaries', () => {
    const text =
      'اتهمت الولايات المتحدة وحلفاؤها في حلف شمال الأطلسي والاتحاد الأوروبي يوم الاثنين وزارة أمن الدولة الصينية بالوقوف وراء حملة واسعة من الهجمات الإلكترونية التي استهدفت خوادم البريد في أنحاء العالم';
    const snippet = around(text, 'وزارة أمن الدولة');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    const words = text.split(' ');
    for (const word of wordsOf(snippet).split(' ')) expect(words).toContain(word);
    expect(wordsOf(snippet)).toContain('وزارة أمن الدولة الصينية');
  });

  it('cuts Chinese, which has no spaces, between words and not inside one', () => {
    const head = '据路透社七月二十日报道，在当地时间周一举行的联合新闻发布会上，二〇二一年七月十九日，美国、欧盟、英国、澳大利亚、日本、新西兰和加拿大等国家和组织共同发表声明，指责';
    const tail = '雇佣犯罪黑客对全球多个国家的政府机构和企业实施网络攻击，并称此类活动对国际安全与稳定构成严重威胁。中方对此坚决反对，并表示将采取必要措施维护自身的网络安全和利益，同时呼吁各方停止无端指责。';
    const text = `${head}中华人民共和国国家安全部${tail}`;
    const snippet = around(text, '中华人民共和国国家安全部');
    expect(snippet).toMatch(/^… .+ …$/);
    const kept = wordsOf(snippet);
    const from = text.indexOf(kept);
    expect(from).toBeGreaterThan(0);
    // The cuts fall where the segmenter puts word boundaries in the whole text.
    const boundaries = new Set(
      [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].flatMap((s) => [s.index, s.index + s.segment.length]),
    );
    expect(boundaries.has(from)).toBe(true);
    expect(boundaries.has(from + kept.length)).toBe(true);
    // And the known words at the edges are whole, not halves.
    expect(kept).not.toMatch(/^(国|家|织)/);
  });

  it('keeps the name alone rather than half a word too long for the context', () => {
    const text = `${'a'.repeat(500)} APT31 ${'b'.repeat(500)}`;
    expect(around(text, 'APT31')).toBe('… APT31 …');
  });

  it('marks only the side where the text goes on', () => {
    const text = `APT40 ${'word '.repeat(40)}`;
    const snippet = snippetAround(text, 0, 5);
    expect(snippet.startsWith('APT40 word')).toBe(true);
    expect(snippet.endsWith('word …')).toBe(true);
    const tail = `${'word '.repeat(40)}MSS`;
    const end = snippetAround(tail, tail.length - 3, tail.length);
    expect(end.startsWith('… word')).toBe(true);
    expect(end.endsWith('word MSS')).toBe(true);
  });
});

describe('wordBoundedRange', () => {
  it('leaves a window that is not cut as it is', () => {
    expect(wordBoundedRange('ab cd', 0, 5, 3, 5)).toEqual({ from: 0, to: 5 });
  });
  it('moves a cut inside a word to that word’s edge, never past the name', () => {
    const text = 'alpha beta APT40 gamma delta';
    // Window cut inside "beta" and inside "gamma".
    expect(wordBoundedRange(text, 7, 19, 11, 16)).toEqual({ from: 11, to: 16 });
    // Window cut exactly at word edges keeps them.
    expect(wordBoundedRange(text, 6, 22, 11, 16)).toEqual({ from: 6, to: 22 });
  });
});

describe('sentenceOf', () => {
  it('the sentence around the name, with its closing mark, on one line', () => {
    const text = 'First one. Officials said\n  APT40 worked for the state. Last one.';
    const at = text.indexOf('APT40');
    expect(sentenceOf(text, at, at + 5)).toBe('Officials said APT40 worked for the state.');
  });

  it('keeps names with a dot inside one sentence, and ends on Arabic and Chinese marks', () => {
    const latin = 'Before. TEMP.Periscope is APT40! After.';
    expect(sentenceOf(latin, 8, 22)).toBe('TEMP.Periscope is APT40!');
    const arabic = 'قبل ذلك. هل هي وزارة أمن الدولة؟ بعد ذلك.';
    const at = arabic.indexOf('وزارة');
    expect(sentenceOf(arabic, at, at + 5)).toBe('هل هي وزارة أمن الدولة؟');
    const chinese = '前文。国家安全部发表声明。后文。';
    expect(sentenceOf(chinese, 3, 8)).toBe('国家安全部发表声明。');
  });

  it(`cuts a sentence with no end to ${SENTENCE_CONTEXT} characters either side, marked`, () => {
    const text = `${'a '.repeat(400)}APT31${' b'.repeat(400)}`;
    const at = text.indexOf('APT31');
    const s = sentenceOf(text, at, at + 5);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('APT31');
    expect(s.length).toBeLessThanOrEqual(2 * SENTENCE_CONTEXT + 5 + 4);
  });

  it('a name alone in its block is its own sentence', () => {
    expect(sentenceOf('MSS', 0, 3)).toBe('MSS');
  });
});
