/**
 * One claim of the story: who said it, when, what, and the article sentence it
 * comes from. Quotes show the sentence outright; other claims keep it one click away.
 */
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { ArticleSentence } from '../shell/article-sentence';
import { formatDatasetDate } from './format-date';
import type { StoryClaim } from './story';

interface Props {
  item: StoryClaim;
  lang: Lang;
  strings: PopupStrings;
}

export function ClaimItem({ item, lang, strings }: Props) {
  const { claim, speaker, sentence, sentenceNumber } = item;
  const sentenceView = <ArticleSentence ar={sentence.ar} en={sentence.en} strings={strings} />;
  return (
    <li class="claim" data-claim={claim.id} data-sentence={sentence.id}>
      <p class="claim-meta">
        <span class="speaker">{speaker.name[lang]}</span>
        {' · '}
        <time dateTime={claim.date}>{formatDatasetDate(claim.date, lang)}</time>
      </p>
      {claim.quote ? (
        <figure class="quote">
          {sentenceView}
          <figcaption>{strings.articleSentence(sentenceNumber)}</figcaption>
        </figure>
      ) : (
        <>
          <p>{claim.summary[lang]}</p>
          <details>
            <summary>{strings.articleSentence(sentenceNumber)}</summary>
            {sentenceView}
          </details>
        </>
      )}
    </li>
  );
}
