import { describe, expect, it } from 'vitest';
import raw from '../../src/data/attribution.json';
import { dataset } from '../../src/data/dataset';
import { ENTITY_IDS } from '../../src/data/schema';
import { DatasetError, validateDataset } from '../../src/data/validate-dataset';

const clone = () => JSON.parse(JSON.stringify(raw)) as typeof raw;

function problemsOf(bad: unknown): string[] {
  try {
    validateDataset(bad);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).problems;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('the bundled dataset', () => {
  it('passes the schema and the cross-reference checks', () => {
    expect(() => validateDataset(raw)).not.toThrow();
  });

  it('validates to itself: the build gives the matcher the aliases exactly as written', () => {
    // The content script's match table is made from the validated dataset (match-table-plugin.ts):
    // a schema that trimmed " online" gave it other words than the dataset the tests match with.
    expect(validateDataset(raw)).toEqual(raw);
  });

  it('has exactly the four entities of the public contract, each once', () => {
    expect(dataset.entities.map((e) => e.id).sort()).toEqual([...ENTITY_IDS].sort());
  });

  it('has unique ids for sentences, claims and sources', () => {
    for (const list of [dataset.article.sentences, dataset.claims, dataset.sources]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('lists every alias under exactly one entity', () => {
    const seen = new Map<string, string>();
    for (const e of dataset.entities) {
      for (const a of e.aliases) {
        const key = a.text.toLowerCase();
        expect(seen.get(key), `${a.text} is listed under ${seen.get(key)} and ${e.id}`).toBeUndefined();
        seen.set(key, e.id);
      }
    }
  });

  it('quotes the source article: Arabic headline and sentences, an English rendering of each, citing Reuters', () => {
    expect(dataset.article.headline.ar).toContain('الصين');
    expect(dataset.article.citing).toBe('Reuters');
    expect(dataset.article.eventDate).toBe('2021-07-19');
    expect(dataset.article.publishedDate).toBe('2021-07-20');
    expect(dataset.article.sentences.length).toBe(21);
    for (const s of dataset.article.sentences) expect(s.en.length).toBeGreaterThan(20);
  });

  it('ties every claim to an existing article sentence', () => {
    const ids = new Set(dataset.article.sentences.map((s) => s.id));
    for (const c of dataset.claims) expect(ids.has(c.sentence), c.id).toBe(true);
  });

  it('names the coalition of eight', () => {
    expect(dataset.coalition.map((c) => c.name.en)).toEqual([
      'United States', 'NATO', 'European Union', 'United Kingdom', 'Australia', 'Japan', 'New Zealand', 'Canada',
    ]);
  });
});

describe('dataset validation errors name the entry and the field', () => {
  it('reports a bad alias language with the entity and alias', () => {
    const bad = clone();
    (bad.entities[1]!.aliases[3] as { lang: string }).lang = 'xx';
    expect(problemsOf(bad).join('\n')).toMatch(/entities\[1\] \(apt31\)\.aliases\[3\] \(ZIRCONIUM\)\.lang/);
  });

  it('reports a claim that points at a missing sentence', () => {
    const bad = clone();
    bad.claims[0]!.sentence = 's99';
    expect(problemsOf(bad)).toContain('claims[0] (accused-mss).sentence: no article sentence "s99"');
  });

  it('reports an alias listed under two entities', () => {
    const bad = clone();
    (bad.entities[0]!.aliases as unknown[]).push({ text: 'APT31', lang: 'en', by: 'test' });
    expect(problemsOf(bad).join('\n')).toMatch(/entities\[1\] \(apt31\)\.aliases\[0\] \(APT31\): also listed at entities\[0\] \(apt40\)/);
  });

  it('reports an unknown entity id', () => {
    const bad = clone();
    (bad.entities[2] as { id: string }).id = 'stasi';
    expect(problemsOf(bad).join('\n')).toMatch(/entities\[2\] \(stasi\)\.id/);
  });

  it('reports a blank word that may not touch a name', () => {
    const bad = clone();
    (bad.entities[3]!.aliases[0] as { notAfter?: string[] }).notAfter = ['  '];
    expect(problemsOf(bad).join('\n')).toMatch(/entities\[3\] \(exchange-hack\)\.aliases\[0\] \([^)]*\)\.notAfter\[0\]/);
  });

  it('reports a primary source without a link', () => {
    const bad = clone();
    delete (bad.sources[1] as { url?: string }).url;
    expect(problemsOf(bad).join('\n')).toMatch(/sources\[1\] \(white-house\)\.url/);
  });
});
