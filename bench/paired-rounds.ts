/**
 * Two browsers taking turns, for benchmarks that compare two set-ups (compare-builds.ts: two
 * builds; scroll.ts: with and without the extension). Two runs one after the other would not do:
 * this machine's speed drifts by more than the differences measured, and a drift would land on
 * one side only.
 */
import type { ChromiumSession } from '../scripts/lib/chromium.ts';

/**
 * Visits every page once in each session per round, A first in odd rounds and B first in even
 * ones, so that drift and order fall on both alike. Results come back per page, in round order,
 * so that a[i] and b[i] are a pair.
 */
export async function pairedRounds<P, R>(
  pages: readonly P[],
  rounds: number,
  sessions: { a: ChromiumSession; b: ChromiumSession },
  visit: (session: ChromiumSession, page: P) => Promise<R>,
): Promise<{ page: P; a: R[]; b: R[] }[]> {
  const results = pages.map((page) => ({ page, a: [] as R[], b: [] as R[] }));
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`round ${round + 1}/${rounds}\r`);
    for (const r of results) {
      if (round % 2 === 0) {
        r.a.push(await visit(sessions.a, r.page));
        r.b.push(await visit(sessions.b, r.page));
      } else {
        r.b.push(await visit(sessions.b, r.page));
        r.a.push(await visit(sessions.a, r.page));
      }
    }
  }
  process.stderr.write('\n');
  return results;
}
