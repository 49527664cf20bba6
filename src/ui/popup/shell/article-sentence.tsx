/**
 * A sentence of the source article: the Arabic as published, with its English
 * rendering, each marked with its language and direction whatever the popup's.
 */
import type { PopupStrings } from './popup-strings';

interface Props {
  ar: string;
  en: string;
  strings: PopupStrings;
}

export function ArticleSentence({ ar, en, strings }: Props) {
  return (
    <div class="sentence">
      <blockquote lang="ar" dir="rtl" aria-label={strings.arabicOriginal}>
        <p>{ar}</p>
      </blockquote>
      <p class="rendering" lang="en" dir="ltr">
        <span class="visually-hidden">{strings.englishRendering}: </span>
        {en}
      </p>
    </div>
  );
}
