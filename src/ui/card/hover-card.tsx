/**
 * The hover card: what an entity is and what was said about it on 19 July 2021.
 * Everything shown is dataset text rendered as text (Preact escapes it).
 */
import type { CardContent } from '../../messaging/protocol';
import { CARD_STRINGS } from './card-strings';
import { directionOf } from '../language';
import type { Lang } from '../../messaging/protocol';

export interface HoverCardProps {
  content: CardContent;
  lang: Lang;
  /** Where the card sits, computed by the controller (viewport coordinates). */
  top: number;
  left: number;
  placement: 'above' | 'below';
  maxHeight: number;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export function HoverCard({ content, lang, top, left, placement, maxHeight, onClose, onPointerEnter, onPointerLeave }: HoverCardProps) {
  const t = CARD_STRINGS[lang];
  const { matched, otherNames } = content;
  return (
    <div
      class={`card card--${content.entityId} card--${placement}`}
      role="dialog"
      aria-label={content.name}
      lang={lang}
      dir={directionOf(lang)}
      style={{ top: `${top}px`, left: `${left}px`, maxHeight: `${maxHeight}px` }}
      data-entity={content.entityId}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div class="card__head">
        <span class="card__kind">{t.kind[content.kind]}</span>
        <h2 class="card__name">{content.name}</h2>
        <button type="button" class="card__close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </div>
      {(matched || otherNames.length > 0) && (
        <p class="card__aliases">
          <span class="card__label">{t.alsoKnownAs}: </span>
          {matched && (
            <span class="card__matched">
              <bdi>{matched}</bdi> ({t.asWrittenHere})
            </span>
          )}
          {otherNames.map((n, i) => (
            <span key={n}>
              {matched || i > 0 ? ', ' : ''}
              <bdi>{n}</bdi>
            </span>
          ))}
        </p>
      )}
      <p class="card__description">{content.description}</p>
      <h3 class="card__subhead">{t.roleHeading}</h3>
      <p class="card__role">{content.role}</p>
      {content.quotes.length > 0 && (
        <ul class="card__quotes">
          {content.quotes.map((q) => (
            <li key={q.claimId} class="card__quote">
              <blockquote lang={lang}>{q.sentence}</blockquote>
              <p class="card__speaker">
                — {q.speaker}, {t.date}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div class="card__foot">
        <p class="card__source">{t.source}</p>
        <p class="card__hint">{t.hint}</p>
      </div>
    </div>
  );
}
