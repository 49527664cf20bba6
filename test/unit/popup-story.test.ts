import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { Dataset } from '../../src/data/schema';
import { formatDatasetDate } from '../../src/ui/format-date';
import { buildStory } from '../../src/ui/popup/story/story';

const story = buildStory(dataset);
const all = [...story.points, ...story.quotes];
const byId = (id: string) => all.find((c) => c.claim.id === id);

describe('buildStory on the bundled dataset', () => {
  it('resolves every claim to its speaker (none for narration) and its article sentence', () => {
    expect(all).toHaveLength(dataset.claims.length);
    for (const item of all) {
      expect(item.sentence.id).toBe(item.claim.sentence);
      expect(dataset.article.sentences[item.sentenceNumber - 1]).toBe(item.sentence);
      expect(item.speaker?.id ?? null).toBe(item.claim.kind === 'narration' ? null : item.claim.speaker);
    }
  });

  it('signs no narration: the article’s opening sentence has no speaker', () => {
    expect(byId('accused-mss')?.speaker).toBeNull();
    expect(byId('ttps-50')?.speaker).toBeNull();
  });

  it('keeps article order within points and quotes', () => {
    for (const list of [story.points, story.quotes]) {
      const numbers = list.map((c) => c.sentenceNumber);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it('quotes Blinken, Borrell and a senior US official, each with Arabic and English', () => {
    expect(new Set(story.quotes.map((q) => q.speaker?.id))).toEqual(new Set(['blinken', 'borrell', 'us-official']));
    for (const q of story.quotes) {
      expect(q.sentence.ar).toMatch(/[\u0600-\u06FF]/);
      expect(q.sentence.en).toMatch(/[A-Za-z]/);
    }
  });

  it('tells the facts the issue asks for, each from its sentence', () => {
    expect(byId('doj-indictment')?.sentence.en).toMatch(/four Chinese nationals.*2011 and 2018/);
    expect(byId('blinken-exchange')?.sentence.en).toMatch(/Microsoft Exchange.*discovered in March/);
    expect(byId('eu-apt40-apt31')?.claim.entities).toEqual(['apt40', 'apt31']);
    expect(byId('ttps-50')?.sentence.en).toMatch(/50 "tactics, techniques and procedures/);
    expect(byId('ransom')?.sentence.en).toMatch(/ransom demands/);
  });

  it('names the accused: the MSS, APT40, APT31 and the Exchange hack', () => {
    expect(story.accused.map((e) => e.id).sort()).toEqual(['apt31', 'apt40', 'exchange-hack', 'mss']);
  });

  it('fails loudly, naming the claim, when a reference dangles', () => {
    const broken: Dataset = { ...dataset, claims: [{ ...dataset.claims[0]!, id: 'x', sentence: 's999' }] };
    expect(() => buildStory(broken)).toThrow('claim x: no article sentence s999');
    const reported = dataset.claims.find((c) => c.kind === 'report')!;
    const noSpeaker: Dataset = { ...dataset, claims: [{ ...reported, id: 'y', speaker: 'nobody' }] };
    expect(() => buildStory(noSpeaker)).toThrow('claim y: no speaker nobody');
  });
});

describe('formatDatasetDate', () => {
  it('writes full dates in English and Arabic (Latin digits, as the article does)', () => {
    expect(formatDatasetDate('2021-07-19', 'en')).toBe('19 July 2021');
    expect(formatDatasetDate('2021-07-19', 'ar')).toBe('19 يوليو 2021');
  });

  it('writes a month-only date without a day', () => {
    expect(formatDatasetDate('2021-05', 'en')).toBe('May 2021');
  });

  it('does not shift the day at the year boundary', () => {
    expect(formatDatasetDate('2021-01-01', 'en')).toBe('1 January 2021');
    expect(formatDatasetDate('2020-12-31', 'en')).toBe('31 December 2020');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDatasetDate('sometime', 'en')).toBe('sometime');
  });
});
