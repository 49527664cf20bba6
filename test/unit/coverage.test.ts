import { describe, expect, it } from 'vitest';
import { coverageVerdict, createCoverageDetector } from '../../src/core';
import { dataset } from '../../src/data/dataset';

const detector = createCoverageDetector(dataset.coverage);
const claimsIn = (...blocks: string[]) => detector.detect(blocks).map((f) => f.claimId);
const ALL = dataset.coverage.claims.map((c) => c.id);

describe('claim detection', () => {
  it('finds every claim in the source article itself', () => {
    const blocks = [dataset.article.headline.ar, ...dataset.article.sentences.map((s) => s.ar)];
    expect(claimsIn(...blocks)).toEqual(ALL);
  });

  it('finds every claim in our English rendering of the article too', () => {
    const blocks = [dataset.article.headline.en, ...dataset.article.sentences.map((s) => s.en)];
    expect(claimsIn(...blocks)).toEqual(ALL);
  });

  it('quotes the sentence of the page that reports the claim', () => {
    const [f] = detector.detect(['Intro text here. The Justice Department charged four Chinese nationals on Monday. Other news.']);
    expect(f!.claimId).toBe('indictment');
    expect('Intro text here. The Justice Department charged four Chinese nationals on Monday. Other news.'.slice(f!.start, f!.end)).toBe(
      'The Justice Department charged four Chinese nationals on Monday.',
    );
  });

  it.each([
    ['date', 'On 19 July 2021 the US and its allies accused China of hacking.', 'ar: في ١٩ تموز (يوليو) ٢٠٢١ حمّلت الولايات المتحدة الصين المسؤولية'],
    ['coalition', 'The US, the EU, Britain, NATO and Japan condemned China.', 'اتهمت الولايات المتحدة والاتحاد الأوروبي وبريطانيا واليابان الصين'],
    ['mss-blamed', "The US and its allies blamed China's Ministry of State Security.", 'حمّلت الولايات المتحدة وحلفاؤها وزارة أمن الدولة الصينية المسؤولية'],
    ['exchange-hack', 'The hack of Microsoft Exchange servers hit thousands.', 'اخترقت الهجمات خوادم مايكروسوفت إكستشينج'],
    ['apt40-apt31', 'The EU linked the activity to APT40 and APT31.', 'ربط الاتحاد الأنشطة بالتهديد المستمر المتقدم ٤٠ و٣١ والتهديد المستمر المتقدم ٣١'],
    ['indictment', 'Four Chinese nationals were indicted.', 'توجيه الاتهام إلى أربعة صينيين'],
    ['ttps-50', 'They will publish 50 tactics, techniques and procedures.', 'الكشف عن ٥٠ تكتيكاً وتقنية'],
    ['ransom', 'Hackers from China demanded ransom of millions of dollars.', 'طلبات فدية بملايين الدولارات من الصين'],
    ['china-response', 'Beijing rejected the accusations as groundless.', 'رفضت بكين الاتهامات'],
    ['blinken', 'Blinken said China must stop.', 'قال بلينكن إن الصين مسؤولة'],
    ['borrell', 'Borrell urged the Chinese authorities to act.', 'حث بوريل السلطات الصينية'],
    ['white-house', 'The White House said China was behind it.', 'قال البيت الأبيض إن الصين مسؤولة'],
  ])('%s, in English and Arabic', (id, en, ar) => {
    expect(claimsIn(en)).toContain(id);
    expect(claimsIn(ar.replace(/^ar: /, ''))).toContain(id);
  });

  it('needs its signals in one block, not scattered over the page', () => {
    expect(claimsIn('Four people went home.', 'Someone was charged with speeding.')).not.toContain('indictment');
    expect(claimsIn('The US, the UK and Japan met.', 'Canada and NATO accused nobody.')).not.toContain('coalition');
  });

  it('does not take other uses of the words for the claims', () => {
    expect(claimsIn('White House press secretary condemned the attack on the embassy.')).toEqual([]);
    expect(claimsIn('In 1951 the United Kingdom, New Zealand, Australia and the United States signed a treaty.')).toEqual([]);
    expect(claimsIn('Food products made up 55% of exports to China.')).toEqual([]);
    expect(claimsIn('The Avos ransomware group expands its arsenal.')).toEqual([]);
    expect(claimsIn('The band released 500 tracks, and 50 tactical shooters.')).toEqual([]);
  });
});

describe('the verdict', () => {
  it('says unrelated when the page names none of the entities', () => {
    expect(coverageVerdict(dataset.coverage, ALL, 0)).toBe('unrelated');
  });
  it('says same story with enough claims, one of them the accusation itself', () => {
    expect(coverageVerdict(dataset.coverage, ['date', 'mss-blamed', 'exchange-hack', 'blinken', 'borrell'], 3)).toBe('same-story');
    expect(coverageVerdict(dataset.coverage, ['mss-blamed', 'exchange-hack', 'blinken', 'borrell', 'ransom'], 3)).toBe('another-context');
    expect(coverageVerdict(dataset.coverage, ['date', 'exchange-hack', 'blinken', 'borrell'], 3)).toBe('another-context');
  });
});
