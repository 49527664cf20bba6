/**
 * "On this page": the colour legend, then each entity found on the inspected tab with its
 * count and its first mentions (all of them on request); choosing one scrolls the page to
 * it. Pages the extension cannot read, pages where highlighting is off, and pages without
 * mentions each say so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityId } from '../../../core';
import { dataset } from '../../../data/dataset';
import type { Lang } from '../../../messaging/protocol';
import { groupMentions, skippedCount, type LocatedMention } from './group-mentions';
import { ColourLegend } from './colour-legend';
import { MentionItem } from './mention-item';
import { entityMarkStyle } from '../../entity-palette';
import { pageGate, type GatedSectionProps } from '../shell/page-gate';
import { PageNotice } from '../shell/page-notice';
import { ExportPanel } from '../export/export-panel';

interface Props extends GatedSectionProps {
  /** A message after a reveal that failed, shown in a live region. */
  revealStatus: string;
  onReveal(mention: LocatedMention): void;
}

const entityName = (id: string, lang: Lang) => dataset.entities.find((e) => e.id === id)?.names[lang] ?? id;

/** Mentions listed per entity until the reader asks for all: a page may hold thousands. */
export const MENTIONS_SHOWN = 20;

export function MentionsSection(props: Props) {
  return (
    <>
      <ColourLegend settings={props.settings} lang={props.lang} strings={props.strings} />
      <MentionList {...props} />
    </>
  );
}

function MentionList({ page, settings, lang, strings, revealStatus, onReveal, onReadStory }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<EntityId>>(new Set());
  // After "show all", focus goes to the first mention that was hidden, where reading continues.
  const [focusAfter, setFocusAfter] = useState<EntityId | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusAfter) return;
    list.current
      ?.querySelector<HTMLElement>(`[data-entity="${focusAfter}"] .mentions > li:nth-child(${MENTIONS_SHOWN + 1}) button`)
      ?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

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
      <ul class="entity-groups" ref={list}>
        {groups.map((group) => {
          const all = expanded.has(group.entity) || group.mentions.length <= MENTIONS_SHOWN;
          const shown = all ? group.mentions : group.mentions.slice(0, MENTIONS_SHOWN);
          return (
            <li key={group.entity} class="entity-group" data-entity={group.entity}>
              <h2 id={`group-${group.entity}`}>
                <span>
                  <span class="swatch" aria-hidden="true" style={entityMarkStyle(group.entity)} />
                  {entityName(group.entity, lang)}
                </span>{' '}
                <span class="count">{strings.mentions(group.mentions.length)}</span>
              </h2>
              <ul class="mentions">
                {shown.map((m) => (
                  <MentionItem key={`${m.frameId}:${m.id}`} mention={m} onReveal={onReveal} />
                ))}
              </ul>
              {all ? null : (
                <button
                  type="button"
                  class="link-button show-all"
                  aria-describedby={`group-${group.entity}`}
                  onClick={() => {
                    setExpanded(new Set([...expanded, group.entity]));
                    setFocusAfter(group.entity);
                  }}
                >
                  {strings.showAll(group.mentions.length)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {skipped > 0 ? <p class="hint">{strings.skipped(skipped)}</p> : null}
      <ExportPanel report={report} lang={lang} strings={strings} />
    </div>
  );
}
