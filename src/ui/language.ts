/**
 * The language of the popup and the hover card: the user's choice, or else the
 * browser's UI language (Arabic when it is Arabic, English otherwise).
 */
import type { Lang } from '../messaging/protocol';
import type { UiLanguage } from '../settings/settings-schema';

/** Resolves the stored preference against the browser's UI language (e.g. "ar-EG", "en-US"). */
export function resolveLanguage(preference: UiLanguage, browserUiLanguage: string): Lang {
  if (preference === 'en' || preference === 'ar') return preference;
  return browserUiLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Text direction for a language. */
export const directionOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
