/**
 * How the popup and the options page both start: the stored settings, the language they
 * resolve to against the browser's, and <html> in that language (lang, dir, title), so the
 * whole document (scroll bar side, form controls, screen reader voice) follows it.
 */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '../messaging/protocol';
import type { Settings } from '../settings/settings-schema';
import { directionOf, resolveLanguage } from './language';
import { useSettings } from './use-settings';

export interface ExtensionPage {
  /** Null until read. */
  settings: Settings | null;
  changeSettings(change: Partial<Settings>): void;
  lang: Lang;
}

/** The page's settings and language; `titleOf` gives the document's title in that language. */
export function useExtensionPage(titleOf: (lang: Lang) => string): ExtensionPage {
  const [settings, changeSettings] = useSettings();
  const lang = resolveLanguage(settings?.language ?? 'auto', browser.i18n.getUILanguage());
  const title = titleOf(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    document.title = title;
  }, [lang, title]);
  return { settings, changeSettings, lang };
}
