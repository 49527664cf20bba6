/**
 * "On this page": each entity found on the inspected tab with its count, and its
 * mentions; choosing one scrolls the page to it. Pages the extension cannot read,
 * pages where highlighting is off, and pages without mentions each say so.
 */
import { dataset } from '../../data/dataset';
import { isActiveOn, type Settings } from '../../settings-values';
import type { Lang } from '../language';
import type { PopupStrings } from '../popup-strings';
import { groupMentions, skippedCount, type LocatedMention } from './group-mentions';
import { MentionItem } from './mention-item';
import type { PageState } from './page-state';

interface Props {
  page: PageState;
  settings: Settings;
  lang: Lang;
  strings: PopupStrings;
  /** A message after a reveal that failed, shown in a live region. */
  revealStatus: string;
  onReveal(mention: LocatedMention): void;
  onReadStory(): void;
}

const entityName = (id: string, lang: Lang) => dataset.entities.find((e) => e.id === id)?.names[lang] ?? id;

export function OnThisPage({ page, settings, lang, strings, revealStatus, onReveal, onReadStory }: Props) {
  // data-state names the case for tests and styling; data-reason says why a page is unreadable.
  const notice = (state: string, text: string, reason?: string) => (
    <div class="notice" data-state={state} data-reason={reason}>
      <p>{text}</p>
      <button type="button" class="link-button" onClick={onReadStory}>
        {strings.readStory}
      </button>
    </div>
  );

  if (page.kind === 'loading') return <p role="status">{strings.loading}</p>;
  if (page.kind === 'no-tab') return notice('no-tab', strings.noTab);
  if (page.kind === 'unsupported') return notice('unsupported', strings.unsupported[page.reason], page.reason);
  if (!settings.enabled) return notice('all-off', strings.allOff);
  if (!isActiveOn(settings, page.host)) return notice('site-off', strings.siteOff);
  // Until the top frame has reported, "no mentions" would be a guess.
  if (!page.report?.frames.some((f) => f.frameId === 0)) {
    return page.overdue ? notice('not-read', strings.notRead) : <p role="status">{strings.loading}</p>;
  }

  const groups = groupMentions(page.report);
  const skipped = skippedCount(page.report);
  if (groups.length === 0) {
    return (
      <div class="notice" data-state="empty">
        <p>{strings.empty}</p>
        {skipped > 0 ? <p>{strings.skipped(skipped)}</p> : null}
        <button type="button" class="link-button" onClick={onReadStory}>
          {strings.readStory}
        </button>
      </div>
    );
  }

  return (
    <div class="on-this-page">
      <p class="total" data-total={page.report.total}>
        {strings.totalOnPage(page.report.total)}
      </p>
      <p class="hint">{strings.revealHint}</p>
      <p class="reveal-status" role="status">
        {revealStatus}
      </p>
      <ul class="entity-groups">
        {groups.map((group) => (
          <li key={group.entity} class="entity-group" data-entity={group.entity}>
            <h2>
              <span>{entityName(group.entity, lang)}</span>{' '}
              <span class="count">{strings.mentions(group.mentions.length)}</span>
            </h2>
            <ul class="mentions">
              {group.mentions.map((m) => (
                <MentionItem key={`${m.frameId}:${m.id}`} mention={m} onReveal={onReveal} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {skipped > 0 ? <p class="hint">{strings.skipped(skipped)}</p> : null}
    </div>
  );
}
