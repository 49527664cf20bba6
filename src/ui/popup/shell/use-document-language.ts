/**
 * Puts the popup's language and direction on <html>, so the whole document
 * (scroll bar side, form controls, screen reader voice) follows them.
 */
import { useEffect } from 'preact/hooks';
import { directionOf } from '../../language';
import type { Lang } from '../../../messaging/protocol';
import { popupStrings } from './popup-strings';

export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    document.title = popupStrings(lang).appName;
  }, [lang]);
}
