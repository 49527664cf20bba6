/**
 * "The story": who accused whom of what and when, what was said (each claim with
 * its article sentence), the quotes, China's response, a timeline and the sources,
 * all from the bundled dataset.
 */
import type { ComponentChildren } from 'preact';
import { dataset } from '../../../data/dataset';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { ChinaResponse } from './china-response';
import { ClaimItem } from './claim-item';
import { formatDatasetDate } from './format-date';
import { buildStory } from './story';
import { StorySources } from './story-sources';
import { StoryTimeline } from './story-timeline';

// Resolved once: the dataset is bundled and never changes while the popup is open.
const story = buildStory(dataset);

interface Props {
  lang: Lang;
  strings: PopupStrings;
}

export function TheStory({ lang, strings }: Props) {
  const { article } = dataset;
  const section = (id: string, title: string, body: ComponentChildren) => (
    <section class="story-part" aria-labelledby={`story-${id}`}>
      <h2 id={`story-${id}`}>{title}</h2>
      {body}
    </section>
  );

  return (
    <div class="story">
      <p class="headline">{article.headline[lang]}</p>
      <p class="byline">{strings.published(formatDatasetDate(article.publishedDate, lang))}</p>

      {section(
        'who',
        strings.whoAccused,
        <>
          <p>
            <time dateTime={article.eventDate}>{strings.onDate(formatDatasetDate(article.eventDate, lang))}</time>
          </p>
          <h3>{strings.accusers}</h3>
          <ul class="coalition">
            {dataset.coalition.map((member) => (
              <li key={member.id}>{member.name[lang]}</li>
            ))}
          </ul>
          <h3>{strings.accused}</h3>
          <ul class="accused">
            {story.accused.map((entity) => (
              <li key={entity.id} data-entity={entity.id}>
                <strong>{entity.names[lang]}</strong>
                <p>{entity.role[lang]}</p>
              </li>
            ))}
          </ul>
        </>,
      )}

      {section(
        'points',
        strings.keyPoints,
        <ul class="claims">
          {story.points.map((item) => (
            <ClaimItem key={item.claim.id} item={item} lang={lang} strings={strings} />
          ))}
        </ul>,
      )}

      {section(
        'quotes',
        strings.quotes,
        <ul class="claims quotes">
          {story.quotes.map((item) => (
            <ClaimItem key={item.claim.id} item={item} lang={lang} strings={strings} />
          ))}
        </ul>,
      )}

      {section('china', strings.chinaResponse, <ChinaResponse lang={lang} strings={strings} />)}
      {section('timeline', strings.timeline, <StoryTimeline lang={lang} strings={strings} />)}
      {section('sources', strings.sources, <StorySources sources={story.sources} lang={lang} strings={strings} />)}
    </div>
  );
}
