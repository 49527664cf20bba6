/** The hover card's own words, in English and Arabic (entity texts come from the dataset). */
import type { Lang } from '../../messaging/protocol';

export const CARD_STRINGS = {
  en: {
    alsoKnownAs: 'Also known as',
    asWrittenHere: 'as written here',
    /** `date`: the attribution's day, written out (format-date.ts). */
    roleHeading: (date: string) => `In the ${date} attribution`,
    /** Between names in a list. */
    listSeparator: ', ',
    /** Between publishers. */
    groupSeparator: '; ',
    saidBy: (speaker: string, date: string) => `— ${speaker}, ${date}`,
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
    moreQuotes: 'Also in the article',
    source: (date: string) => `Sentences from the Arabic article of ${date}, citing Reuters.`,
    alsoDrawnOn: 'Also drawn on',
    hint: 'Open the Attribution Lens toolbar button for the full story.',
    more: 'More',
    less: 'Less',
    close: 'Close',
    kind: { group: 'Threat group', agency: 'State agency', event: 'Cyber incident' },
  },
  ar: {
    alsoKnownAs: 'أسماء أخرى',
    asWrittenHere: 'كما ورد هنا',
    roleHeading: (date: string) => `في اتهامات ${date}`,
    listSeparator: '، ',
    groupSeparator: '؛ ',
    saidBy: (speaker: string, date: string) => `— ${speaker}، ${date}`,
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
    moreQuotes: 'وفي المقال أيضاً',
    source: (date: string) => `الجمل من المقال العربي المنشور في ${date} نقلاً عن «رويترز».`,
    alsoDrawnOn: 'ومصادر أخرى',
    hint: 'افتح زر «عدسة الإسناد» في شريط الأدوات لقراءة القصة كاملة.',
    more: 'المزيد',
    less: 'أقل',
    close: 'إغلاق',
    kind: { group: 'مجموعة تهديد', agency: 'جهاز حكومي', event: 'حادث سيبراني' },
  },
} as const satisfies Record<Lang, unknown>;

export type CardStrings = (typeof CARD_STRINGS)[Lang];
