/**
 * One claim in the Coverage checklist: reported (the page's own sentence beside the
 * article's, and a button that scrolls the page to it) or not reported.
 */
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { ArticleSentence } from '../shell/article-sentence';
import type { ChecklistItem, ReportedClaim } from './coverage-checklist';

interface Props {
  item: ChecklistItem;
  lang: Lang;
  strings: PopupStrings;
  onReveal(claim: ReportedClaim): void;
}

export function CoverageClaimItem({ item, lang, strings, onReveal }: Props) {
  const { found } = item;
  const labelId = `claim-label-${item.id}`;
  return (
    <li class="coverage-claim" data-claim={item.id} data-reported={found ? 'true' : 'false'}>
      <p class="coverage-claim-head">
        <span class="claim-label" id={labelId}>
          {item.label[lang]}
        </span>{' '}
        {/* Said in words, not only by a mark or a colour. */}
        <span class="claim-status">
          <span aria-hidden="true">{found ? '✓ ' : '– '}</span>
          {found ? strings.reported : strings.notReported}
        </span>
      </p>
      {found ? (
        <>
          <div class="compare">
            <figure class="compare-page">
              <figcaption>{strings.onThisPage}</figcaption>
              {/* The page's own words, in whatever language and direction the page writes. */}
              <blockquote dir="auto">
                <p>{found.text}</p>
              </blockquote>
            </figure>
            <figure class="compare-article">
              <figcaption>{strings.inTheArticle(item.sentenceNumber)}</figcaption>
              <ArticleSentence ar={item.sentence.ar} en={item.sentence.en} strings={strings} />
            </figure>
          </div>
          <button
            type="button"
            class="link-button reveal-claim"
            aria-describedby={labelId}
            onClick={() => onReveal(found)}
          >
            {strings.showOnPage}
          </button>
        </>
      ) : null}
    </li>
  );
}
