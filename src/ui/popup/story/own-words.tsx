/**
 * A speaker's own words, exactly as published, in their language, with the address where they
 * stand; shown beside the article's rendering, with what differs when it does.
 */
import type { OwnWords } from '../../../data/schema';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';

interface Props {
  words: OwnWords;
  differs?: string;
  lang: Lang;
  strings: PopupStrings;
}

export function OwnWordsView({ words, differs, lang, strings }: Props) {
  return (
    <figure class="own-words">
      <figcaption>{strings.ownWords}</figcaption>
      <blockquote lang={words.lang} dir="auto" cite={words.url}>
        <p>{words.text}</p>
      </blockquote>
      <p class="cite">
        <a href={words.url} target="_blank" rel="noopener noreferrer" dir="ltr">
          {new URL(words.url).hostname}
          <span class="visually-hidden" lang={lang}>
            {' '}
            {strings.newTab}
          </span>
        </a>
      </p>
      {differs ? (
        <p class="differs">
          <strong>{strings.differs}: </strong>
          {differs}
        </p>
      ) : null}
    </figure>
  );
}
