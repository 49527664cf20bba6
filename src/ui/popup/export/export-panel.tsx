/**
 * "Take the findings with you", at the end of "On this page": the page's mentions copied as
 * Markdown or saved as JSON, CSV or a STIX 2.1 bundle, all made in the popup from the tab's report
 * (src/core/export/ builds each format). A live region says when it is done.
 */
import { useState } from 'preact/hooks';
import { findingsCsv } from '../../../core/export/csv';
import { findingsJson } from '../../../core/export/json';
import { findingsMarkdown } from '../../../core/export/markdown';
import { findingsStix } from '../../../core/export/stix';
import { dataset } from '../../../data/dataset';
import type { Lang, TabReport } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { exportFileName, pageFindings } from './page-findings';
import { copyText, saveText } from './save-text';
import './export.css';

type ExportKind = 'markdown' | 'json' | 'csv' | 'stix';

interface Props {
  report: TabReport;
  lang: Lang;
  strings: PopupStrings;
  /** The export's time (a parameter so tests can fix it). */
  now?: () => Date;
}

export function ExportPanel({ report, lang, strings, now = () => new Date() }: Props) {
  const t = strings.exporting;
  const [status, setStatus] = useState('');

  const run = async (kind: ExportKind) => {
    setStatus('');
    const page = pageFindings(report, lang, now());
    const save = (extension: string, mime: string, text: string) => saveText(document, exportFileName(page.exportedAt, extension), mime, text);
    try {
      if (kind === 'markdown') {
        const labels = { heading: t.markdownHeading, page: t.page, exportedAt: t.exportedAt, mentions: strings.mentions, untitled: t.untitled };
        await copyText(findingsMarkdown(page, labels));
      } else if (kind === 'json') save('json', 'application/json', findingsJson(page));
      else if (kind === 'csv') save('csv', 'text/csv', findingsCsv(page));
      else save('stix.json', 'application/json', `${JSON.stringify(await findingsStix(page, dataset, () => crypto.randomUUID()), null, 2)}\n`);
      setStatus(kind === 'markdown' ? t.copied : t.downloaded);
    } catch (error) {
      console.warn('[Attribution Lens] export failed', error);
      setStatus(t.failed);
    }
  };

  const button = (kind: ExportKind, label: string) => (
    <button type="button" class="export-button" data-export={kind} onClick={() => void run(kind)}>
      {label}
    </button>
  );

  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t.heading}</h2>
      <div class="export-buttons">
        {button('markdown', t.markdown)}
        {button('json', t.json)}
        {button('csv', t.csv)}
        {button('stix', t.stix)}
      </div>
      <p class="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
