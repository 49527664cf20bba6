import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReportScheduler, REPORT_DELAY_MS, REPORT_MAX_WAIT_MS } from '../../src/page/reports/report-scheduler';

describe('createReportScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (busy = () => false) => {
    const sent: number[] = [];
    const s = createReportScheduler({ busy, send: () => sent.push(Date.now()), now: () => Date.now() });
    return { s, sent };
  };

  it('sends one report a moment after a burst of changes', () => {
    const { s, sent } = make();
    const start = Date.now();
    s.changed();
    vi.advanceTimersByTime(100);
    s.changed();
    vi.advanceTimersByTime(100);
    s.changed();
    vi.advanceTimersByTime(REPORT_DELAY_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([start + 200 + REPORT_DELAY_MS]);
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(1);
  });

  it('keeps up with a page that never stops changing: a report at least every second', () => {
    const { s, sent } = make();
    const start = Date.now();
    for (let t = 0; t < 5000; t += 100) {
      s.changed();
      vi.advanceTimersByTime(100);
    }
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent[0]).toBe(start + REPORT_MAX_WAIT_MS);
    sent.slice(1).forEach((t, i) => expect(t - (sent[i] as number)).toBeLessThanOrEqual(REPORT_MAX_WAIT_MS + 100));
  });

  it('waits while a pass is under way, then sends', () => {
    let busy = true;
    const { s, sent } = make(() => busy);
    s.changed();
    vi.advanceTimersByTime(REPORT_MAX_WAIT_MS * 3);
    expect(sent).toEqual([]);
    busy = false;
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing once cancelled', () => {
    const { s, sent } = make();
    s.changed();
    s.cancel();
    vi.advanceTimersByTime(REPORT_MAX_WAIT_MS * 2);
    expect(sent).toEqual([]);
  });
});
