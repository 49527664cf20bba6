/**
 * The hover card: what an entity is, its role on 19 July 2021 and the article's most telling
 * sentence about it, with "More" for the rest (its other names, the group blamed, the other
 * sentences, the speakers' own words, what the sources say and which sources were used).
 * Everything shown is dataset text rendered as text (Preact escapes it).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardContent, CardQuote, Lang } from '../../messaging/protocol';
import { formatDatasetDate } from '../format-date';
import { directionOf } from '../language';
import { CARD_STRINGS, type CardStrings } from './card-strings';
import { splitFirstSentence } from './first-sentence';
import { trapTab } from './trap-tab';

export interface HoverCardProps {
  content: CardContent;
  lang: Lang;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** After every render (the card's size may have changed): the view places the card. */
  onLayout: (card: HTMLElement) => void;
}

/** Names as a list, each isolated for direction, with the language's own separator. */
function NameList({ names, t }: { names: readonly string[]; t: CardStrings }) {
  return (
    <>
      {names.map((n, i) => (
        <span key={n}>
          {i > 0 ? t.listSeparator : ''}
          <bdi>{n}</bdi>
        </span>
      ))}
    </>
  );
}

/** One of the article's sentences with its provenance and any correction; `full` adds the speaker's own words. */
function Quote({ q, lang, t, full }: { q: CardQuote; lang: Lang; t: CardStrings; full: boolean }) {
  return (
    <li class="card__quote" data-kind={q.kind}>
      <p class="card__wording">{t.wording[q.kind]}</p>
      <blockquote lang={lang}>{q.sentence}</blockquote>
      {/* Narration is the journalist's: never signed with a speaker's name. */}
      <p class="card__speaker">{q.speaker ? t.saidBy(q.speaker, formatDatasetDate(q.date, lang)) : t.narration}</p>
      {full && q.original && (
        <div class="card__original">
          <p class="card__wording">{t.ownWords}</p>
          <blockquote lang={q.original.lang} dir="ltr" cite={q.original.url}>
            {q.original.text}
          </blockquote>
          <p class="card__address" dir="ltr">
            <bdi>{q.original.url}</bdi>
          </p>
        </div>
      )}
      {/* Where the article says more than the speaker or the sources, the card says so at once,
          compact or not: the difference is never hidden behind More. */}
      {q.original?.differs && (
        <p class="card__differs">
          <span class="card__label">{t.differs}: </span>
          {q.original.differs}
        </p>
      )}
      {q.check && (
        <p class="card__check">
          <span class="card__label">{t.check}: </span>
          {q.check}
        </p>
      )}
    </li>
  );
}

export function HoverCard({ content, lang, onClose, onPointerEnter, onPointerLeave, onLayout }: HoverCardProps) {
  const t = CARD_STRINGS[lang];
  const [expanded, setExpanded] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) onLayout(ref.current);
  });
  const [description, descriptionRest] = splitFirstSentence(content.description, lang);
  const [role, roleRest] = splitFirstSentence(content.role, lang);
  const [first, ...others] = content.quotes;
  const publishers = [...new Set(content.sources.map((s) => s.publisher))];
  const moreId = `card-more-${content.entityId}`;
  return (
    <div
      ref={ref}
      class={`card card--${content.entityId}`}
      role="dialog"
      aria-label={content.name}
      lang={lang}
      dir={directionOf(lang)}
      // Focusable itself (not a tab stop): opened from the keyboard, the card takes focus and its
      // text scrolls with the arrow keys; Tab then cycles its buttons.
      tabIndex={-1}
      data-entity={content.entityId}
      data-expanded={expanded ? 'true' : 'false'}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onKeyDown={(e) => trapTab(e, e.currentTarget)}
    >
      <div class="card__head">
        <span class="card__kind">{t.kind[content.kind]}</span>
        <h2 class="card__name">{content.name}</h2>
        <button type="button" class="card__close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </div>
      {content.matched && (
        <p class="card__matched">
          <bdi>{content.matched}</bdi> ({t.asWrittenHere})
        </p>
      )}
      <p class="card__description">
        {description}
        {expanded && descriptionRest && ` ${descriptionRest}`}
      </p>
      <h3 class="card__subhead">{t.roleHeading(formatDatasetDate(content.dates.event, lang))}</h3>
      <p class="card__role">
        {role}
        {expanded && roleRest && ` ${roleRest}`}
      </p>
      {first && (
        <ul class="card__quotes">
          <Quote q={first} lang={lang} t={t} full={expanded} />
        </ul>
      )}
      <button type="button" class="card__more" aria-expanded={expanded ? 'true' : 'false'} aria-controls={moreId} onClick={() => setExpanded(!expanded)}>
        {expanded ? t.less : t.more}
      </button>
      <div id={moreId} class="card__rest" hidden={!expanded}>
        {expanded && (
          <>
            {content.otherNames.length > 0 && (
              <p class="card__aliases">
                <span class="card__label">{t.alsoKnownAs}: </span>
                <NameList names={content.otherNames} t={t} />
              </p>
            )}
            {content.group && (
              <p class="card__group">
                <span class="card__label">{t.groupBlamed}: </span>
                {content.group.by}{' '}
                {content.group.names.map((n, i) => (
                  <span key={n.text}>
                    {i > 0 ? t.listSeparator : ''}
                    <bdi>{n.text}</bdi> ({t.namedBy(n.vendor, n.coined)})
                  </span>
                ))}
              </p>
            )}
            {others.length > 0 && (
              <>
                <h3 class="card__subhead">{t.moreQuotes}</h3>
                <ul class="card__quotes">
                  {others.map((q) => (
                    <Quote key={q.claimId} q={q} lang={lang} t={t} full />
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      <div class="card__foot">
        <p class="card__source">{t.source(formatDatasetDate(content.dates.published, lang))}</p>
        {/* The description and role come from these, not from the article: said in the compact card too. */}
        {publishers.length > 0 && (
          <p class="card__sources">
            <span class="card__label">{t.alsoDrawnOn}: </span>
            {publishers.map((publisher, i) => (
              <span key={publisher}>
                {i > 0 ? t.groupSeparator : ''}
                <bdi>{publisher}</bdi>
              </span>
            ))}
          </p>
        )}
        <p class="card__hint">{t.hint}</p>
      </div>
    </div>
  );
}
