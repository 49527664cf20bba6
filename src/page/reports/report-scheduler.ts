/**
 * When the content script tells the background what it highlighted (for the badge and the
 * popup): a moment after the highlights last changed, so a burst of passes makes one report;
 * but never more than a second after the first change waiting, so the count keeps up with a
 * page that never stops changing (a live blog adding paragraphs every 100 ms would otherwise
 * report only when it paused). A report waits while a pass is under way: its counts are not
 * final yet.
 */

/** A report goes this long after the last change... */
export const REPORT_DELAY_MS = 250;
/** ...or this long after the first change it waits for, whichever comes first. */
export const REPORT_MAX_WAIT_MS = 1000;

export interface ReportScheduler {
  /** The highlights changed: a report is due. */
  changed(): void;
  /** Drops a waiting report (the content script stops). */
  cancel(): void;
}

export function createReportScheduler(options: {
  /** True while a pass is under way. */
  busy: () => boolean;
  send: () => void;
  now?: () => number;
}): ReportScheduler {
  const now = options.now ?? (() => Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the waiting report must go at the latest; 0 when none waits. */
  let due = 0;

  const fire = () => {
    timer = undefined;
    if (options.busy()) {
      timer = setTimeout(fire, REPORT_DELAY_MS);
      return;
    }
    due = 0;
    options.send();
  };

  return {
    changed() {
      const t = now();
      if (!due) due = t + REPORT_MAX_WAIT_MS;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(REPORT_DELAY_MS, due - t)));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      due = 0;
    },
  };
}
