/**
 * "Report a problem": the user says what went wrong (a false positive, a missed name, a
 * wrong entity), picks the mention from the page's list or types the text, says which entity
 * and what they expected, and gets the report to copy, or to open as a new issue when the
 * project has an issue tracker. Nothing is sent: the report exists only in this view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dataset } from '../../../data/dataset';
import { ENTITY_IDS, isEntityId } from '../../../data/entity-ids';
import type { EntityId } from '../../../core';
import type { Lang } from '../../../messaging/protocol';
import { formatDatasetDate } from '../../format-date';
import { groupMentions } from '../mentions/group-mentions';
import type { PageState } from '../shell/page-state';
import type { PopupStrings } from '../shell/popup-strings';
import { PROBLEM_KINDS, buildProblemReport, newIssueUrl, reportMarkdown, type ProblemKind } from './problem-report';

interface Props {
  page: PageState;
  lang: Lang;
  strings: PopupStrings;
  version: string;
  /** The browser and its version, for the report. */
  browser: string;
  /** The project's issue tracker (package.json `bugs.url`); without one there is no "Open as a new issue". */
  bugsUrl: string | null;
  onClose(): void;
}

const entityName = (id: EntityId, lang: Lang) => dataset.entities.find((e) => e.id === id)?.names[lang] ?? id;

export function ReportForm({ page, lang, strings, version, browser, bugsUrl, onClose }: Props) {
  const s = strings.report;
  const [kind, setKind] = useState<ProblemKind>('false-positive');
  const [mentionKey, setMentionKey] = useState('');
  const [typed, setTyped] = useState('');
  const [entity, setEntity] = useState<EntityId>(ENTITY_IDS[0]);
  const [expected, setExpected] = useState('');
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a click in the footer: the view starts at its heading, for keyboard and screen reader users.
  useEffect(() => heading.current?.focus(), []);

  const report = page.kind === 'page' ? page.report : null;
  const mentions = groupMentions(report).flatMap((g) => g.mentions);
  const picked = kind === 'missed-name' ? undefined : mentions.find((m) => `${m.frameId}:${m.id}` === mentionKey);
  const pageUrl = (page.kind === 'page' ? page.url : undefined) ?? report?.frames.find((f) => f.frameId === 0)?.url ?? '';

  const problem = buildProblemReport(
    {
      kind,
      pageUrl: pageUrl || s.missing,
      text: typed,
      around: picked?.snippet ?? '',
      highlightedAs: picked?.entity ?? null,
      entity: kind === 'false-positive' ? null : entity,
      expected,
      browser,
      version,
      dataChecked: formatDatasetDate(dataset.checked, lang),
    },
    s,
    (id) => entityName(id, lang),
  );
  const markdown = reportMarkdown(problem);
  const issueUrl = newIssueUrl(bugsUrl, problem);
  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    setStatus('');
    set(v);
  };

  const copy = () => {
    navigator.clipboard.writeText(markdown).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };

  return (
    <section class="report" aria-labelledby="report-heading">
      <div class="report-head">
        <h2 id="report-heading" ref={heading} tabIndex={-1}>
          {strings.reportProblem}
        </h2>
        <button type="button" class="link-button report-close" onClick={onClose}>
          {s.close}
        </button>
      </div>
      <p class="hint">{s.intro}</p>
      <form class="report-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{s.kindLegend}</legend>
          {PROBLEM_KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => changed(setKind)(k)}
              />
              <span>{s.kinds[k]}</span>
            </label>
          ))}
        </fieldset>
        {kind !== 'missed-name' && mentions.length > 0 ? (
          <label class="field">
            <span>{s.mention}</span>
            <select
              name="mention"
              value={mentionKey}
              onChange={(e) => {
                const key = e.currentTarget.value;
                changed(setMentionKey)(key);
                // The picked mention's words fill the text, which stays editable.
                setTyped(mentions.find((m) => `${m.frameId}:${m.id}` === key)?.text ?? '');
              }}
            >
              <option value="">{s.mentionNone}</option>
              {mentions.map((m, i) => (
                // Numbered in the order of "On this page", where the same name may stand many times.
                <option key={`${m.frameId}:${m.id}`} value={`${m.frameId}:${m.id}`}>
                  {`${i + 1}. ${entityName(m.entity, lang)}: ${m.text}`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label class="field">
          <span>{s.text}</span>
          <input
            type="text"
            name="text"
            dir="auto"
            value={typed}
            onInput={(e) => changed(setTyped)(e.currentTarget.value)}
          />
        </label>
        {kind !== 'false-positive' ? (
          <label class="field">
            <span>{s.entity}</span>
            <select
              name="entity"
              value={entity}
              onChange={(e) => {
                const next = e.currentTarget.value;
                if (isEntityId(next)) changed(setEntity)(next);
              }}
            >
              {ENTITY_IDS.map((id) => (
                <option key={id} value={id}>
                  {entityName(id, lang)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label class="field">
          <span>{s.expected}</span>
          <textarea
            name="expected"
            dir="auto"
            rows={2}
            value={expected}
            placeholder={s.expectedHint}
            onInput={(e) => changed(setExpected)(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{s.preview}</span>
          {/* Read-only but selectable, so the report can be copied by hand where the clipboard is refused. */}
          <textarea name="preview" class="report-preview" dir="auto" readOnly rows={9} value={markdown} />
        </label>
        <div class="report-actions">
          <button type="button" class="button copy-report" onClick={copy}>
            {s.copy}
          </button>
          {issueUrl ? (
            <a class="button open-issue" href={issueUrl} target="_blank" rel="noopener noreferrer">
              {s.openIssue}
            </a>
          ) : null}
        </div>
        <p class="report-status" role="status">
          {status === 'copied' ? s.copied : status === 'failed' ? s.copyFailed : ''}
        </p>
      </form>
    </section>
  );
}
