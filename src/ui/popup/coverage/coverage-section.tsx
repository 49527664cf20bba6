/**
 * "Coverage": how the inspected page relates to the story. A one-line verdict (same
 * story, another context, unrelated), the rule behind it in one sentence (folded), and
 * the article's claims as a checklist: each reported one open, with the page's sentence
 * and a way to it; the claims not reported folded under their count. The verdict itself is decided in src/core/coverage.ts (coverageVerdict).
 */
import { useState } from 'preact/hooks';
import { dataset } from '../../../data/dataset';
import { coverageChecklist, verdictBasis, verdictLine, verdictRule, type ReportedClaim } from './coverage-checklist';
import { CoverageClaimItem } from './coverage-claim-item';
import { pageGate, type GatedSectionProps } from '../shell/page-gate';
import { PageNotice } from '../shell/page-notice';
import { useCoverage, type CoverageAccess } from './use-coverage';

interface Props extends GatedSectionProps {
  access: CoverageAccess;
}

export function CoverageSection({ page, settings, lang, strings, access, onReadStory }: Props) {
  const gate = pageGate(page, settings);
  const ready = gate.kind === 'ready' ? gate : null;
  const coverage = useCoverage(access, ready?.tabId ?? null, ready?.report ?? null);
  const [revealFailed, setRevealFailed] = useState(false);

  if (gate.kind === 'loading') return <p role="status">{strings.loading}</p>;
  if (gate.kind === 'notice') {
    return <PageNotice state={gate.state} reason={gate.reason} strings={strings} onReadStory={onReadStory} />;
  }
  if (coverage.kind === 'loading') return <p role="status">{strings.coverageLoading}</p>;
  if (coverage.kind === 'failed') {
    return (
      <div class="notice" data-state="coverage-failed" role="alert">
        <p>{strings.coverageFailed}</p>
      </div>
    );
  }

  const { report } = coverage;
  const items = coverageChecklist(dataset, report);
  const found = items.filter((i) => i.found);
  const missing = items.filter((i) => !i.found);
  const reported = found.length;
  const reveal = (claim: ReportedClaim) => {
    setRevealFailed(false);
    void access.reveal(gate.tabId, claim).then((shown) => setRevealFailed(!shown));
  };

  return (
    <div class="coverage">
      <p class="verdict" data-verdict={report.verdict} data-reported={reported}>
        {verdictLine(strings, report.verdict, reported, items.length)}
      </p>
      {report.verdict === 'same-story' ? null : <p class="claims-count">{strings.claimsReported(reported, items.length)}</p>}
      <p class="basis" data-later={String(report.time.later)} data-news={String(report.time.news)}>
        {verdictBasis(strings, report)}
      </p>
      <details class="rule-details">
        <summary>{strings.ruleSummary}</summary>
        <p class="rule">{verdictRule(dataset, lang)}</p>
      </details>
      <p class="reveal-status" role="status">
        {revealFailed ? strings.revealTextFailed : ''}
      </p>
      <h2 id="coverage-claims-heading">{strings.articleClaims(items.length)}</h2>
      {found.length > 0 ? (
        <ul class="coverage-claims" data-list="reported" aria-labelledby="coverage-claims-heading">
          {found.map((item) => (
            <CoverageClaimItem key={item.id} item={item} lang={lang} strings={strings} onReveal={reveal} />
          ))}
        </ul>
      ) : null}
      {missing.length > 0 ? (
        <details class="unreported">
          <summary>{strings.notReportedClaims(missing.length)}</summary>
          <ul class="coverage-claims" data-list="not-reported">
            {missing.map((item) => (
              <CoverageClaimItem key={item.id} item={item} lang={lang} strings={strings} onReveal={reveal} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
