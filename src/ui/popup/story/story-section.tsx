/**
 * "The story": who accused whom of what and when (each entity with the governments that
 * attributed it), who said what government by government, what was said (each claim with its
 * article sentence and provenance), the quotes, China's response, a timeline and the sources,
 * all from the bundled dataset.
 */
import type { ComponentChildren } from 'preact';
import { dataset } from '../../../data/dataset';
import { accusersOf } from '../../../data/provenance';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { ChinaResponse } from './china-response';
import { ClaimItem } from './claim-item';
import { formatDatasetDate } from '../../format-date';
import { buildStory } from './story';
import { StorySources } from './story-sources';
import { StoryTimeline } from './story-timeline';
import { WhoSaidWhat } from './who-said-what';
import { CopyCitation } from '../export/copy-citation';

// Resolved once: the dataset is bundled and never changes while the popup is open.
const story = buildStory(dataset);
const coalitionName = new Map(dataset.coalition.map((m) => [m.id, m.name]));

interface Props {
  lang: Lang;
  strings: PopupStrings;
}

export function StorySection({ lang, strings }: Props) {
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
      <CopyCitation lang={lang} strings={strings} />

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
                <p class="accused-by">
                  {strings.accusedBy}: {accusersOf(dataset, entity.id).map((s) => coalitionName.get(s.id)?.[lang] ?? s.party[lang]).join(lang === 'ar' ? '، ' : ', ')}
                </p>
                <p>{entity.role[lang]}</p>
              </li>
            ))}
          </ul>
        </>,
      )}

      {section('said', strings.whoSaidWhat, <WhoSaidWhat lang={lang} strings={strings} />)}

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
