/**
 * Provenance rules of the dataset (issue 21): narration is never signed, a quote says what its
 * wording is, and every text cites sources that exist. Broken copies of the real dataset must be
 * refused with the entry named; the real dataset must hold the facts the statements checked.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../src/data/attribution.json';
import { dataset } from '../../src/data/dataset';
import type { Claim } from '../../src/data/schema';
import { DatasetError, validateDataset } from '../../src/data/validate-dataset';
import { cardContent } from '../../src/background/card-texts';
import { accusersOf, speakerOf } from '../../src/data/provenance';

type Loose = Record<string, unknown>;
const clone = () => JSON.parse(JSON.stringify(raw)) as { [k: string]: Loose[] } & Loose;

function problemsOf(bad: unknown): string {
  try {
    validateDataset(bad);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).problems.join('\n');
  }
  throw new Error('expected the dataset to be rejected');
}

const indexOf = (list: { id?: unknown }[], id: string) => list.findIndex((x) => x.id === id);
const claimOf = (id: string): Claim => dataset.claims.find((c) => c.id === id)!;

describe('the schema enforces provenance, naming the entry', () => {
  it('refuses a speaker on narration (the journalist’s sentence)', () => {
    const bad = clone();
    const i = indexOf(bad.claims!, 'accused-mss');
    bad.claims![i]!.speaker = 'blinken';
    expect(problemsOf(bad)).toMatch(new RegExp(`claims\\[${i}\\] \\(accused-mss\\).*speaker`));
  });

  it('accepts the same sentence as narration without a speaker', () => {
    expect(claimOf('accused-mss').kind).toBe('narration');
    expect(() => validateDataset(raw)).not.toThrow();
  });

  it('refuses a quote that does not say what its wording is', () => {
    const bad = clone();
    const i = indexOf(bad.claims!, 'ransom');
    delete bad.claims![i]!.wording;
    expect(problemsOf(bad)).toMatch(new RegExp(`claims\\[${i}\\] \\(ransom\\)\\.wording`));
  });

  it('refuses own words without an https address', () => {
    const bad = clone();
    const i = indexOf(bad.claims!, 'borrell-exchange');
    (bad.claims![i]!.original as Loose).url = 'http://archive.orkl.eu/x.json';
    expect(problemsOf(bad)).toMatch(new RegExp(`claims\\[${i}\\] \\(borrell-exchange\\)\\.original\\.url`));
  });

  it('refuses a claim, a timeline entry, a description and an attribution citing a source that does not exist', () => {
    const bad = clone();
    const c = indexOf(bad.claims!, 'coalition');
    (bad.claims![c]!.sources as string[]).push('nowhere');
    (bad.timeline![2]!.sources as string[])[0] = 'nowhere-else';
    ((bad.entities![1]!.description as Loose).sources as string[])[0] = 'no-such-page';
    const uk = indexOf(bad.statements!, 'uk');
    ((bad.statements![uk]!.attributes as Loose[])[0]!).source = 'gone';
    const problems = problemsOf(bad);
    expect(problems).toContain(`claims[${c}] (coalition).sources[2]: no source "nowhere"`);
    expect(problems).toMatch(/timeline\[2\] \(2021-03-02\)\.sources\[0\]: no source "nowhere-else"/);
    expect(problems).toContain('entities[1] (apt31).description.sources[0]: no source "no-such-page"');
    expect(problems).toMatch(new RegExp(`statements\\[${uk}\\] \\(uk\\)\\.attributes\\[0\\] \\(exchange-hack\\)\\.source: no source "gone"`));
  });

  it('refuses a text without any source', () => {
    const bad = clone();
    (bad.timeline![0]!.sources as string[]).length = 0;
    expect(problemsOf(bad)).toMatch(/timeline\[0\]\.sources/);
  });

  it('refuses a coalition without a statement for every member', () => {
    const bad = clone();
    bad.statements = bad.statements!.filter((s) => s.id !== 'jp');
    expect(problemsOf(bad)).toContain('statements: coalition member "jp" has no statement');
  });
});

describe('the bundled dataset tells who said what', () => {
  it('signs no narration and gives every other claim a known speaker', () => {
    const speakers = new Set(dataset.speakers.map((s) => s.id));
    for (const c of dataset.claims) {
      const who = speakerOf(c);
      if (c.kind === 'narration') expect(who, c.id).toBeNull();
      else expect(speakers.has(who!), c.id).toBe(true);
    }
  });

  it('marks every quote as the article’s rendering, with the original’s own words beside it where found', () => {
    const quotes = dataset.claims.filter((c) => c.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.wording).toBe('article-rendering');
      if (q.original) expect(q.original.url, q.id).toMatch(/^https:\/\//);
    }
  });

  it('stores the EU declaration and the White House beside the article where they differ in substance', () => {
    const borrell = claimOf('borrell-exchange');
    const ransom = claimOf('ransom');
    if (borrell.kind !== 'quote' || ransom.kind !== 'quote') throw new Error('expected quotes');
    expect(borrell.original?.text).toMatch(/^The compromise and exploitation of the Microsoft Exchange server/);
    expect(borrell.original?.differs?.en).toMatch(/territory of China/);
    expect(ransom.original?.text).toMatch(/in some cases, PRC government-affiliated cyber operators/);
    expect(ransom.original?.differs?.ar).toBeTruthy();
  });

  it('lists for each entity only the governments that attributed it', () => {
    const ids = (e: Parameters<typeof accusersOf>[1]) => accusersOf(dataset, e).map((s) => s.id);
    expect(ids('mss')).toEqual(['us', 'uk', 'au', 'nz', 'ca']);
    expect(ids('apt31')).toEqual(['eu', 'uk']);
    expect(ids('apt40')).toEqual(['us', 'eu', 'uk', 'jp', 'nz', 'ca']);
    expect(ids('exchange-hack')).toEqual(['us', 'nato', 'eu', 'uk', 'au', 'nz', 'ca']);
  });

  it('quotes each government’s key words exactly, in their language, with an https address', () => {
    const words = dataset.statements.flatMap((s) => [s.words, ...s.attributes.map((a) => a.words)]).filter((w) => w !== undefined);
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) {
      expect(w.url).toMatch(/^https:\/\//);
      expect(w.lang).toBe('en');
    }
    const said = (id: string) => dataset.statements.find((s) => s.id === id)!;
    expect(said('jp').attributes[0]!.words?.text).toMatch(/highly likely/);
    expect(said('eu').attributes.find((a) => a.entity === 'exchange-hack')!.words?.text).toMatch(/from the territory of China/);
    expect(said('nato').attributes[0]!.words?.text).toMatch(/^We acknowledge/);
    expect(said('us').attributes.find((a) => a.entity === 'exchange-hack')!.words?.text).toMatch(/high degree of confidence/);
    expect(said('cn-embassy-us').words?.text).toBe('irresponsible');
  });

  it('dates the Exchange flaws as disclosed on 2 March, with Microsoft told in January', () => {
    const exchange = dataset.entities.find((e) => e.id === 'exchange-hack')!;
    expect(exchange.description.en).toMatch(/early January/);
    expect(exchange.description.en).toMatch(/2 March/);
    expect(exchange.description.en).not.toMatch(/discovered in March/);
  });
});

describe('the hover card shows provenance', () => {
  it('presents the incident’s group names as the group blamed, each with its vendor and year', () => {
    const c = cardContent(dataset, 'exchange-hack', 'ProxyLogon', 'en')!;
    expect(c.group?.names.map((n) => `${n.text} (${n.vendor}, ${n.coined})`)).toEqual([
      'HAFNIUM (Microsoft, 2021)',
      'Operation Exchange Marauder (Volexity, 2021)',
      'Silk Typhoon (Microsoft, 2023)',
      'MURKY PANDA (CrowdStrike, 2025)',
    ]);
    for (const n of c.group!.names) expect(c.otherNames).not.toContain(n.text);
  });

  it('keeps other entities without a group', () => {
    expect(cardContent(dataset, 'apt40', 'APT40', 'en')!.group).toBeNull();
  });

  it('names the sources actually used, not only the article', () => {
    const c = cardContent(dataset, 'exchange-hack', 'ProxyLogon', 'en')!;
    const publishers = c.sources.map((s) => s.publisher);
    expect(publishers).toContain('Microsoft');
    expect(publishers).toContain('Council of the EU');
    expect(new Set(publishers.map((p, i) => `${p}|${c.sources[i]!.title}`)).size).toBe(c.sources.length);
  });

  it('shows the EU declaration beside the article’s rendering of Borrell', () => {
    const c = cardContent(dataset, 'exchange-hack', 'ProxyLogon', 'ar')!;
    const borrell = c.quotes.find((q) => q.claimId === 'borrell-exchange')!;
    expect(borrell.kind).toBe('quote');
    expect(borrell.original?.lang).toBe('en');
    expect(borrell.original?.differs).toMatch(/[\u0600-\u06FF]/);
  });

  it('lists our own transliterations after the attested names, even for an Arabic reader', () => {
    const c = cardContent(dataset, 'apt31', 'APT31', 'ar')!;
    const ours = c.otherNames.indexOf('زيركونيوم');
    const attested = c.otherNames.indexOf('ZIRCONIUM');
    expect(attested).toBeGreaterThanOrEqual(0);
    if (ours >= 0) expect(ours).toBeGreaterThan(attested);
  });
});
