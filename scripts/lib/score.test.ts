import { describe, expect, it } from 'vitest';
import {
  mergeMarks,
  metrics,
  normalizeForMatch,
  scorePage,
  summarize,
  textsMatch,
  type FoundMark,
  type GoldFile,
} from './score.ts';

/** Marks in one block, each separated from the previous one by `gap` (null for the first). */
function mark(entity: string, text: string, blockKey = 'b0', gapBefore: string | null = ' some text '): FoundMark {
  return { entity, text, blockKey, gapBefore };
}

describe('normalizeForMatch / textsMatch', () => {
  it('ignores case, whitespace runs, soft hyphens, zero-width and bidi controls', () => {
    expect(normalizeForMatch('  ZIR\u00ADCO\u200BNIUM \n\t Panda\u200F ')).toBe('zirconium panda');
    expect(textsMatch('Ministry  of\u00A0State Security', 'ministry of state security')).toBe(true);
    expect(textsMatch('\u2067وزارة أمن الدولة\u2069', 'وزارة أمن الدولة الصينية')).toBe(true);
  });

  it('matches by containment in either direction, and never an empty text', () => {
    expect(textsMatch('Exchange', 'Microsoft Exchange Server')).toBe(true);
    expect(textsMatch('Microsoft Exchange Server attack', 'Exchange Server')).toBe(true);
    expect(textsMatch('APT40', 'APT4')).toBe(true);
    expect(textsMatch('APT40', 'APT41')).toBe(false);
    expect(textsMatch('\u200B ', 'APT40')).toBe(false);
  });
});

describe('mergeMarks', () => {
  it('merges adjacent same-entity marks with only whitespace between them in one block', () => {
    const found = mergeMarks([
      mark('apt31', 'Judgment', 'p1', null),
      mark('apt31', 'Panda', 'p1', ' \n '),
      mark('apt40', 'APT', 'p1', ' then '),
      mark('apt40', '40', 'p1', ''),
    ]);
    expect(found).toEqual([
      { entity: 'apt31', text: 'Judgment \n Panda', marks: 2 },
      { entity: 'apt40', text: 'APT40', marks: 2 },
    ]);
  });

  it('treats a gap of ignorable characters (soft hyphen) as no gap', () => {
    expect(mergeMarks([mark('apt31', 'ZIR', 'p', null), mark('apt31', 'CONIUM', 'p', '\u00AD')])).toEqual([
      { entity: 'apt31', text: 'ZIR\u00ADCONIUM', marks: 2 },
    ]);
  });

  it('keeps marks apart across blocks, other entities, real text and frame boundaries', () => {
    const found = mergeMarks([
      mark('exchange-hack', 'CVEs', 'dt', null),
      mark('exchange-hack', 'CVE-2021-26855', 'dd', ''), // other block
      mark('mss', 'MSS', 'dd', ' '), // other entity
      mark('mss', 'MSS', 'dd', ' and '), // text between
      mark('mss', 'MSS', 'dd', null), // frame boundary
    ]);
    expect(found.map((f) => f.marks)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('scorePage', () => {
  const gold: GoldFile = {
    lang: 'en',
    mentions: [
      { entity: 'apt40', text: 'APT40' },
      { entity: 'mss', text: 'Ministry of State Security' },
      { entity: 'apt40', text: 'Kryptonite Panda' },
      { entity: 'mss', text: 'MSS' },
    ],
    optional: [{ entity: 'exchange-hack', text: 'Exchange servers' }],
  };

  it('credits a fully correct page with no FP and no miss', () => {
    const s = scorePage('p', gold, [
      mark('apt40', 'APT40', 'a', null),
      mark('mss', 'Ministry of State Security'),
      mark('apt40', 'Kryptonite'),
      mark('apt40', 'Panda', 'b0', ' '),
      mark('mss', 'MSS'),
    ]);
    expect(s.falsePositives).toEqual([]);
    expect(s.misses).toEqual([]);
    expect(s.matched.map((m) => m.goldIndex)).toEqual([0, 1, 2, 3]);
  });

  it('takes the earliest unmatched gold of the same entity that matches, greedily', () => {
    // "Panda" alone is contained in "Kryptonite Panda" (gold 2), so it takes it; the later
    // "APT40" then takes gold 0; a second "APT40" has nothing left and is a false positive.
    const s = scorePage('p', gold, [
      mark('apt40', 'Panda', 'x', null),
      mark('apt40', 'apt 40'), // no containment with "APT40" (the space differs): FP
      mark('apt40', 'APT40'),
      mark('apt40', 'APT40'),
    ]);
    expect(s.matched.map((m) => [m.found.text, m.goldIndex])).toEqual([
      ['Panda', 2],
      ['APT40', 0],
    ]);
    expect(s.falsePositives.map((f) => f.text)).toEqual(['apt 40', 'APT40']);
    expect(s.misses.map((m) => m.goldIndex)).toEqual([1, 3]);
  });

  it('never matches across entities', () => {
    const s = scorePage('p', gold, [mark('apt31', 'APT40', 'x', null)]);
    expect(s.matched).toEqual([]);
    expect(s.falsePositives).toHaveLength(1);
    expect(s.misses).toHaveLength(4);
  });

  it('ignores a found mention matching an optional entry of its entity, any number of times', () => {
    const s = scorePage('p', gold, [
      mark('exchange-hack', 'Exchange', 'x', null),
      mark('exchange-hack', 'Exchange servers'),
      mark('mss', 'Exchange servers'), // optional entries are per entity
    ]);
    expect(s.optionalMatched).toHaveLength(2);
    expect(s.falsePositives.map((f) => f.entity)).toEqual(['mss']);
  });

  it('prefers a required gold mention over an optional one', () => {
    const g: GoldFile = {
      lang: 'en',
      mentions: [{ entity: 'exchange-hack', text: 'Exchange Server' }],
      optional: [{ entity: 'exchange-hack', text: 'Exchange' }],
    };
    const s = scorePage('p', g, [mark('exchange-hack', 'Exchange', 'x', null)]);
    expect(s.matched).toHaveLength(1);
    expect(s.optionalMatched).toEqual([]);
  });

  it('credits two adjacent names of one entity only once (the documented scorer limit)', () => {
    const g: GoldFile = {
      lang: 'en',
      mentions: [
        { entity: 'apt40', text: 'APT40' },
        { entity: 'apt40', text: 'Gingham Typhoon' },
      ],
    };
    const s = scorePage('p', g, [mark('apt40', 'APT40', 'x', null), mark('apt40', 'Gingham Typhoon', 'x', ' ')]);
    expect(s.found).toHaveLength(1);
    // "APT40 Gingham Typhoon" contains "APT40": one hit, one miss.
    expect(s.matched).toHaveLength(1);
    expect(s.misses.map((m) => m.text)).toEqual(['Gingham Typhoon']);
  });
});

describe('metrics and summarize', () => {
  it('computes P/R/F1 and leaves undefined ratios null', () => {
    const m = metrics({ tp: 3, fp: 1, fn: 2 });
    expect(m).toMatchObject({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6 });
    expect(m.f1).toBeCloseTo(2 / 3, 12);
    expect(metrics({ tp: 0, fp: 0, fn: 5 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(metrics({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(metrics({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it('sums per entity and per language over pages', () => {
    const en: GoldFile = { lang: 'en', mentions: [{ entity: 'apt40', text: 'APT40' }, { entity: 'mss', text: 'MSS' }] };
    const ar: GoldFile = { lang: 'ar', mentions: [{ entity: 'mss', text: 'وزارة أمن الدولة الصينية' }] };
    const neg: GoldFile = { lang: 'en', mentions: [] };
    const pages = [
      scorePage('en', en, [mark('apt40', 'APT40', 'x', null)]),
      scorePage('ar', ar, [mark('mss', 'وزارة أمن الدولة', 'x', null)]),
      scorePage('neg', neg, [mark('mss', 'MSS', 'x', null), mark('bogus', 'Panda')]),
    ];
    const s = summarize(pages);
    expect(s.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(s.perEntity['apt40']).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(s.perEntity['mss']).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.perEntity['apt31']).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null });
    expect(s.perEntity['bogus']).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(Object.keys(s.perLanguage)).toEqual(['ar', 'en']);
    expect(s.perLanguage['en']).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.perLanguage['ar']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
