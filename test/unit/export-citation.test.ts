import { describe, expect, it } from 'vitest';
import { storyCitation, type CitationLabels } from '../../src/core/export/citation';
import { dataset } from '../../src/data/dataset';
import type { Dataset } from '../../src/data/schema';

const en: CitationLabels = { lang: 'en', article: 'Source article', statements: (d) => `Primary statements of ${d}`, formatDate: (d) => `<${d}>` };
const ar: CitationLabels = { lang: 'ar', article: 'المقال المصدر', statements: (d) => `البيانات الأصلية في ${d}`, formatDate: (d) => `<${d}>` };

describe('storyCitation', () => {
  it('the article (publisher, title, date; no address, as the dataset has none), then each statement of 19 July 2021 with its address', () => {
    const text = storyCitation(dataset, en);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Source article:',
      'Arabic-language daily, citing Reuters, “America and its allies accuse China over a global hacking campaign (Arabic, citing Reuters)”, <2021-07-20>.',
      '',
      'Primary statements of <2021-07-19>:',
    ]);
    const statements = dataset.statements.filter((s) => s.side === 'coalition' && s.date === '2021-07-19');
    expect(statements.length).toBeGreaterThan(0);
    expect(lines.slice(4)).toHaveLength(statements.length);
    statements.forEach((s, i) => {
      const source = dataset.sources.find((x) => x.id === s.source)!;
      expect(lines[4 + i]).toBe(`- ${s.party.en}: ${source.publisher}, “${source.title.en}”, <${source.date}>. ${source.url}`);
    });
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
