import { describe, expect, it } from 'vitest';
import { storyCitation, type CitationLabels } from '../../src/core/export/citation';
import { dataset } from '../../src/data/dataset';
import type { Dataset } from '../../src/data/schema';

const marks = { ourTranslation: (t: string) => `[ours: ${t}]`, reported: '(reported)', readAt: (u: string) => `(via ${u})` };
const en: CitationLabels = { lang: 'en', article: 'Source article', statements: (d) => `Statements of ${d}`, formatDate: (d) => `<${d}>`, ...marks };
const ar: CitationLabels = { lang: 'ar', article: 'المقال المصدر', statements: (d) => `البيانات في ${d}`, formatDate: (d) => `<${d}>`, ...marks };

describe('storyCitation', () => {
  it('the article (publisher, its Arabic title with our rendering marked, date; no address, as the dataset has none), then each statement of 19 July 2021 with its address', () => {
    const text = storyCitation(dataset, en);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Source article:',
      'Arabic-language daily, citing Reuters, «أمريكا وحلفاؤها يتهمون الصين في حملة تسلل إلكتروني عالمية» [ours: “America and its allies accuse China over a global hacking campaign (Arabic, citing Reuters)”], <2021-07-20>.',
      '',
      'Statements of <2021-07-19>:',
    ]);
    const statements = dataset.statements.filter((s) => s.side === 'coalition' && s.date === '2021-07-19');
    expect(statements.length).toBeGreaterThan(0);
    expect(lines.slice(4)).toHaveLength(statements.length);
    statements.forEach((s, i) => {
      const source = dataset.sources.find((x) => x.id === s.source)!;
      const reported = source.kind === 'primary' ? '' : '(reported) ';
      const via = source.via ? ` (via ${source.via})` : '';
      expect(lines[4 + i]).toBe(`- ${s.party.en}: ${reported}${source.publisher}, “${source.title.en}”, <${source.date}>. ${source.url}${via}`);
    });
    // Both sides of each rule are in the data: a news report of a statement and a statement read at a copy.
    const sourcesOf = statements.map((s) => dataset.sources.find((x) => x.id === s.source)!);
    expect(sourcesOf.some((x) => x.kind !== 'primary')).toBe(true);
    expect(sourcesOf.some((x) => x.kind === 'primary' && !x.via)).toBe(true);
    expect(sourcesOf.some((x) => x.via)).toBe(true);
    expect(text).toContain('https://gov.uk/government/news/uk-and-allies-hold-chinese-state-responsible-for-a-pervasive-pattern-of-hacking');
    // China's answers are not the accusers' statements.
    expect(text).not.toContain('embassy');
  });

  it('in Arabic: Arabic names and titles where the dataset has them, Arabic commas and quotation marks', () => {
    const lines = storyCitation(dataset, ar).trimEnd().split('\n');
    expect(lines[0]).toBe('المقال المصدر:');
    expect(lines[1]).toBe('Arabic-language daily, citing Reuters، «أمريكا وحلفاؤها يتهمون الصين في حملة تسلل إلكتروني عالمية»، <2021-07-20>.');
    const uk = dataset.statements.find((s) => s.id === 'uk')!;
    expect(lines).toContain(`- ${uk.party.ar}: UK Government، «UK and allies hold Chinese state responsible for a pervasive pattern of hacking»، <2021-07-19>. https://gov.uk/government/news/uk-and-allies-hold-chinese-state-responsible-for-a-pervasive-pattern-of-hacking`);
  });

  it('refuses a dataset without its article', () => {
    const broken: Dataset = { ...dataset, sources: dataset.sources.filter((s) => s.kind !== 'article') };
    expect(() => storyCitation(broken, en)).toThrow('no article source');
  });
});
