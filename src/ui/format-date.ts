/**
 * Dates of the dataset ("2021-07-19" or "2021-05") written out for the reader, the same way in
 * the popup and the hover card. Pure.
 */
import type { Lang } from '../messaging/protocol';

// Latin digits in Arabic too: the article writes its years that way ("2011 و2018"),
// and a mix of digit styles on one screen reads badly.
const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar-u-nu-latn' };

/** "19 July 2021" / "19 يوليو 2021"; a month-only date gives "May 2021". Unparseable input is returned as is. */
export function formatDatasetDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  // UTC on both sides, so the day never shifts with the user's time zone.
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
  }).format(date);
}
