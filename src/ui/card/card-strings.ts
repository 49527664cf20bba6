/** The hover card's own words, in English and Arabic (entity texts come from the dataset). */
import type { Lang } from '../../messaging/protocol';

export const CARD_STRINGS = {
  en: {
    alsoKnownAs: 'Also known as',
    asWrittenHere: 'as written here',
    roleHeading: 'In the 19 July 2021 attribution',
    said: 'said',
    source: 'Source: Arabic news article of 20 July 2021, citing Reuters.',
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
    source: 'المصدر: مقال إخباري عربي بتاريخ 20 تموز (يوليو) 2021 نقلاً عن «رويترز».',
    hint: 'افتح زر Attribution Lens في شريط الأدوات لقراءة القصة كاملة.',
    close: 'إغلاق',
    kind: { group: 'مجموعة تهديد', agency: 'جهاز حكومي', event: 'حادث سيبراني' },
    date: '19 تموز (يوليو) 2021',
  },
} as const satisfies Record<Lang, unknown>;
