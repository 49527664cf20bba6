import { vi } from 'vitest';

/**
 * Fakes only the page's timers (and Date with `{ date: true }`, for code that schedules by it).
 * performance stays real because the annotator's time slices measure their budget with it; a
 * frozen clock would never yield.
 */
export function useFakeTimers({ date = false }: { date?: boolean } = {}): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', ...(date ? (['Date'] as const) : [])] });
}

/**
 * Lets the annotator run to rest on the fake clock: a few rounds of the observer's batch (a timer),
 * the passes it asks for (sliced on timers), and then whatever those passes caused.
 */
export async function settleOnFakeClock(settled: () => Promise<void>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (let k = 0; k < 4; k++) await Promise.resolve();
    await vi.runAllTimersAsync();
    await settled();
  }
}
