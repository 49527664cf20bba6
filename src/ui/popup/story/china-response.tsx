/**
 * China's response to the accusations, each with where it was reported.
 */
import { dataset } from '../../../data/dataset';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { formatDatasetDate } from './format-date';
import { SourceLink } from './source-link';
import { sourceById } from './story';

interface Props {
  lang: Lang;
  strings: PopupStrings;
}

export function ChinaResponse({ lang, strings }: Props) {
  const sentences = dataset.article.sentences;
  return (
    <ul class="china-response">
      {dataset.chinaResponse.map((response) => {
        const source = sourceById(dataset, response.source);
        const sentenceNumber = response.sentence ? sentences.findIndex((s) => s.id === response.sentence) + 1 : 0;
        return (
          <li key={`${response.date}-${response.source}`}>
            <time dateTime={response.date}>{formatDatasetDate(response.date, lang)}</time>
            <p>{response.text[lang]}</p>
            <p class="cite">
              {sentenceNumber > 0 ? (
                strings.articleSentence(sentenceNumber)
              ) : source ? (
                <SourceLink source={source} lang={lang} strings={strings} />
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
