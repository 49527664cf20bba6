/**
 * The timeline of the story, oldest first, each event with the sources that state it.
 */
import { dataset } from '../../../data/dataset';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { formatDatasetDate } from '../../format-date';
import { SourceLink } from './source-link';
import { sourcesByIds } from '../../../data/provenance';

interface Props {
  lang: Lang;
  strings: PopupStrings;
}

export function StoryTimeline({ lang, strings }: Props) {
  return (
    <ol class="timeline">
      {dataset.timeline.map((event) => {
        const sources = sourcesByIds(dataset, event.sources);
        return (
          <li key={`${event.date}-${event.sources.join()}`}>
            <time dateTime={event.date}>{formatDatasetDate(event.date, lang)}</time>
            <p>
              {event.text[lang]}
              <span class="cite">
                {' ('}
                {sources.map((source, i) => (
                  <span key={source.id}>
                    {i > 0 ? '; ' : ''}
                    <SourceLink source={source} lang={lang} strings={strings} />
                  </span>
                ))}
                {')'}
              </span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
