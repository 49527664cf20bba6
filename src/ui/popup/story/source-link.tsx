/**
 * A source of the story: a link that opens in a new tab, or plain text when the
 * source is not online (the article itself).
 */
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import type { Source } from './story';

interface Props {
  source: Source;
  lang: Lang;
  strings: PopupStrings;
}

export function SourceLink({ source, lang, strings }: Props) {
  // Primary documents have English titles only; the title then keeps its own language.
  const title = source.title[lang] ?? source.title.en;
  const titleLang = source.title[lang] ? lang : 'en';
  if (!source.url) {
    return (
      <span lang={titleLang} dir="auto">
        {title}
      </span>
    );
  }
  return (
    // noopener: the opened page gets no handle on the popup (and noreferrer sends it no referrer).
    <a href={source.url} target="_blank" rel="noopener noreferrer" lang={titleLang} dir="auto">
      {title}
      <span class="visually-hidden" lang={lang}>
        {' '}
        {strings.newTab}
      </span>
    </a>
  );
}
