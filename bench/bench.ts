/**
 * Measures what the extension costs a page, and prints the figures (it asserts nothing):
 *
 *   npm run build && flock /tmp/al-browser.lock npm run bench [-- --runs 5] [-- --page big]
 *                                                  [-- --profile big|seed|…] [-- --profile-rows 14] [-- --no-profile] [-- --no-node]
 *
 * Pages, served from 127.0.0.1: the seed article, the largest real corpus page
 * (readability-guardian-1), a generated 5 MB page and a generated live blog (the issue's
 * four), and a generated news page with sub-frames, most of them naming nothing
 * (bench/generate-pages.ts). Each page is opened `--runs` times (a fresh tab each) in
 * headless Chromium with .output/chrome-mv3 loaded, then as many times in a Chromium without
 * it. Printed per page, as median / worst of the runs:
 *
 * - idle→final: from `document_idle` to the last change of the highlight count. `document_idle`
 *   is the moment Chrome starts evaluating the content script (its `EvaluateScript` event in
 *   the trace, in the page's `performance.now()` time). Chrome picks that moment itself,
 *   between DOMContentLoaded and just after the load event, so it is often BEFORE the
 *   document's readiness becomes 'complete' (PerformanceNavigationTiming.domComplete); timing
 *   from 'complete' would then hide the extension's first work. The gap (idle − complete) is
 *   printed; without a trace the clock falls back to domComplete. The count's changes are
 *   timed by a MutationObserver in the page (in-page-measure.ts); "final" means no change for
 *   1.5 s afterwards (the corpus rule). On the live blog the clock starts at its last append
 *   instead (the lag behind the page).
 * - idle→first in view: to the first change that put a highlight inside the 1280×720 viewport.
 * - longest extension task and the extension's total main-thread time, from a Chrome trace
 *   (trace.ts says how tasks are attributed), and of that the task that evaluated the content
 *   script (its start-up, paid on any page), with the ratio to the floor of the rest too; the page's longest task of any cause and its
 *   style/layout/paint time after DOMContentLoaded, with and without the extension (what the
 *   browser re-renders because the extension changed the DOM is not in the extension's
 *   tasks); and where the time from idle to the final highlight went.
 * - heap added: V8 heap after a forced GC (CDP Runtime.getHeapUsage: the whole isolate, so the
 *   content script's isolated world too) with the extension minus without, run by run; also
 *   the Blink (embedder) heap and DOM nodes added.
 * - floor and naive mark.js (in-page-measure.ts): the floor in the same tab as the extension,
 *   after it settled; naive mark.js in the tab without the extension, after the same wait.
 * - both clocks for the extension's tasks: wall time and the main thread's CPU time (trace.ts
 *   says why).
 * - the targets this bench can decide, each with the figure that decides it, met or not. The
 *   targets against the minimal highlighter are bench/against-minimal.ts's (docs/performance.md).
 *
 * Then the matcher alone in Node (matcher-node.ts), machine information, the content script's
 * size, and a CPU profile of one more visit to the 5 MB page (or `--profile`) with an unminified build
 * (bench/wxt.profile.config.ts), its time split by function. Everything printed is also written
 * to .output/bench-report.txt.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { CHROME_BUILD_DIR, PROJECT_ROOT } from '../scripts/lib/paths.ts';
import { startBenchPages, type BenchPage } from './bench-pages.ts';
import { LIVE_BATCH_SIZE, LIVE_BATCHES, LIVE_INTERVAL_MS, QUIET_FRAMES } from './generate-pages.ts';
import {
  floorExpression,
  naiveMarkExpression,
  type FloorResult,
  type NaiveResult,
} from './in-page-measure.ts';
import { benchMatcher, highlightedAliases } from './matcher-node.ts';
import { formatTable, median, worst } from './stats.ts';
import { extTasks, firstInViewOf, idleOf, longestExt, longestExtCpu, startupExt, startupExtCpu, sum, totalExt, totalExtCpu } from './visit-figures.ts';
import { profileByFunction, readTrace, type VisitTrace } from './trace.ts';
import { launchBenchBrowser, loadTraced, visit, type VisitResult } from './visit.ts';

const REPORT_PATH = path.join(PROJECT_ROOT, '.output/bench-report.txt');
const PROFILE_BUILD_DIR = path.join(PROJECT_ROOT, '.output/bench-profile/chrome-mv3');
const CONTENT_SCRIPT = path.join(CHROME_BUILD_DIR, 'content-scripts/content.js');
const MARK_JS = path.join(PROJECT_ROOT, 'node_modules/mark.js/dist/mark.min.js');
const lines: string[] = [];
function out(line = ''): void {
  lines.push(line);
  console.log(line);
}

interface ExtRun extends VisitResult {
  floor: FloorResult;
}

interface PlainRun extends VisitResult {
  naive: NaiveResult;
}

// ---------------------------------------------------------------------------------------------
// One visit (visit.ts)

/** With the extension: the floor is measured in the same tab, after the extension settled. */
function extensionVisit(context: BrowserContext, url: string, aliases: string[]): Promise<ExtRun> {
  return visit(context, url, async (page) => ({ floor: (await page.evaluate(floorExpression(aliases))) as FloorResult }));
}

/** Without the extension: naive mark.js runs in the tab after the same wait. */
function plainVisit(context: BrowserContext, url: string, aliases: string[], markJs: string): Promise<PlainRun> {
  return visit(context, url, async (page) => {
    await page.addScriptTag({ content: markJs });
    return { naive: (await page.evaluate(naiveMarkExpression(aliases))) as NaiveResult };
  });
}

/** `runs` visits in one fresh Chromium with `extensionDir` loaded (null: none), the probe in every tab. */
async function session<R>(extensionDir: string | null, runs: number, label: string, one: (context: BrowserContext) => Promise<R>): Promise<R[]> {
  process.stderr.write(` ${label}`);
  const browser = await launchBenchBrowser(extensionDir);
  try {
    const done: R[] = [];
    for (let i = 0; i < runs; i++) {
      done.push(await one(browser.context));
      process.stderr.write('.');
    }
    return done;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

const ms = (x: number): string => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
const mb = (bytes: number): string => (Number.isFinite(bytes) ? (bytes / 1048576).toFixed(2) : '–');
const ratio = (x: number): string => (Number.isFinite(x) && x > 0 ? `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×` : '–');
const mw = (values: number[], f: (x: number) => string = ms): string => `${f(median(values))} / ${f(worst(values))}`;

function table(header: string[], rows: string[][], alignLeft = 1): void {
  formatTable(header, rows, alignLeft).forEach((line) => out(line));
}

interface PageResult {
  page: BenchPage;
  ext: ExtRun[];
  plain: PlainRun[];
}

/** Main-thread total and start-up task, in wall then CPU time. */
const clocks = (runs: { trace: VisitTrace }[]) => [
  mw(runs.map(totalExt)),
  mw(runs.map(startupExt)),
  mw(runs.map(totalExtCpu)),
  mw(runs.map(startupExtCpu)),
];
const afterStartupExt = (run: ExtRun) => totalExt(run) - startupExt(run);
const afterDcl = (run: ExtRun | PlainRun) => run.trace.tasks.filter((t) => t.start >= run.reading.domContentLoaded);
const longestAfterDcl = (run: ExtRun | PlainRun) => Math.max(0, ...afterDcl(run).map((t) => t.ms));
const renderAfterDcl = (run: ExtRun | PlainRun) => sum(afterDcl(run).map((t) => t.renderMs));

/** Where the time from idle to the final highlight went: extension tasks, rendering in other tasks, other tasks, idle. */
interface Breakdown {
  ext: number;
  forced: number;
  render: number;
  /** "style/layout/pre-paint/paint" of `render`, ms. */
  steps: string;
  /** Tasks (other than the extension's) that rendered. */
  frames: number;
  other: number;
  idle: number;
}

function breakdown(run: ExtRun): Breakdown {
  // From the start of the task in which the content script was evaluated.
  const from = Math.min(idleOf(run), ...run.trace.tasks.filter((t) => t.start + t.ms > idleOf(run)).slice(0, 1).map((t) => t.start));
  const to = finalOf(run, false);
  const inWindow = run.trace.tasks.filter((t) => t.start >= from && t.start < to);
  const ext = sum(inWindow.map((t) => t.extMs));
  // Style and layout that the extension's own calls forced (e.g. isContentEditable, a rect after a DOM write).
  const forced = sum(inWindow.filter((t) => t.extMs > 0).map((t) => t.renderMs));
  const rendering = inWindow.filter((t) => t.extMs === 0 && t.renderMs > 0);
  const render = sum(rendering.map((t) => t.renderMs));
  const step = (k: keyof (typeof rendering)[number]['render']) => sum(rendering.map((t) => t.render[k])).toFixed(0);
  const steps = `${step('style')}/${step('layout')}/${step('prePaint')}/${step('paint')}`;
  const busy = sum(inWindow.map((t) => t.ms));
  const other = busy - sum(inWindow.filter((t) => t.extMs > 0).map((t) => t.extMs)) - render;
  return { ext, forced, render, steps, frames: rendering.length, other: Math.max(0, other), idle: Math.max(0, to - from - busy) };
}

/** The extension's headline time on a page: idle→final, or the lag after the live blog's last append. */
function finalTimes(r: PageResult): number[] {
  return r.ext.map((run) => finalOf(run, r.page.live) - (r.page.live ? (run.reading.liveBlog?.last ?? NaN) : idleOf(run)));
}

/**
 * When the highlights became final: the last change of the count or, on a page where the
 * extension marks nothing, the end of its last task (its scan is then all there is to wait for).
 */
function finalOf(run: ExtRun, live: boolean): number {
  if (run.reading.lastChange !== null) return run.reading.lastChange;
  if (live) return NaN;
  const ends = extTasks(run).map((t) => t.start + t.ms);
  return ends.length ? Math.max(...ends) : NaN;
}



function printResults(results: PageResult[], runs: number): void {
  out(`## In Chromium, ${runs} runs per page: median / worst (ms unless stated)`);
  out();
  table(
    [
      'page',
      'marks',
      'idle→final',
      'idle→1st in view',
      'idle − complete',
      'longest ext task',
      'ext tasks >50ms',
      'ext main-thread total',
      'of which start-up task',
      'ext CPU total',
      'start-up CPU',
      'longest task CPU',
    ],
    results.map((r) => [
      r.page.key,
      mw(
        r.ext.map((e) => e.reading.marks),
        (x) => (Number.isFinite(x) ? x.toFixed(0) : '–'),
      ),
      (r.page.live ? '†' : '') + mw(finalTimes(r)),
      mw(r.ext.map(firstInViewOf)),
      mw(r.ext.map((e) => (e.trace.scriptStart === null ? NaN : e.trace.scriptStart - e.reading.domComplete))),
      mw(r.ext.map(longestExt)),
      mw(
        r.ext.map((e) => extTasks(e).filter((t) => t.extMs > 50).length),
        (x) => (Number.isFinite(x) ? x.toFixed(0) : '–'),
      ),
      ...clocks(r.ext),
      mw(r.ext.map(longestExtCpu)),
    ]),
  );
  out('† live blog: from its last append to the last change of the highlight count. On a page with no marks (guardian),');
  out('  "final" is the end of the extension\'s last task.');
  out('idle = Chrome starts evaluating the content script (trace); "idle − complete" < 0: that was before readyState \'complete\'.');
  out('start-up task: the task that evaluated the content script (compile, set-up, settings requested; no pass yet).');
  out('CPU: the main thread\'s CPU time in the same tasks (wall time also counts the thread waiting for a core).');
  out();
  table(
    ['page', 'longest task after DCL: with ext', 'without', 'style+layout+paint after DCL: with', 'without', 'V8 heap added (MB)', 'Blink heap added (MB)', 'DOM nodes added'],
    results.map((r) => {
      const pairs = r.ext.map((e, i) => [e, r.plain[i]] as const).filter((p): p is readonly [ExtRun, PlainRun] => !!p[1]);
      return [
        r.page.key,
        mw(r.ext.map(longestAfterDcl)),
        mw(r.plain.map(longestAfterDcl)),
        mw(r.ext.map(renderAfterDcl)),
        mw(r.plain.map(renderAfterDcl)),
        mw(
          pairs.map(([e, p]) => e.heap.js - p.heap.js),
          mb,
        ),
        mw(
          pairs.map(([e, p]) => (e.heap.embedder ?? NaN) - (p.heap.embedder ?? NaN)),
          mb,
        ),
        mw(
          pairs.map(([e, p]) => e.heap.nodes - p.heap.nodes),
          (x) => (Number.isFinite(x) ? x.toFixed(0) : '–'),
        ),
      ];
    }),
  );
  out('Main-thread tasks of any cause (script, parsing, style, layout, paint) from DOMContentLoaded on, from the trace.');
  out('Heap: after two forced GCs, with the extension minus without, paired run by run.');
  out();
  table(
    ['page', 'floor total', 'floor: walk', 'floor: regexp', 'floor chars', 'naive mark.js', 'naive marks'],
    results.map((r) => [
      r.page.key,
      mw(r.ext.map((e) => e.floor.totalMs)),
      mw(r.ext.map((e) => e.floor.walkMs)),
      mw(r.ext.map((e) => e.floor.regexMs)),
      `${(median(r.ext.map((e) => e.floor.chars)) / 1000).toFixed(0)}k`,
      mw(r.plain.map((p) => p.naive.ms)),
      median(r.plain.map((p) => p.naive.marks)).toFixed(0),
    ]),
  );
  out('floor: in the page\'s own world, after the extension settled (in-page-measure.ts); naive mark.js: in a tab without the extension.');
  out();
  out('Ratios (of medians):');
  table(
    [
      'page',
      'ext÷floor (idle→final)',
      'ext÷floor (main-thread total)',
      'ext÷floor (after start-up)',
      'naive÷ext (idle→final)',
      'naive÷ext (main-thread total)',
    ],
    results.map((r) => {
      const fin = median(finalTimes(r));
      const wall = median(r.ext.map(totalExt));
      const fl = median(r.ext.map((e) => e.floor.totalMs));
      const nv = median(r.plain.map((p) => p.naive.ms));
      return [
        r.page.key,
        r.page.live ? 'n/a†' : ratio(fin / fl),
        ratio(wall / fl),
        ratio(median(r.ext.map(afterStartupExt)) / fl),
        r.page.live ? 'n/a†' : ratio(nv / fin),
        ratio(nv / wall),
      ];
    }),
  );
  out('† on the live blog idle→final is dominated by the page\'s own 10 s of appends; compare main-thread totals.');
  out();
  out('Where idle→final went (medians, ms): extension tasks (and the style/layout they forced), style/layout/paint in');
  out('other tasks (split into steps for the run with the median rendering time; "frames": how many tasks rendered),');
  out('other tasks, main thread idle:');
  table(
    ['page', 'idle→final', 'extension', 'of which forced style/layout', 'rendering', 'style/layout/pre-paint/paint', 'frames', 'other', 'idle'],
    results
      .filter((r) => !r.page.live)
      .map((r) => {
        const b = r.ext.map(breakdown);
        return [
          r.page.key,
          ms(median(finalTimes(r))),
          ms(median(b.map((x) => x.ext))),
          ms(median(b.map((x) => x.forced))),
          ms(median(b.map((x) => x.render))),
          b.slice().sort((x, y) => x.render - y.render)[Math.floor((b.length - 1) / 2)]?.steps ?? '–',
          median(b.map((x) => x.frames)).toFixed(0),
          ms(median(b.map((x) => x.other))),
          ms(median(b.map((x) => x.idle))),
        ];
      }),
  );
  const unsettled = results.flatMap((r) =>
    r.ext.filter((e) => !e.settled).map(() => `${r.page.key} (with extension)`),
  );
  if (unsettled.length) out(`Warning: marks still changing at the deadline in ${unsettled.join(', ')}.`);
  out();
}

/** Heap the extension added in a run, paired with the run without it: V8 and Blink together, bytes. */
function heapAdded(r: PageResult): number[] {
  return r.ext.flatMap((e, i) => {
    const p = r.plain[i];
    return p ? [e.heap.js - p.heap.js + ((e.heap.embedder ?? 0) - (p.heap.embedder ?? 0))] : [];
  });
}

/**
 * The targets this bench decides (docs/performance.md), each with the figure that decides it, on
 * the pages of this run. Those against the minimal highlighter are bench/against-minimal.ts's.
 */
function printTargets(results: PageResult[], contentScriptBytes: number): void {
  out('## Against the targets (docs/performance.md)');
  out();
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rows: string[][] = [];
  const big = results.find((r) => r.page.key === 'big');
  if (big) {
    const nv = median(big.plain.map((p) => p.naive.ms));
    const byFinal = nv / median(finalTimes(big));
    const byThread = nv / median(big.ext.map(totalExt));
    rows.push(['naive mark.js ÷ extension ≥ 5 on big (by idle→final / by main-thread total)', `${ratio(byFinal)} / ${ratio(byThread)}`, verdict(Math.min(byFinal, byThread) >= 5)]);
  }
  const longest = Math.max(...results.flatMap((r) => r.ext.map(longestExt)));
  const longestCpu = Math.max(...results.flatMap((r) => r.ext.map(longestExtCpu)));
  rows.push([
    'no extension task over 50 ms (longest in any run: wall / CPU)',
    `${ms(longest)} / ${ms(longestCpu)} ms`,
    longest <= 50 ? 'met' : longestCpu <= 50 ? 'NOT met by wall time; met by CPU time' : 'NOT met',
  ]);
  const seed = results.find((r) => r.page.key === 'seed');
  if (seed) {
    const first = seed.ext.map(firstInViewOf);
    const med = median(first);
    const bad = worst(first);
    rows.push([
      'first highlight in view ≤ 50 ms after document_idle on seed (median / worst)',
      `${ms(med)} / ${ms(bad)} ms`,
      med <= 50 && bad <= 50 ? 'met' : med <= 50 ? 'met at the median, NOT at the worst' : 'NOT met',
    ]);
  }
  rows.push(['content script ≤ 100 kB minified', `${(contentScriptBytes / 1000).toFixed(1)} kB`, verdict(contentScriptBytes <= 100_000)]);
  if (big) {
    const added = heapAdded(big);
    rows.push(['memory added on big < 20 MB (V8 + Blink heap, median / worst)', `${mw(added, mb)} MB`, verdict(worst(added) < 20 * 1048576)]);
  }
  table(['target', 'measured', ''], rows);
  out();
}

// ---------------------------------------------------------------------------------------------
// Setup and the other sections

function machineInfo(): void {
  const cpus = os.cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Printed as unknown.
  }
  let commit = 'unknown';
  let dirty = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src', 'entrypoints'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3));
    if (changed.length) dirty = ` + uncommitted changes in ${changed.join(', ')}`;
  } catch {
    // Not a git checkout.
  }
  out(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`);
  out(`Browser: ${chromium}, headless, 1280×720; Node ${process.version}`);
  out(`Load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on the machine skews timings)`);
  out(`Code: ${commit}${dirty}; build ${new Date(statSync(CONTENT_SCRIPT).mtime).toISOString()}`);
}

/** Prints the content script's size; returns its bytes. */
async function bundleSize(): Promise<number> {
  const raw = await readFile(CONTENT_SCRIPT);
  const css = path.join(path.dirname(CONTENT_SCRIPT), 'content.css');
  const cssSize = existsSync(css) ? statSync(css).size : 0;
  out(
    `Content script: ${path.relative(PROJECT_ROOT, CONTENT_SCRIPT)} ${(raw.length / 1000).toFixed(1)} kB raw, ` +
      `${(gzipSync(raw, { level: 9 }).length / 1000).toFixed(1)} kB gzip; content.css ${(cssSize / 1000).toFixed(1)} kB`,
  );
  return raw.length;
}

function newerSourcesThanBuild(): string[] {
  const built = statSync(CONTENT_SCRIPT).mtimeMs;
  const dirs = ['src', 'build', 'entrypoints'].map((d) => path.join(PROJECT_ROOT, d));
  const newer: string[] = [];
  const walk = (dir: string) => {
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const p = path.join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.mtimeMs > built) newer.push(path.relative(PROJECT_ROOT, p));
    }
  };
  dirs.forEach(walk);
  return newer;
}

function printMatcher(pages: BenchPage[]): void {
  out('## The matcher alone, in Node (median of repeated runs; MB = 10^6 UTF-8 bytes of block text)');
  out();
  const rows = benchMatcher(pages.map((p) => ({ name: p.key, html: p.html })));
  const rate = (mbytes: number, t: number) => (t > 0 ? (mbytes / (t / 1000)).toFixed(t > 0 && mbytes / (t / 1000) >= 100 ? 0 : 1) : '–');
  table(
    ['page', 'text MB', 'blocks', 'mentions', 'matcher ms', 'matcher MB/s', 'of which fold ms', 'its pattern ms', 'one regexp MB/s', 'indexOf "APT40" MB/s', 'indexOf÷matcher'],
    rows.map((r) => [
      r.page,
      r.mb.toFixed(3),
      String(r.blocks),
      String(r.mentions),
      ms(r.matcherMs),
      rate(r.mb, r.matcherMs),
      ms(r.foldMs),
      ms(r.patternMs),
      rate(r.mb, r.combinedMs),
      rate(r.mb, r.indexOfMs),
      ratio(r.matcherMs / r.indexOfMs),
    ]),
  );
  out('"fold" = foldText on every block; "its pattern" = the matcher\'s combined expression over the folded blocks;');
  out('"one regexp" = the floor\'s expression (every alias, escaped, /gi) over the raw text. The rest of the matcher\'s');
  out('time is candidate checks and context rules.');
  out();
}

async function printProfile(page: BenchPage, rowCount: number): Promise<void> {
  out(`## Where the extension spends its time on ${page.key}: one CPU-profiled visit, unminified build`);
  out();
  execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.profile.config.ts'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const session = await launchBenchBrowser(PROFILE_BUILD_DIR);
  try {
    const { tab, reading, events } = await loadTraced(session.context, page.url);
    await tab.close();
    const visit = readTrace(events, page.url);
    const rows = profileByFunction(events, visit.intervals);
    const sampled = rows.reduce((s, r) => s + r.selfMs, 0);
    out(
      `${reading.marks} marks; idle→final ${ms((reading.lastChange ?? NaN) - reading.domComplete)} ms with profiling on; ` +
        `extension tasks ${visit.tasks.filter((t) => t.extMs > 0).length}, ` +
        `${ms(sum(visit.tasks.map((t) => t.extMs)))} ms (sampled ${ms(sampled)} ms)`,
    );
    out();
    const where = (r: { where: string }) => r.where || 'V8/Blink';
    const short = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}...` : name);
    out('By self time (the function itself, with the DOM and regexp built-ins it calls directly):');
    table(
      ['function', 'where', 'self ms', '%'],
      rows
        .sort((a, b) => b.selfMs - a.selfMs)
        .slice(0, rowCount + 4)
        .map((r) => [short(r.name), where(r), ms(r.selfMs), ((100 * r.selfMs) / sampled).toFixed(1)]),
      2,
    );
    out();
    out('By total time (with callees), extension functions only:');
    table(
      ['function', 'where', 'total ms', '%'],
      rows
        .filter((r) => r.where.startsWith('content.js'))
        .sort((a, b) => b.totalMs - a.totalMs)
        .slice(0, rowCount)
        .map((r) => [r.name, r.where, ms(r.totalMs), ((100 * r.totalMs) / sampled).toFixed(1)]),
      2,
    );
    out();
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      page: { type: 'string', multiple: true },
      profile: { type: 'string', default: 'big' },
      'no-profile': { type: 'boolean', default: false },
      'no-node': { type: 'boolean', default: false },
      'profile-rows': { type: 'string', default: '14' },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 5);
  if (!existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json')) || !existsSync(CONTENT_SCRIPT)) {
    throw new Error(`${path.relative(PROJECT_ROOT, CHROME_BUILD_DIR)} is missing: run npm run build first`);
  }
  const started = Date.now();
  out(`# npm run bench (${new Date().toISOString()})`);
  out();
  machineInfo();
  const contentScriptBytes = await bundleSize();
  const stale = newerSourcesThanBuild();
  if (stale.length) out(`Warning: newer than the build, not measured: ${stale.join(', ')} (run npm run build)`);
  out();

  const { server, pages: allPages, big, live, seedName, guardianName } = await startBenchPages();
  const wanted = values.page ?? [];
  const pages = wanted.length ? allPages.filter((p) => wanted.includes(p.key)) : allPages;
  if (!pages.length) throw new Error(`--page must be among ${allPages.map((p) => p.key).join(', ')}`);
  const byteSize = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(2);
  out('Pages:');
  out(`  seed      ${seedName}: ${byteSize(allPages[0]!.html)} MB HTML`);
  out(`  guardian  ${guardianName}: ${byteSize(allPages[1]!.html)} MB HTML (most of it scripts and styles)`);
  out(`  big       generated: ${byteSize(big.html)} MB HTML, ${big.elements} elements, ${big.mentions} mention sentences (en, ar, de, ru, zh)`);
  out(
    `  live      generated: ${byteSize(live.html)} MB HTML; from load appends ${LIVE_BATCH_SIZE} paragraphs every ${LIVE_INTERVAL_MS} ms ` +
      `${LIVE_BATCHES} times (final ${live.elements} elements, ${live.mentions} mention sentences)`,
  );
  out(
    `  frames    generated: a short article (one mention sentence) with ${QUIET_FRAMES} same-origin frames that name nothing and one that names an entity; ` +
      `marks, the floor and naive mark.js count the top document only, the extension's time is every frame's (all on the page's main thread)`,
  );
  out();

  const aliases = highlightedAliases();
  const markJs = await readFile(MARK_JS, 'utf8');
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      process.stderr.write(`${page.key}:`);
      results.push({
        page,
        ext: await session(CHROME_BUILD_DIR, runs, 'with the extension', (c) => extensionVisit(c, page.url, aliases)),
        plain: await session(null, runs, 'without', (c) => plainVisit(c, page.url, aliases, markJs)),
      });
      process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
    printResults(results, runs);
    printTargets(results, contentScriptBytes);
    const profiled = allPages.find((p) => p.key === values.profile);
    if (!values['no-profile'] && profiled) await printProfile(profiled, Math.max(1, Number(values['profile-rows']) || 14));
  } finally {
    await server.close();
  }
  if (!values['no-node']) printMatcher(pages);
  out(`Total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await mkdir(path.dirname(REPORT_PATH), { recursive: true });
  await writeFile(REPORT_PATH, lines.join('\n') + '\n');
  console.log(`\nWritten to ${path.relative(process.cwd(), REPORT_PATH)}`);
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
