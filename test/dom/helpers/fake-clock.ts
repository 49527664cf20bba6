import { vi } from 'vitest';

/**
 * Fakes only the page's timers. Date and performance stay real because the annotator's time
 * slices measure their budget with them; a frozen clock would never yield.
 */
export function useFakeTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
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
