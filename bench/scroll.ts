/**
 * Does a page scroll, and take the pointer, as smoothly with the extension as without it? Prints
 * figures and asserts nothing:
 *
 *   npm run build && flock /tmp/al-browser.lock npx tsx bench/scroll.ts
 *                         [--page big --page seed] [--rounds 8] [--seconds 4] [--with DIR] [--pointer]
 *
 * Two headless Chromiums, one with the build in .output/chrome-mv3 (or the unpacked Chromium
 * build in DIR) and one without any extension, take turns (paired-rounds.ts). Each visit loads
 * the page in a fresh tab, waits until the highlights settle (the bench's rule, visit.ts), then
 * scrolls from the top to the bottom in `--seconds`, setting the scroll position once per
 * animation frame in proportion to the time gone by, under a trace. Setting it from script is
 * the hardest case for the page's main thread: every frame waits for it (style, layout, paint of
 * what comes into view), where a reader's wheel or touch scroll is the compositor's and only
 * waits for the main thread to paint new content. On the 5 MB page each frame jumps to text not
 * painted yet, highlighted or not. With `--pointer` the page does not scroll: the mouse moves
 * over the viewport, row after row, for `--seconds` instead (what a reader's pointer does while
 * reading; the page's elements see pointer events at every one they cross).
 * Printed per page, with / without (median / worst of the visits), and the median of the
 * paired differences: frames drawn, the median, 95th percentile and longest time between two
 * frames, frames that took over 50 ms, the main thread's busy time and its style, layout and
 * paint during the scroll, the longest task, and how many times the browser ran the content
 * script's code during the scroll and for how long (trace.ts contentScriptCalls; with no card
 * open, only its check once a second that the extension is still there; with `--pointer`, its
 * pointer listeners too, on a page with highlights). Not the bench's
 * per-task count (readTrace): a frame in which a listener of ours returned at once would count
 * as the extension's task, painting and all.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../scripts/lib/chromium.ts';
import { CHROME_BUILD_DIR } from '../scripts/lib/paths.ts';
import { startBenchPages, type BenchPage } from './bench-pages.ts';
import { pairedRounds } from './paired-rounds.ts';
import { formatTable, median, worst } from './stats.ts';
import { contentScriptCalls, readTrace, startTrace } from './trace.ts';
import { sum } from './visit-figures.ts';
import { launchBenchBrowser, waitSettled } from './visit.ts';

interface ScrollVisit {
  frames: number;
  medianFrame: number;
  p95Frame: number;
  longestFrame: number;
  over50: number;
  busy: number;
  render: number;
  longestTask: number;
  /** The content script's own calls during the scroll: how many, and their time (ms). */
  extCalls: number;
  ext: number;
  marks: number;
}

const FIGURES: { label: string; of(v: ScrollVisit): number; digits?: number }[] = [
  { label: 'frames drawn', of: (v) => v.frames, digits: 0 },
  { label: 'time between frames: median (ms)', of: (v) => v.medianFrame },
  { label: '95th percentile (ms)', of: (v) => v.p95Frame },
  { label: 'longest (ms)', of: (v) => v.longestFrame },
  { label: 'frames over 50 ms', of: (v) => v.over50, digits: 0 },
  { label: 'main thread busy (ms)', of: (v) => v.busy },
  { label: 'of which style/layout/paint (ms)', of: (v) => v.render },
  { label: 'longest task (ms)', of: (v) => v.longestTask },
  { label: 'content script calls', of: (v) => v.extCalls, digits: 0 },
  { label: 'their time (ms)', of: (v) => v.ext, digits: 2 },
];

interface ScrollRun {
  from: number;
  to: number;
  frames: number[];
}

/**
 * In the page: for `ms`, records the time of every frame, and with `scroll`, scrolls from the
 * top to the bottom, once per frame. A string, not a function: tsx would add helpers to a
 * function that the page does not have.
 */
const framesInPage = (ms: number, scroll: boolean) => `(async () => {
  const root = document.scrollingElement || document.documentElement;
  const bottom = root.scrollHeight - innerHeight;
  const scroll = ${scroll};
  if (scroll) scrollTo(0, 0);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await nextFrame();
  const from = await nextFrame();
  const frames = [from];
  for (;;) {
    const t = await nextFrame();
    frames.push(t);
    if (t - from >= ${ms}) break;
    if (scroll) scrollTo(0, (bottom * (t - from)) / ${ms});
  }
  return { from, to: performance.now(), frames };
})()`;

/** Moves the pointer over the viewport, row after row, left to right and back, for `ms`. */
async function sweepPointer(tab: Page, ms: number): Promise<void> {
  const { width, height } = tab.viewportSize() ?? { width: 1280, height: 720 };
  const end = Date.now() + ms;
  for (let row = 0; Date.now() < end; row++) {
    const y = 20 + ((row * 40) % (height - 40));
    await tab.mouse.move(row % 2 ? width - 10 : 10, y);
    await tab.mouse.move(row % 2 ? 10 : width - 10, y, { steps: 24 });
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

async function scrollVisit(session: ChromiumSession, page: BenchPage, seconds: number, pointer: boolean): Promise<ScrollVisit> {
  const tab = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(tab);
    // From before the load: the trace's clock is matched to the page's by its navigation start.
    const tracing = await startTrace(cdp);
    await tab.goto(page.url, { waitUntil: 'load', timeout: 60_000 });
    await waitSettled(tab);
    const marks = (await tab.evaluate('window.__alBench ? window.__alBench.marks : 0')) as number;
    const ms = seconds * 1000;
    const [run] = await Promise.all([
      tab.evaluate(framesInPage(ms, !pointer)) as Promise<ScrollRun>,
      pointer ? sweepPointer(tab, ms) : undefined,
    ]);
    const events = await tracing.stop();
    const gaps = run.frames.slice(1).map((t, i) => t - (run.frames[i] as number));
    const sorted = gaps.slice().sort((a, b) => a - b);
    const trace = readTrace(events, page.url);
    const tasks = trace.tasks.filter((t) => t.start + t.ms > run.from && t.start < run.to);
    const calls = contentScriptCalls(events, trace.toTraceTime(run.from), trace.toTraceTime(run.to));
    return {
      frames: gaps.length,
      medianFrame: median(gaps),
      p95Frame: percentile(sorted, 0.95),
      longestFrame: Math.max(0, ...gaps),
      over50: gaps.filter((g) => g > 50).length,
      busy: sum(tasks.map((t) => t.ms)),
      render: sum(tasks.map((t) => t.renderMs)),
      longestTask: Math.max(0, ...tasks.map((t) => t.ms)),
      extCalls: calls.calls,
      ext: calls.ms,
      marks,
    };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

function printPage(page: BenchPage, what: string, withExt: ScrollVisit[], without: ScrollVisit[]): void {
  const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
  const rows = FIGURES.map((f) => {
    const a = withExt.map(f.of);
    const b = without.map(f.of);
    const paired = a.map((x, i) => x - (b[i] as number));
    return [f.label, `${fmt(median(a), f.digits)} / ${fmt(worst(a), f.digits)}`, `${fmt(median(b), f.digits)} / ${fmt(worst(b), f.digits)}`, fmt(median(paired), f.digits)];
  });
  const marks = [...new Set(withExt.map((v) => v.marks))].join(', ');
  console.log(`${page.key} (${page.label}), ${withExt.length} rounds, ${what}, ${marks} marks with the extension:`);
  formatTable(['', 'with: median / worst', 'without: median / worst', 'with − without (median)'], rows).forEach((line) => console.log(line));
  console.log();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', multiple: true },
      rounds: { type: 'string', default: '8' },
      seconds: { type: 'string', default: '4' },
      with: { type: 'string', default: CHROME_BUILD_DIR },
      pointer: { type: 'boolean', default: false },
    },
  });
  const rounds = Math.max(1, Number(values.rounds) || 8);
  const seconds = Math.max(1, Number(values.seconds) || 4);
  const { server, pages: allPages } = await startBenchPages();
  const wanted = values.page?.length ? values.page : ['big', 'seed', 'guardian'];
  const pages = allPages.filter((p) => wanted.includes(p.key));
  if (pages.length !== wanted.length) throw new Error(`--page must be among ${allPages.map((p) => p.key).join(', ')}`);
  const extensionDir = path.resolve(values.with);
  console.log(`with = ${path.relative(process.cwd(), extensionDir) || '.'}, without = no extension`);
  console.log();
  const sessions: ChromiumSession[] = [];
  try {
    sessions.push(await launchBenchBrowser(extensionDir), await launchBenchBrowser(null));
    const [withExt, without] = sessions as [ChromiumSession, ChromiumSession];
    const pointer = values.pointer;
    const results = await pairedRounds(pages, rounds, { a: withExt, b: without }, (s, page) => scrollVisit(s, page, seconds, pointer));
    const what = pointer ? `the pointer moved over the viewport for ${seconds} s` : `top to bottom in ${seconds} s`;
    for (const r of results) printPage(r.page, what, r.a, r.b);
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`scroll: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
