/**
 * The timeline of the story, oldest first, each event with its source.
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

export function StoryTimeline({ lang, strings }: Props) {
  return (
    <ol class="timeline">
      {dataset.timeline.map((event) => {
        const source = sourceById(dataset, event.source);
        return (
          <li key={`${event.date}-${event.source}`}>
            <time dateTime={event.date}>{formatDatasetDate(event.date, lang)}</time>
            <p>
              {event.text[lang]}
              {source ? (
                <span class="cite">
                  {' '}
                  (<SourceLink source={source} lang={lang} strings={strings} />)
                </span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
