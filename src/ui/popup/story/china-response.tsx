/**
 * China's response to the accusations, body by body: what each said, its own words with their
 * address, and where it was reported.
 */
import { dataset } from '../../../data/dataset';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { formatDatasetDate } from '../../format-date';
import { SourceLink } from './source-link';
import { sourceById } from './story';

interface Props {
  lang: Lang;
  strings: PopupStrings;
}

export function ChinaResponse({ lang, strings }: Props) {
  return (
    <ul class="china-response">
      {dataset.statements
        .filter((s) => s.side === 'china')
        .map((statement) => {
          const source = sourceById(dataset, statement.source);
          return (
            <li key={statement.id} data-statement={statement.id}>
              <p class="claim-meta">
                <span class="speaker">{statement.party[lang]}</span>
                {' · '}
                <time dateTime={statement.date}>{formatDatasetDate(statement.date, lang)}</time>
              </p>
              <p>{statement.summary[lang]}</p>
              {statement.words ? (
                <p class="own-words">
                  <span class="label">{strings.ownWords}: </span>
                  <q lang={statement.words.lang} dir="auto" cite={statement.words.url}>
                    {statement.words.text}
                  </q>
                </p>
              ) : null}
              <p class="cite">{source ? <SourceLink source={source} lang={lang} strings={strings} /> : null}</p>
            </li>
          );
        })}
    </ul>
  );
}
