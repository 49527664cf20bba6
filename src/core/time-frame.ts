/**
 * The time frame a text speaks of, for the coverage check: is a sentence about the July
 * 2021 announcement, or about another time (a 2024 advisory, a 26 March reply to another
 * case)? Pure, on folded text (src/core/fold-text.ts: lower case, accents off, ASCII digits).
 *
 * Only what the text states is read: years ("2024", "2024年"), days of a month in the
 * page's language ("26 March", "March 26", "26. März", "26 de marzo", "26 марта",
 * "3月26日"), weekdays. Month and weekday names come from Intl, not from hand-made lists.
 */
import { foldString } from './fold-text';

/** The story's year and the days its news was written on (the announcement, China's reply). */
export const STORY_YEAR = 2021;
const STORY_MONTH = 6; // July, from 0
const STORY_DAYS = { from: 18, to: 22 };

/** The languages whose month and weekday names are read (Levantine Arabic names its months differently). */
const LOCALES = ['en', 'fr', 'de', 'es', 'ru', 'ar', 'ar-SY', 'zh', 'ja'];

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Each locale's month names, folded, as they stand beside a day ("juli", "июля", "تموز"), with the month's index. */
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of LOCALES) {
    const withDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2021, m, 15));
      const month = withDay.formatToParts(date).find((p) => p.type === 'month')?.value ?? '';
      for (const name of [month, alone.format(date)]) {
        const folded = foldString(name).trim();
        // CJK months are numbers ("7月"): read by DAY_CJK below.
        if (folded && !/\d/.test(folded)) names.set(folded, m);
      }
    }
  }
  return names;
}

/**
 * The month and weekday patterns, made on first use: asking Intl for nine locales' names takes
 * long enough that no importer should pay it at load (the background wakes often, and a page
 * that is never checked for coverage needs none of it).
 */
interface DateNames {
  months: Map<string, number>;
  /** "19 July", "19. Juli", "19 de julio", "19er juillet". */
  dayMonth: RegExp;
  /** "July 19". */
  monthDay: RegExp;
  weekdays: Map<string, number>;
  weekday: RegExp;
}

let dateNames: DateNames | undefined;

// Word edges for Latin and Cyrillic only; Arabic month names follow a digit and a space.
const EDGE = '\\p{Script=Latin}\\p{Script=Cyrillic}';

function names(): DateNames {
  if (dateNames) return dateNames;
  const months = monthNames();
  const monthAlt = [...months.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const weekdays = weekdayNames();
  const weekdayAlt = [...weekdays.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  dateNames = {
    months,
    dayMonth: new RegExp(`(?<![\\p{N}])(\\d{1,2})(?:\\.|er)?\\s(?:de\\s)?(${monthAlt})(?![${EDGE}])`, 'gu'),
    monthDay: new RegExp(`(?<![${EDGE}])(${monthAlt})\\s(\\d{1,2})(?![\\p{N}])`, 'gu'),
    weekdays,
    weekday: new RegExp(`(?<![${EDGE}])(${weekdayAlt})`, 'gu'),
  };
  return dateNames;
}

/** "7月19日", "7月19号". */
const DAY_CJK = /(?<!\d)(\d{1,2})月(\d{1,2})[日号]/gu;
/** A year of this century or the last decade of the previous one; not the year inside a CVE id. */
const YEAR = /(?<![\p{N}])(?<!cve-)(199\d|20[0-4]\d)(?![\p{N}])/gu;
/** A copyright line's year is when the page was kept, not what it speaks of. */
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?\d{4}/gu;

/** The years a text names. */
export function yearsNamed(folded: string): number[] {
  return [...folded.replace(COPYRIGHT, ' ').matchAll(YEAR)].map((m) => Number(m[1]));
}

/** The days of a month a text names, as [month from 0, day]. */
export function daysNamed(folded: string): [number, number][] {
  const { months, dayMonth, monthDay } = names();
  const days: [number, number][] = [];
  for (const m of folded.matchAll(dayMonth)) days.push([months.get(m[2] as string) ?? -1, Number(m[1])]);
  for (const m of folded.matchAll(monthDay)) days.push([months.get(m[1] as string) ?? -1, Number(m[2])]);
  for (const m of folded.matchAll(DAY_CJK)) days.push([Number(m[1]) - 1, Number(m[2])]);
  return days.filter(([month, day]) => month >= 0 && day >= 1 && day <= 31);
}

/** Each locale's weekday names, folded ("lundi", "الاثنين", "星期一"), with the day's index from Sunday. */
function weekdayNames(): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of LOCALES) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) {
      const name = foldString(format.format(new Date(Date.UTC(2021, 6, 18 + d)))).trim(); // 18 July 2021 was a Sunday
      names.set(name, d);
      // Russian weekdays change their ending after "в" ("в среду"); Chinese writes 星期二, 周二, 週二 and 礼拜二.
      if (/\p{Script=Cyrillic}[аяеу]$/u.test(name)) names.set(name.slice(0, -1), d);
      if (name.startsWith('星期')) for (const alt of ['周', '週', '礼拜', '禮拜']) names.set(alt + name.slice(2), d);
    }
  }
  return names;
}

/** How close a weekday and a date must stand to be one date ("Tuesday, 26 March", "星期二(3月26日)"). */
const WEEKDAY_REACH = 12;

/**
 * True when the text gives a date with its weekday and the two do not fall together in the
 * story's year: "星期二(3月26日)" is 2024 (26 March 2021 was a Friday). A date so given names its year.
 */
export function datedToAnotherYear(folded: string): boolean {
  const { weekdays, weekday: pattern } = names();
  for (const m of folded.matchAll(pattern)) {
    const weekday = weekdays.get(m[1] as string);
    const start = m.index;
    const end = start + (m[1] as string).length;
    const near = folded.slice(Math.max(0, start - WEEKDAY_REACH), start) + ' ' + folded.slice(end, end + WEEKDAY_REACH);
    for (const [month, day] of daysNamed(near)) {
      if (new Date(Date.UTC(STORY_YEAR, month, day)).getUTCDay() !== weekday) return true;
    }
  }
  return false;
}

const isStoryDay = ([month, day]: [number, number]) =>
  month === STORY_MONTH && day >= STORY_DAYS.from && day <= STORY_DAYS.to;

/**
 * Where a sentence sits in time: `later` when it names a year after the story's and not the
 * story's own (a 2024 advisory); `other-day` when it names a day that is not one of the
 * story's week (China's reply "on 26 March" answers another case); `story` when it names the
 * story's year or day; `unstated` when it names no time. Earlier years alone settle nothing:
 * "from 2011 to 2018" is the indicted campaign's span, part of the story.
 */
export type Frame = 'story' | 'later' | 'other-day' | 'unstated';

export function frameOf(folded: string): Frame {
  const years = yearsNamed(folded);
  const days = daysNamed(folded);
  const storyYear = years.includes(STORY_YEAR);
  if (!storyYear && (years.some((y) => y > STORY_YEAR) || datedToAnotherYear(folded))) return 'later';
  if (days.some(isStoryDay)) return 'story';
  if (days.length > 0) return 'other-day';
  return storyYear ? 'story' : 'unstated';
}

/** True when a sentence's own words put it outside the story's time. */
export const outsideStory = (folded: string): boolean => {
  const frame = frameOf(folded);
  return frame === 'later' || frame === 'other-day';
};

/** A note appended to an article ("Update:", "【更新】") dates the note, not the article. */
const UPDATE_NOTE = /^\W{0,3}(?:update|updated|mise a jour|aktualisierung|aktualisiert|actualizacion|обновлен|更新|追記|تحديث)/u;

/**
 * True when the page's own time is after the story: it names a year after 2021, or a date
 * whose weekday is not that date's in 2021, outside an update note (a 2024 advisory recalling
 * July 2021 is another context, whatever it recalls).
 */
export const pageIsLater = (foldedBlocks: readonly string[]): boolean =>
  foldedBlocks.some(
    (text) =>
      !UPDATE_NOTE.test(text.trimStart()) && (yearsNamed(text).some((y) => y > STORY_YEAR) || datedToAnotherYear(text)),
  );
