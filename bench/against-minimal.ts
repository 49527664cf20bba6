/**
 * The extension beside the minimal highlighter (minimal-highlighter.ts), and the targets held
 * against it (docs/performance.md). Prints figures and asserts nothing:
 *
 *   npm run build && flock /tmp/al-browser.lock npm run bench:minimal -- [--page big --page seed] [--rounds 5]
 *
 * Two headless Chromiums, one with the build in .output/chrome-mv3 and one with the minimal
 * highlighter, take turns on the same pages in the same run (paired-rounds.ts: each round
 * visits every page once in each, the extension first in odd rounds). Each visit is the bench's
 * (visit.ts: a fresh tab under a trace, until the highlights settle). Printed per page and side,
 * median / worst of the rounds: marks; from DOMContentLoaded to the last highlight and to the
 * first highlight in view (the clock both share: Chrome starts each content script at a moment
 * of its own choosing); main-thread time in all, CPU and wall; the longest task, wall and CPU,
 * and tasks over 50 ms. Then each target with the figure that decides it. The default pages
 * are the 5 MB page, the seed article and the guardian page; the minimal highlighter makes one
 * pass only, so on the live blog it misses what the page adds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChromiumSession } from '../scripts/lib/chromium.ts';
import { MARK_ATTRIBUTE } from '../scripts/lib/collect-marks.ts';
import { CHROME_BUILD_DIR, PROJECT_ROOT } from '../scripts/lib/paths.ts';
import { startBenchPages, type BenchPage } from './bench-pages.ts';
import { highlightedAliasSources } from './matcher-node.ts';
import { writeMinimalHighlighter } from './minimal-highlighter.ts';
import { pairedRounds } from './paired-rounds.ts';
import { formatTable, median, worst } from './stats.ts';
import { extTasks, firstInViewAfterDcl, lastChangeAfterDcl, longestExt, longestExtCpu, totalExt, totalExtCpu } from './visit-figures.ts';
import { launchBenchBrowser, visit, type VisitResult } from './visit.ts';

const MINIMAL_DIR = path.join(PROJECT_ROOT, '.output/bench-minimal');

interface Figure {
  label: string;
  of(run: VisitResult): number;
  whole?: boolean;
}

const FIGURES: Figure[] = [
  { label: 'marks', of: (r) => r.reading.marks, whole: true },
  { label: 'DCL→last highlight', of: lastChangeAfterDcl },
  { label: 'DCL→1st in view', of: firstInViewAfterDcl },
  { label: 'DCL→content script', of: (r) => (r.trace.scriptStart ?? NaN) - r.reading.domContentLoaded },
  { label: 'main-thread CPU', of: totalExtCpu },
  { label: 'main-thread wall', of: totalExt },
  { label: 'longest task wall', of: longestExt },
  { label: 'longest task CPU', of: longestExtCpu },
  { label: 'tasks > 50 ms (wall)', of: (r) => extTasks(r).filter((t) => t.extMs > 50).length, whole: true },
];

const fmt = (x: number, whole = false) => (!Number.isFinite(x) ? '–' : whole ? x.toFixed(0) : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mw = (xs: number[], whole = false) => `${fmt(median(xs), whole)} / ${fmt(worst(xs), whole)}`;
const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');

function printPage(page: BenchPage, ext: VisitResult[], min: VisitResult[]): void {
  console.log(`${page.key} (${page.label}), ${ext.length} rounds, ms unless stated, median / worst:`);
  const rows = FIGURES.map((f) => {
    const e = ext.map(f.of);
    const m = min.map(f.of);
    return [f.label, mw(e, f.whole), mw(m, f.whole), f.whole ? '' : ratio(median(e) / median(m))];
  });
  formatTable(['', 'extension', 'minimal highlighter', 'ext ÷ minimal'], rows).forEach((line) => console.log(line));
  const unsettled = [...ext, ...min].filter((r) => !r.settled).length;
  if (unsettled) console.log(`  ${unsettled} visit(s) still changing at the deadline`);
  console.log();
}

function printTargets(results: { page: BenchPage; a: VisitResult[]; b: VisitResult[] }[]): void {
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rows: string[][] = [];
  for (const { page, a: ext, b: min } of results) {
    const last = median(ext.map(lastChangeAfterDcl)) / median(min.map(lastChangeAfterDcl));
    if (Number.isFinite(last)) rows.push([`${page.key}: last highlight ≤ 1.25 × minimal's`, ratio(last), verdict(last <= 1.25)]);
    const first = [median(ext.map(firstInViewAfterDcl)), median(min.map(firstInViewAfterDcl))] as const;
    if (Number.isFinite(first[0]) && Number.isFinite(first[1])) {
      rows.push([`${page.key}: first highlight in view no later than minimal's`, `${fmt(first[0])} vs ${fmt(first[1])} ms`, verdict(first[0] <= first[1])]);
    }
    const cpu = median(ext.map(totalExtCpu)) / median(min.map(totalExtCpu));
    rows.push([`${page.key}: extension CPU ≤ 2 × minimal's`, ratio(cpu), verdict(cpu <= 2)]);
  }
  const longest = Math.max(...results.flatMap((r) => r.a.map(longestExt)));
  const longestCpu = Math.max(...results.flatMap((r) => r.a.map(longestExtCpu)));
  rows.push([
    'no extension task over 50 ms (longest in any visit: wall / CPU)',
    `${fmt(longest)} / ${fmt(longestCpu)} ms`,
    longest <= 50 ? 'met' : longestCpu <= 50 ? 'NOT met by wall time; met by CPU time' : 'NOT met',
  ]);
  console.log('Against the targets (medians; the live blog and frames page are bench.ts\'s for the last one):');
  formatTable(['target', 'measured', ''], rows).forEach((line) => console.log(line));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { page: { type: 'string', multiple: true }, rounds: { type: 'string', default: '5' } },
  });
  if (!existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json'))) throw new Error(`${CHROME_BUILD_DIR} is missing: run npm run build first`);
  const rounds = Math.max(1, Number(values.rounds) || 5);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  console.log(`Code ${commit} (build ${path.relative(PROJECT_ROOT, CHROME_BUILD_DIR)}); ${os.cpus().length} cores; load average at start ${os.loadavg()[0]?.toFixed(2)}`);
  console.log();
  const minimalDir = await writeMinimalHighlighter(MINIMAL_DIR, highlightedAliasSources(), MARK_ATTRIBUTE);
  const { server, pages: allPages } = await startBenchPages();
  const wanted = values.page?.length ? values.page : ['big', 'seed', 'guardian'];
  const pages = wanted.map((key) => allPages.find((p) => p.key === key));
  if (pages.some((p) => !p)) throw new Error(`--page must be among ${allPages.map((p) => p.key).join(', ')}`);
  const browsers: ChromiumSession[] = [];
  try {
    browsers.push(await launchBenchBrowser(CHROME_BUILD_DIR), await launchBenchBrowser(minimalDir));
    const [a, b] = browsers as [ChromiumSession, ChromiumSession];
    const results = await pairedRounds(pages as BenchPage[], rounds, { a, b }, (s, page) => visit(s.context, page.url, async () => ({})));
    for (const r of results) printPage(r.page, r.a, r.b);
    printTargets(results);
  } finally {
    await Promise.all(browsers.map((s) => s.close()));
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`against-minimal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
