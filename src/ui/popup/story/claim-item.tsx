/**
 * One claim of the story: who said it (nobody, for narration), when, what, and the article
 * sentence it comes from. Quotes show the sentence outright, say that its wording is the
 * article's, and show the speaker's own words beside it where found; other claims keep the
 * sentence one click away. Where the article says more than the sources, their check follows.
 */
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { ArticleSentence } from '../shell/article-sentence';
import { formatDatasetDate } from '../../format-date';
import { OwnWordsView } from './own-words';
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
        {speaker ? <span class="speaker">{speaker.name[lang]}</span> : <span class="narration">{strings.narration}</span>}
        {' · '}
        <time dateTime={claim.date}>{formatDatasetDate(claim.date, lang)}</time>
      </p>
      {claim.kind === 'quote' ? (
        <>
          <figure class="quote">
            <p class="wording">{strings.articleWording}</p>
            {sentenceView}
            <figcaption>{strings.articleSentence(sentenceNumber)}</figcaption>
          </figure>
          {claim.original ? (
            <OwnWordsView words={claim.original} differs={claim.original.differs?.[lang]} lang={lang} strings={strings} />
          ) : null}
        </>
      ) : (
        <>
          <p>{claim.summary[lang]}</p>
          <details>
            <summary>{strings.articleSentence(sentenceNumber)}</summary>
            {sentenceView}
          </details>
        </>
      )}
      {claim.check ? (
        <p class="check">
          <strong>{strings.check}: </strong>
          {claim.check.text[lang]}
        </p>
      ) : null}
    </li>
  );
}
