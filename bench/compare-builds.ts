/**
 * Compares two builds of the extension visit by visit, and prints figures (it asserts nothing):
 *
 *   flock /tmp/al-browser.lock npx tsx bench/compare-builds.ts --a DIR --b DIR
 *                                   [--page seed --page guardian] [--rounds 12]
 *
 * DIR is an unpacked Chromium build (a `.output/chrome-mv3`; build the older one in a git
 * worktree). Why not two bench runs one after the other: this machine's speed drifts by more
 * than the differences a change makes (two such A/B runs of the same two builds disagreed on
 * the seed article: 21.5 -> 20.7 and 21.5 -> 25.4 ms), and a drift lands on one build only. Here both builds run
 * at once, each in its own headless Chromium, and take turns: each round visits every page
 * once in each, A first in odd rounds and B first in even ones, so drift and order fall on
 * both alike. Printed per page and build: the extension's main-thread CPU and wall time, its
 * start-up task, its longest task (wall and CPU), and from `document_idle` to the first
 * highlight in view and to the last change of the highlight count (on the live blog that
 * follows its last append, 10 s on) (median / worst, counted as the bench counts them,
 * visit-figures.ts); then B − A per round (the median of the paired differences) and in how
 * many rounds B cost more. Marks must agree between the two builds in every visit: a
 * difference is printed, since then the two are not doing the same work.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChromiumSession } from '../scripts/lib/chromium.ts';
import { startBenchPages, type BenchPage } from './bench-pages.ts';
import { pairedRounds } from './paired-rounds.ts';
import { formatTable, median, worst } from './stats.ts';
import { firstInViewOf, lastChangeOf, longestExt, longestExtCpu, startupExtCpu, totalExt, totalExtCpu } from './visit-figures.ts';
import { launchBenchBrowser, visit, type VisitResult } from './visit.ts';

interface Figure {
  label: string;
  of(run: VisitResult): number;
}

const FIGURES: Figure[] = [
  { label: 'ext CPU', of: totalExtCpu },
  { label: 'ext wall', of: totalExt },
  { label: 'start-up CPU', of: startupExtCpu },
  { label: 'longest task wall', of: longestExt },
  { label: 'longest task CPU', of: longestExtCpu },
  { label: 'idle→1st in view', of: firstInViewOf },
  { label: 'idle→last change', of: lastChangeOf },
];

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

function printPage(page: BenchPage, a: VisitResult[], b: VisitResult[]): void {
  const rows = FIGURES.map((f) => {
    const xa = a.map(f.of);
    const xb = b.map(f.of);
    const paired = xb.map((x, i) => x - (xa[i] as number)).filter(Number.isFinite);
    const more = paired.filter((d) => d > 0).length;
    return [f.label, `${ms(median(xa))} / ${ms(worst(xa))}`, `${ms(median(xb))} / ${ms(worst(xb))}`, ms(median(paired)), `${more} of ${paired.length}`];
  });
  console.log(`${page.key} (${page.label}), ${a.length} rounds, ms:`);
  formatTable(['', 'A median / worst', 'B median / worst', 'B − A (median)', 'B costs more'], rows).forEach((line) => console.log(line));
  const unsettled = [...a, ...b].filter((r) => !r.settled).length;
  if (unsettled) console.log(`  ${unsettled} visit(s) still changing at the deadline`);
  a.forEach((r, i) => {
    const other = b[i] as VisitResult;
    if (r.reading.marks !== other.reading.marks) console.log(`  round ${i + 1}: A made ${r.reading.marks} marks, B ${other.reading.marks}`);
  });
  console.log();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      a: { type: 'string' },
      b: { type: 'string' },
      page: { type: 'string', multiple: true },
      rounds: { type: 'string', default: '12' },
    },
  });
  const dirs = { a: values.a, b: values.b };
  for (const [name, dir] of Object.entries(dirs)) {
    if (!dir || !existsSync(path.join(dir, 'manifest.json'))) {
      throw new Error(`--${name} must name an unpacked Chromium build (a directory with manifest.json), got ${dir ?? 'nothing'}`);
    }
  }
  const rounds = Math.max(1, Number(values.rounds) || 12);
  const { server, pages: allPages } = await startBenchPages();
  const wanted = values.page?.length ? values.page : ['seed', 'guardian'];
  const pages = allPages.filter((p) => wanted.includes(p.key));
  if (pages.length !== wanted.length) throw new Error(`--page must be among ${allPages.map((p) => p.key).join(', ')}`);

  console.log(`A = ${path.resolve(dirs.a as string)}`);
  console.log(`B = ${path.resolve(dirs.b as string)}`);
  console.log();
  const browsers: ChromiumSession[] = [];
  try {
    browsers.push(await launchBenchBrowser(dirs.a as string), await launchBenchBrowser(dirs.b as string));
    const [a, b] = browsers as [ChromiumSession, ChromiumSession];
    const results = await pairedRounds(pages, rounds, { a, b }, (s, page) => visit(s.context, page.url, async () => ({})));
    for (const r of results) printPage(r.page, r.a, r.b);
  } finally {
    await Promise.all(browsers.map((s) => s.close()));
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`compare-builds: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
