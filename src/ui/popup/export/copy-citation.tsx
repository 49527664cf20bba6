/**
 * "Copy citation" in "The story": the source article and the primary statements of 19 July 2021,
 * as plain text in the popup's language, built from the dataset (src/core/export/citation.ts).
 */
import { useState } from 'preact/hooks';
import { storyCitation } from '../../../core/export/citation';
import { dataset } from '../../../data/dataset';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { formatDatasetDate } from '../../format-date';
import { copyText } from './save-text';

interface Props {
  lang: Lang;
  strings: PopupStrings;
}

export function CopyCitation({ lang, strings }: Props) {
  const t = strings.exporting;
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus('');
    const labels = {
      lang,
      article: t.sourceArticle,
      statements: t.primaryStatements,
      ourTranslation: t.ourTranslation,
      reported: t.reportedStatement,
      readAt: t.readAt,
      formatDate: (d: string) => formatDatasetDate(d, lang),
    };
    try {
      await copyText(storyCitation(dataset, labels));
      setStatus(t.citationCopied);
    } catch (error) {
      console.warn('[Attribution Lens] could not copy the citation', error);
      setStatus(t.failed);
    }
  };
  return (
    <div class="copy-citation">
      <button type="button" class="export-button" data-export="citation" onClick={() => void copy()}>
        {t.copyCitation}
      </button>
      <p class="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
