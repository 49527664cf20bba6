/** The hover card's own words, in English and Arabic (entity texts come from the dataset). */
import type { Lang } from '../../messaging/protocol';

export const CARD_STRINGS = {
  en: {
    alsoKnownAs: 'Also known as',
    asWrittenHere: 'as written here',
    roleHeading: 'In the 19 July 2021 attribution',
    said: 'said',
    narration: 'The article’s own narration (no speaker)',
    wording: {
      quote: 'The article’s wording of a quote (our translation of the Arabic)',
      report: 'The article reports what was said (our translation of the Arabic)',
      narration: 'The article’s sentence (our translation of the Arabic)',
    },
    ownWords: 'Own words — original',
    differs: 'How the article differs',
    check: 'What the sources say',
    groupBlamed: 'Group blamed',
    namedBy: (vendor: string, year: number) => `${vendor}, ${year}`,
    sourcesUsed: 'Sources: the Arabic article of 20 July 2021 (citing Reuters) and',
    hint: 'Open the Attribution Lens toolbar button for the full story.',
    close: 'Close',
    kind: { group: 'Threat group', agency: 'State agency', event: 'Cyber incident' },
    date: '19 July 2021',
  },
  ar: {
    alsoKnownAs: 'أسماء أخرى',
    asWrittenHere: 'كما ورد هنا',
    roleHeading: 'في اتهامات 19 تموز (يوليو) 2021',
    said: 'قال',
    narration: 'سرد المقال نفسه (بلا متحدث)',
    wording: {
      quote: 'صياغة المقال لاقتباس (النص العربي كما نُشر)',
      report: 'المقال ينقل ما قيل (النص العربي كما نُشر)',
      narration: 'جملة من المقال (النص العربي كما نُشر)',
    },
    ownWords: 'كلماته هو — النص الأصلي',
    differs: 'كيف تختلف صياغة المقال',
    check: 'ما تقوله المصادر',
    groupBlamed: 'المجموعة المتهمة',
    namedBy: (vendor: string, year: number) => `${vendor}، ${year}`,
    sourcesUsed: 'المصادر: المقال العربي بتاريخ 20 تموز (يوليو) 2021 (نقلاً عن «رويترز») و',
    hint: 'افتح زر Attribution Lens في شريط الأدوات لقراءة القصة كاملة.',
    close: 'إغلاق',
    kind: { group: 'مجموعة تهديد', agency: 'جهاز حكومي', event: 'حادث سيبراني' },
    date: '19 تموز (يوليو) 2021',
  },
} as const satisfies Record<Lang, unknown>;
