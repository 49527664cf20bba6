import { describe, expect, it } from 'vitest';
import { foldString } from '../../src/core/fold-text';
import { datedToAnotherYear, daysNamed, frameOf, pageIsLater, yearsNamed } from '../../src/core/time-frame';

const frame = (text: string) => frameOf(foldString(text));

describe('the time a sentence states', () => {
  it.each([
    'On 19 July 2021 the US accused China.',
    'July 19, 2021',
    'am 19. Juli',
    'el 19 de julio',
    'le 20 juillet',
    '19 июля',
    'في 19 تموز',
    'في ١٩ يوليو',
    '2021年7月19日',
    'in 2021',
  ])('%s is the story’s time', (text) => expect(frame(text)).toBe('story'));

  it.each([
    ['the 9 July 2024 advisory', 'later'],
    ['in 2024 APT40', 'later'],
    ['林剑星期二(3月26日)否认', 'later'], // 26 March 2021 was a Friday: a Tuesday 26 March is another year
    ['林剑(3月26日)否认', 'other-day'],
    ['le 26 mars', 'other-day'],
    ['July 9', 'other-day'],
  ])('%s is another time (%s)', (text, expected) => expect(frame(text)).toBe(expected));

  it.each(['On Monday', 'from 2011 to 2018', 'CVE-2020-0688', '© 2024 the site', 'in March'])('%s states no time of its own', (text) =>
    expect(frame(text)).toBe('unstated'),
  );

  it('reads years and days in the page’s own forms', () => {
    expect(yearsNamed(foldString('٢٠٢٤ and 2021年'))).toEqual([2024, 2021]);
    expect(daysNamed(foldString('19 июля, 26 марта, 3月26日'))).toEqual([[6, 19], [2, 26], [2, 26]]);
  });
});

describe('a date given with its weekday', () => {
  it.each(['星期二(3月26日)', 'Tuesday, 26 March', 'الثلاثاء 26 مارس', 'во вторник, 26 марта'])('%s is another year than 2021', (text) =>
    expect(datedToAnotherYear(foldString(text))).toBe(true),
  );
  it.each(['Monday 19 July', 'в понедельник, 19 июля', 'الاثنين 19 يوليو', 'Tuesday, 2 March', 'lundi', '3月26日'])(
    '%s fits 2021 or gives no pair',
    (text) => expect(datedToAnotherYear(foldString(text))).toBe(false),
  );
});

describe('the page’s own time', () => {
  it('is later when it names a later year outside an update note', () => {
    expect(pageIsLater(['a 2024 advisory'].map(foldString))).toBe(true);
    expect(pageIsLater(['【更新】2024年3月, more charges', 'On Monday, 2021'].map(foldString))).toBe(false);
    expect(pageIsLater(['since 2010', 'on Monday'].map(foldString))).toBe(false);
    expect(pageIsLater(['星期二(3月26日)', 'on Monday'].map(foldString))).toBe(true);
  });
});
