/**
 * "On this page": each entity found on the inspected tab with its count, and its
 * mentions; choosing one scrolls the page to it. Pages the extension cannot read,
 * pages where highlighting is off, and pages without mentions each say so.
 */
import { dataset } from '../../../data/dataset';
import type { Settings } from '../../../settings/settings-schema';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { groupMentions, skippedCount, type LocatedMention } from './group-mentions';
import { MentionItem } from './mention-item';
import { pageGate } from '../shell/page-gate';
import { PageNotice } from '../shell/page-notice';
import type { PageState } from '../shell/page-state';
import { ExportPanel } from '../export/export-panel';

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

export function MentionsSection({ page, settings, lang, strings, revealStatus, onReveal, onReadStory }: Props) {
  const gate = pageGate(page, settings);
  if (gate.kind === 'loading') return <p role="status">{strings.loading}</p>;
  if (gate.kind === 'notice') {
    return <PageNotice state={gate.state} reason={gate.reason} strings={strings} onReadStory={onReadStory} />;
  }
  const { report } = gate;

  const groups = groupMentions(report);
  const skipped = skippedCount(report);
  if (groups.length === 0) {
    return (
      <PageNotice state="empty" strings={strings} onReadStory={onReadStory}>
        {skipped > 0 ? <p>{strings.skipped(skipped)}</p> : null}
      </PageNotice>
    );
  }

  return (
    <div class="on-this-page">
      <p class="total" data-total={report.total}>
        {strings.totalOnPage(report.total)}
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
      <ExportPanel report={report} lang={lang} strings={strings} />
    </div>
  );
}
