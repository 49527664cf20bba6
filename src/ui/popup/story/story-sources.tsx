/**
 * The sources of the story: the article (citing Reuters) and the primary documents.
 */
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { formatDatasetDate } from '../../format-date';
import { SourceLink } from './source-link';
import type { Source } from './story';

interface Props {
  sources: Source[];
  lang: Lang;
  strings: PopupStrings;
}

export function StorySources({ sources, lang, strings }: Props) {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.id} data-source={source.id}>
          <SourceLink source={source} lang={lang} strings={strings} />
          <span class="source-meta">
            {' — '}
            <span dir="auto">{source.publisher}</span>
            {source.date ? (
              <>
                {', '}
                <time dateTime={source.date}>{formatDatasetDate(source.date, lang)}</time>
              </>
            ) : null}
            {source.url ? null : ` (${strings.noLink})`}
          </span>
        </li>
      ))}
    </ul>
  );
}
