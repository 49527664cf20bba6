/**
 * Every string of the popup, in English and Arabic. Dataset texts (names, claims,
 * quotes) come from the dataset itself; these are the popup's own words. The
 * Arabic table has the English one's type, so a missing string fails the build.
 */
import type { Verdict } from '../../../core';
import type { UnsupportedReason } from './page-support';
import type { Lang } from '../../../messaging/protocol';

/** Chooses a plural form with the language's own rules (Arabic has six). */
function plural(lang: Lang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
  return form.replace('{n}', String(n));
}

const en = {
  appName: 'Attribution Lens',
  sections: 'Sections',
  onThisPage: 'On this page',
  story: 'The story',
  settings: 'Settings',
  coverage: 'Coverage',
  coverageLoading: 'Comparing this page with the article…',
  coverageFailed: 'The page could not be compared with the article. Close the popup and open it again.',
  verdict: {
    'same-story': (n: number, of: number) => `Same story (${n} of ${of} claims reported)`,
    'another-context': 'Mentions these entities in another context',
    unrelated: 'Unrelated',
  } satisfies Record<Verdict, string | ((n: number, of: number) => string)>,
  claimsReported: (n: number, of: number) => `${n} of ${of} claims reported`,
  /** What the verdict rests on: the claims found and the time the page states. */
  basis: {
    claims: (n: number) => `Rests on ${n} ${n === 1 ? 'claim' : 'claims'} found as part of the July 2021 story`,
    later: 'the page names a year after 2021: it was written later',
    news: 'the page gives the accusation’s day with no year: news of that week',
    undated: 'the page does not give the accusation’s day as news',
  },
  articleClaims: (n: number) => `The article’s ${n} claims`,
  reported: 'Reported',
  notReported: 'Not reported',
  inTheArticle: (n: number) => `In the article, sentence ${n}`,
  showOnPage: 'Show on the page',
  revealTextFailed: 'That sentence is no longer on the page as it was. Close the popup and open it again to compare afresh.',
  language: 'Language',
  languageAuto: 'Browser language',
  loading: 'Reading the page…',
  notRead: 'Attribution Lens has not read this page yet. Reload the page to highlight its mentions.',
  noTab: 'There is no tab to inspect.',
  mentions: (n: number) => plural('en', n, { one: '{n} mention', other: '{n} mentions' }),
  totalOnPage: (n: number) => plural('en', n, { one: '{n} mention on this page', other: '{n} mentions on this page' }),
  skipped: (n: number) =>
    plural('en', n, {
      one: '{n} more was found but not highlighted (the page limit was reached).',
      other: '{n} more were found but not highlighted (the page limit was reached).',
    }),
  empty: 'No mentions of APT40, APT31, China’s Ministry of State Security or the 2021 Exchange hack on this page.',
  readStory: 'Read the story',
  siteOff: 'Highlighting is off for this site, so nothing is marked here. Turn it on in Settings.',
  allOff: 'Highlighting is off on all sites. Turn it on in Settings.',
  unsupported: {
    'browser-page': 'This is a browser page. Extensions cannot read it, so nothing can be highlighted here.',
    'extension-store': 'Browsers do not let extensions run on extension store pages, so nothing can be highlighted here.',
    pdf: 'PDF files open in the browser’s own viewer, where extensions cannot run.',
    unknown:
      'Attribution Lens cannot read this page. Browsers keep extensions out of their own pages, extension stores and PDF viewers.',
  } satisfies Record<UnsupportedReason, string>,
  revealHint: 'Choose a mention to scroll the page to it.',
  revealFailed: 'That mention is no longer on the page.',
  published: (date: string) => `Published ${date}, citing Reuters.`,
  whoAccused: 'Who accused whom',
  accusers: 'The accusers',
  accused: 'The accused',
  onDate: (date: string) => `On ${date}`,
  keyPoints: 'What was said',
  quotes: 'Quotes',
  chinaResponse: 'China’s response',
  timeline: 'Timeline',
  sources: 'Sources',
  articleSentence: (n: number) => `Article, sentence ${n}`,
  arabicOriginal: 'Arabic original',
  narration: 'The article’s own narration (no speaker)',
  articleWording: 'The article’s wording (our translation of the Arabic)',
  ownWords: 'Own words — original',
  differs: 'How the article differs',
  check: 'What the sources say',
  whoSaidWhat: 'Who said what, 19–20 July 2021',
  whoSaidWhatNote: 'Each government said something different. Quoted words are the statement’s own, in its language; the rest is our summary.',
  body: 'Government or body',
  attributed: 'What it attributed, in its own words',
  accusedBy: 'Attributed by',
  englishRendering: 'English rendering',
  newTab: '(opens in a new tab)',
  noLink: 'not online',
  highlightAll: 'Highlight on all sites',
  highlightSite: 'Highlight on this site',
  siteUnavailable: 'This page cannot be highlighted, so there is no per-site switch for it.',
  whichEntities: 'Highlight these',
  liveNote: 'Changes apply to open tabs at once.',
  allSettings: 'All settings',
};

export type PopupStrings = typeof en;

const ar: PopupStrings = {
  appName: 'عدسة الإسناد',
  sections: 'الأقسام',
  onThisPage: 'في هذه الصفحة',
  story: 'القصة',
  settings: 'الإعدادات',
  coverage: 'التغطية',
  coverageLoading: 'جارٍ مقارنة هذه الصفحة بالمقال…',
  coverageFailed: 'تعذّرت مقارنة الصفحة بالمقال. أغلق النافذة وافتحها من جديد.',
  verdict: {
    'same-story': (n, of) => `القصة نفسها (وردت ${n} من أصل ${of} ادعاءً)`,
    'another-context': 'تذكر هذه الجهات في سياق آخر',
    unrelated: 'غير ذي صلة',
  },
  claimsReported: (n, of) => `وردت ${n} من أصل ${of} ادعاءً`,
  basis: {
    claims: (n) => `يستند إلى ${n} من الادعاءات وردت بوصفها جزءاً من قصة تموز (يوليو) 2021`,
    later: 'تذكر الصفحة سنةً بعد 2021: كُتبت لاحقاً',
    news: 'تذكر الصفحة يوم الاتهام بلا سنة: خبر من ذلك الأسبوع',
    undated: 'لا تذكر الصفحة يوم الاتهام خبراً',
  },
  articleClaims: (n) => `ادعاءات المقال (${n})`,
  reported: 'وردت',
  notReported: 'لم ترد',
  inTheArticle: (n) => `في المقال، الجملة ${n}`,
  showOnPage: 'اعرضها في الصفحة',
  revealTextFailed: 'لم تعد هذه الجملة في الصفحة كما كانت. أغلق النافذة وافتحها من جديد لإعادة المقارنة.',
  language: 'اللغة',
  languageAuto: 'لغة المتصفح',
  loading: 'جارٍ قراءة الصفحة…',
  notRead: 'لم تقرأ عدسة الإسناد هذه الصفحة بعد. أعد تحميل الصفحة لإبراز الإشارات فيها.',
  noTab: 'لا توجد علامة تبويب لفحصها.',
  mentions: (n) =>
    plural('ar', n, {
      zero: 'لا إشارات',
      one: 'إشارة واحدة',
      two: 'إشارتان',
      few: '{n} إشارات',
      many: '{n} إشارة',
      other: '{n} إشارة',
    }),
  totalOnPage: (n) =>
    plural('ar', n, {
      zero: 'لا إشارات في هذه الصفحة',
      one: 'إشارة واحدة في هذه الصفحة',
      two: 'إشارتان في هذه الصفحة',
      few: '{n} إشارات في هذه الصفحة',
      many: '{n} إشارة في هذه الصفحة',
      other: '{n} إشارة في هذه الصفحة',
    }),
  skipped: (n) =>
    plural('ar', n, {
      one: 'وُجدت إشارة أخرى لم تُبرز (بلغت الصفحة الحد الأقصى).',
      two: 'وُجدت إشارتان أخريان لم تُبرزا (بلغت الصفحة الحد الأقصى).',
      few: 'وُجدت {n} إشارات أخرى لم تُبرز (بلغت الصفحة الحد الأقصى).',
      other: 'وُجدت {n} إشارة أخرى لم تُبرز (بلغت الصفحة الحد الأقصى).',
    }),
  empty:
    'لا توجد في هذه الصفحة إشارات إلى التهديد المستمر المتقدم 40 أو 31 أو وزارة أمن الدولة الصينية أو اختراق مايكروسوفت إكستشينج عام 2021.',
  readStory: 'اقرأ القصة',
  siteOff: 'الإبراز متوقف في هذا الموقع، لذا لم يُعلَّم شيء هنا. يمكنك تشغيله من الإعدادات.',
  allOff: 'الإبراز متوقف في جميع المواقع. يمكنك تشغيله من الإعدادات.',
  unsupported: {
    'browser-page': 'هذه صفحة من صفحات المتصفح لا تستطيع الإضافات قراءتها، لذا لا يمكن إبراز شيء فيها.',
    'extension-store': 'لا تسمح المتصفحات للإضافات بالعمل في صفحات متاجر الإضافات، لذا لا يمكن إبراز شيء هنا.',
    pdf: 'تُفتح ملفات PDF في عارض المتصفح الخاص، ولا تعمل الإضافات فيه.',
    unknown:
      'لا تستطيع عدسة الإسناد قراءة هذه الصفحة، فالمتصفحات تمنع الإضافات من صفحاتها الخاصة ومن متاجر الإضافات وعارضات ملفات PDF.',
  },
  revealHint: 'اختر إشارة لتنتقل الصفحة إليها.',
  revealFailed: 'لم تعد هذه الإشارة موجودة في الصفحة.',
  published: (date) => `نُشر في ${date} نقلاً عن رويترز.`,
  whoAccused: 'من اتهم من',
  accusers: 'الجهات المتهِمة',
  accused: 'الجهات المتهَمة',
  onDate: (date) => `في ${date}`,
  keyPoints: 'ما قيل',
  quotes: 'اقتباسات',
  chinaResponse: 'رد الصين',
  timeline: 'التسلسل الزمني',
  sources: 'المصادر',
  articleSentence: (n) => `المقال، الجملة ${n}`,
  arabicOriginal: 'النص العربي الأصلي',
  narration: 'سرد المقال نفسه (بلا متحدث)',
  articleWording: 'صياغة المقال (والترجمة الإنجليزية من عندنا)',
  ownWords: 'كلماته هو — النص الأصلي',
  differs: 'كيف تختلف صياغة المقال',
  check: 'ما تقوله المصادر',
  whoSaidWhat: 'من قال ماذا، 19–20 تموز (يوليو) 2021',
  whoSaidWhatNote: 'قالت كل حكومة شيئاً مختلفاً. ما بين علامتي الاقتباس هو كلمات البيان نفسه بلغته؛ والباقي ملخص من عندنا.',
  body: 'الحكومة أو الجهة',
  attributed: 'ما نسبته، بكلماتها',
  accusedBy: 'نسبتها إليه',
  englishRendering: 'الترجمة الإنجليزية',
  newTab: '(يُفتح في علامة تبويب جديدة)',
  noLink: 'غير متاح على الإنترنت',
  highlightAll: 'الإبراز في جميع المواقع',
  highlightSite: 'الإبراز في هذا الموقع',
  siteUnavailable: 'لا يمكن الإبراز في هذه الصفحة، لذا لا يوجد مفتاح خاص بها.',
  whichEntities: 'أبرز هذه الجهات',
  liveNote: 'تُطبَّق التغييرات على علامات التبويب المفتوحة فوراً.',
  allSettings: 'جميع الإعدادات',
};

export const POPUP_STRINGS: Record<Lang, PopupStrings> = { en, ar };

/** The popup's strings in one language. */
export const popupStrings = (lang: Lang): PopupStrings => POPUP_STRINGS[lang];
