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
    ['exchange-hack', 'The US blamed China for the hack of Microsoft Exchange servers.', 'اتهمت الولايات المتحدة الصين باختراق خوادم مايكروسوفت إكستشينج'],
    ['apt40-apt31', 'The EU linked the activity to APT40 and APT31.', 'ربط الاتحاد الأنشطة بالتهديد المستمر المتقدم ٤٠ و٣١ والتهديد المستمر المتقدم ٣١'],
    ['indictment', 'Four Chinese nationals were indicted.', 'توجيه الاتهام إلى أربعة صينيين'],
    ['ttps-50', 'They will publish 50 tactics, techniques and procedures.', 'الكشف عن ٥٠ تكتيكاً وتقنية'],
    ['ransom', 'Hackers from China demanded ransom of millions of dollars.', 'طلبات فدية بملايين الدولارات من الصين'],
    ['china-response', 'Beijing rejected the accusations as groundless.', 'رفضت بكين الاتهامات'],
    ['blinken', 'Blinken said China must stop.', 'قال بلينكن إن الصين مسؤولة'],
    ['borrell', 'Borrell urged the Chinese authorities to act.', 'حث بوريل السلطات الصينية'],
    ['white-house', 'The White House said in a statement that China was behind it.', 'قال البيت الأبيض في بيان إن الصين مسؤولة'],
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

describe('claims of the July 2021 story only', () => {
  it('does not count a sentence dated to a later year or to another day', () => {
    expect(claimsIn('In 2024 the US and its allies blamed the Ministry of State Security for the attack.')).not.toContain('mss-blamed');
    expect(claimsIn('On 26 March the Chinese foreign ministry rejected the accusations as groundless.')).not.toContain('china-response');
    expect(claimsIn('中国外交部发言人星期二(3月26日)否认所有指控。')).not.toContain('china-response');
  });
  it('counts the same sentence dated to the story or not dated at all', () => {
    expect(claimsIn('In July 2021 the US and its allies blamed the Ministry of State Security for the attack.')).toContain('mss-blamed');
    expect(claimsIn('On 20 July the Chinese foreign ministry rejected the accusations as groundless.')).toContain('china-response');
    expect(claimsIn('中国外交部发言人否认所有指控。')).toContain('china-response');
  });
  it('on a page written later, counts only what the page dates to the story', () => {
    const later = 'The 2024 charges were announced.';
    expect(claimsIn(later, 'The US and its allies blamed the Ministry of State Security for the attack.')).not.toContain('mss-blamed');
    expect(claimsIn(later, 'In July 2021 the US and its allies blamed the Ministry of State Security.')).toContain('mss-blamed');
  });
  it('does not take a day named in another sentence of the block for the claim’s', () => {
    const block = 'The US and its allies blamed the Ministry of State Security for the hack. Microsoft disclosed it on 2 March.';
    expect(claimsIn(block)).toContain('mss-blamed');
    expect(claimsIn('On 2 March the US and its allies blamed the Ministry of State Security for the hack.')).not.toContain('mss-blamed');
  });
  it('takes a block’s year for a sentence that states none', () => {
    expect(claimsIn('The advisory came in 2024. The US and its allies blamed the Ministry of State Security.')).not.toContain('mss-blamed');
    expect(claimsIn('The statement came in 2021. The US and its allies blamed the Ministry of State Security.')).toContain('mss-blamed');
  });
});

describe('claims in other words and languages', () => {
  it.each([
    ['exchange-hack', 'El Gobierno de Estados Unidos acusó a China del ciberataque contra los servidores de Microsoft Exchange.'],
    ['exchange-hack', '美國指控中國利用微軟的電子郵件伺服器漏洞。'],
    ['coalition', '美國聯合歐盟、英國、澳洲、加拿大、紐西蘭、日本與北約,譴責中國。'],
    ['mss-blamed', 'The indictment said the hack was coordinated by the Ministry of State Security, prosecutors said.'],
    ['china-response', 'China rechazó este martes las acusaciones, calificándolas de fabricadas.'],
    ['date', 'NATO said on Monday it was ready for a dialogue with China.'],
    ['ransom', 'Ces pirates pratiquent l’extorsion pour le compte de la Chine.'],
    ['apt40-apt31', 'Il a déclaré que les activités étaient liées au groupe APT40, que Washington accuse.'],
  ])('%s: %s', (id, text) => {
    expect(claimsIn(text)).toContain(id);
  });
  it('does not take a Microsoft attribution, a White House target or a victim for the claims', () => {
    expect(claimsIn('Microsoft attributed the Exchange Server attacks to HAFNIUM, a group operating from China.')).not.toContain('exchange-hack');
    expect(claimsIn('Hackers linked to China targeted White House officials, a press release of the Justice Department says.')).not.toContain('white-house');
    expect(claimsIn('The group targeted victims in China and abroad.')).not.toContain('china-response');
    expect(claimsIn('The US on Monday announced sanctions against a company.')).not.toContain('date');
  });
});

describe('the verdict', () => {
  const news = { later: false, news: true };
  const retrospective = { later: false, news: false };
  it('says unrelated when the page names none of the entities', () => {
    expect(coverageVerdict(dataset.coverage, ALL, 0, news)).toBe('unrelated');
  });
  it('says same story for two claims when the page gives the accusation’s day as news, not otherwise', () => {
    expect(coverageVerdict(dataset.coverage, ['date', 'apt40-apt31'], 3, news)).toBe('same-story');
    expect(coverageVerdict(dataset.coverage, ['date', 'apt40-apt31'], 3, retrospective)).toBe('another-context');
    expect(coverageVerdict(dataset.coverage, ['date'], 3, news)).toBe('another-context');
  });
  it('says same story for four claims with or without a day, not for three', () => {
    expect(coverageVerdict(dataset.coverage, ['mss-blamed', 'exchange-hack', 'indictment', 'china-response'], 3, retrospective)).toBe('same-story');
    expect(coverageVerdict(dataset.coverage, ['mss-blamed', 'exchange-hack', 'indictment'], 3, retrospective)).toBe('another-context');
  });
  it('says another context for a page dated after 2021, whatever it recalls', () => {
    expect(coverageVerdict(dataset.coverage, ALL, 3, { later: true, news: true })).toBe('another-context');
  });
  it('sees the page’s time: a day without a year is news, a later year dates the page, an update note does not', () => {
    expect(detector.assess(['On Monday the US, the EU, the UK and Japan accused China.']).time).toEqual(news);
    expect(detector.assess(['On 19 July 2021 the US, the EU, the UK and Japan accused China.']).time).toEqual(retrospective);
    expect(detector.assess(['The 2024 advisory.', 'On Monday the US and the UK accused China.']).time.later).toBe(true);
    expect(detector.assess(['Update: in 2024 more charges followed.', 'On Monday the US and the UK accused China.']).time.later).toBe(false);
  });
});
