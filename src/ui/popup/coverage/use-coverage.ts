/**
 * Asks which of the article's claims the inspected page reports, and asks again when
 * the page's report changes (new content, a live blog's update), keeping the last
 * answer on screen meanwhile so the checklist does not flicker.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CoverageReport, TabReport } from '../../../messaging/protocol';
import type { ReportedClaim } from './coverage-checklist';

/** What the Coverage section needs from the browser; App.tsx sends the messages, DOM tests pass fakes. */
export interface CoverageAccess {
  /** The tab's coverage, from the background (getCoverage). */
  load(tabId: number): Promise<CoverageReport>;
  /** Scrolls the tab's top frame to a reported claim's sentence (revealText); false when it is gone. */
  reveal(tabId: number, claim: ReportedClaim): Promise<boolean>;
}

export type CoverageState = { kind: 'loading' } | { kind: 'ready'; report: CoverageReport } | { kind: 'failed' };

/** Pages that keep changing report often: one comparison per quiet spell is enough. */
const REFRESH_DELAY_MS = 300;

/**
 * The coverage of tab `tabId` (null: nothing to ask about yet). `report` is the tab's
 * mention report: each new one (a new object per change) triggers a fresh comparison.
 */
export function useCoverage(access: CoverageAccess, tabId: number | null, report: TabReport | null): CoverageState {
  const [state, setState] = useState<{ tabId: number | null; coverage: CoverageState }>({
    tabId: null,
    coverage: { kind: 'loading' },
  });
  const shown = state.tabId === tabId ? state.coverage : ({ kind: 'loading' } as const);
  const hasAnswer = shown.kind !== 'loading';

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const ask = () => {
      access.load(tabId).then(
        (answer) => live && setState({ tabId, coverage: { kind: 'ready', report: answer } }),
        (error: unknown) => {
          console.warn('[Attribution Lens] could not compare the page with the article', error);
          if (live) setState({ tabId, coverage: { kind: 'failed' } });
        },
      );
    };
    // The first answer at once; later ones after the page has been quiet for a moment.
    const timer = hasAnswer ? setTimeout(ask, REFRESH_DELAY_MS) : undefined;
    if (!hasAnswer) ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // hasAnswer is read, not followed: getting an answer must not trigger another request.
    // `access` must keep its identity across renders (App.tsx defines it once).
  }, [access, tabId, report]);

  return shown;
}
