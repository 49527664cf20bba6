/**
 * One benchmark visit, shared by the bench (bench/bench.ts) and the build comparison
 * (compare-builds.ts): a fresh tab loads the page under a trace, waits until the highlights
 * settle, and reads the in-page probe, the trace and the heap.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../scripts/lib/chromium.ts';
import { MARK_ATTRIBUTE } from '../scripts/lib/collect-marks.ts';
import { probeScript, readProbeExpression, type ProbeReading } from './in-page-measure.ts';
import { readTrace, startTrace, type TraceEvent, type VisitTrace } from './trace.ts';

/** The count must not change for this long to be final (the corpus README's rule). */
const QUIET_MS = 1500;
/** Give up waiting this long after the load event (after the live blog's last append). */
const MAX_WAIT_MS = 30_000;

export interface Heap {
  js: number;
  embedder: number | null;
  nodes: number;
}

export interface VisitResult {
  reading: ProbeReading;
  trace: VisitTrace;
  heap: Heap;
  /** False when the highlights were still changing at the deadline. */
  settled: boolean;
}

/** Waits until the mark count has not changed for QUIET_MS (and the live blog is done). */
export async function waitSettled(page: Page): Promise<boolean> {
  const read = async () =>
    (await page.evaluate(
      '({ marks: window.__alBench ? window.__alBench.marks : 0, done: window.__liveBlog ? window.__liveBlog.done : true })',
    )) as { marks: number; done: boolean };
  let start = Date.now();
  let { marks: last, done } = await read();
  let lastChange = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = Date.now();
    const current = await read();
    if (!done && current.done) start = now; // the live blog's deadline counts from its last append
    done = current.done;
    if (current.marks !== last) {
      last = current.marks;
      lastChange = now;
    }
    if (done && now - lastChange >= QUIET_MS) return true;
    if (now - start >= MAX_WAIT_MS && (done || now - start >= MAX_WAIT_MS + 15_000)) return false;
  }
}

async function measureHeap(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.enable');
  // Twice: the first collection can leave garbage that finalisers freed.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null, nodes: dom.nodes };
}

/** A page loaded under a trace (loadTraced), its tab still open: the caller closes it. */
export interface TracedLoad {
  tab: Page;
  cdp: CDPSession;
  reading: ProbeReading;
  /** Every event of the trace, stopped once the highlights settled. */
  events: TraceEvent[];
  settled: boolean;
}

/**
 * Loads `url` in a fresh tab under a trace (with V8's sampling profiler), waits for the
 * highlights to settle, reads the in-page probe and stops the trace. The tab is closed only if
 * this fails.
 */
export async function loadTraced(context: BrowserContext, url: string): Promise<TracedLoad> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    const trace = await startTrace(cdp);
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const settled = await waitSettled(tab);
    const reading = (await tab.evaluate(readProbeExpression())) as ProbeReading;
    return { tab, cdp, reading, events: await trace.stop(), settled };
  } catch (error) {
    await tab.close().catch(() => undefined);
    throw error;
  }
}

/**
 * One visit in a fresh tab: load, wait for the highlights to settle, read the probe, the trace
 * and the heap; then `reference` measures one of the references in the same tab.
 */
export async function visit<X>(
  context: BrowserContext,
  url: string,
  reference: (page: Page) => Promise<X>,
): Promise<VisitResult & X> {
  const { tab, cdp, reading, events, settled } = await loadTraced(context, url);
  try {
    const trace = readTrace(events, url);
    const heap = await measureHeap(cdp);
    return { reading, trace, heap, settled, ...(await reference(tab)) };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

/** A fresh Chromium with `extensionDir` loaded (null: none) and the probe in every tab. */
export async function launchBenchBrowser(extensionDir: string | null): Promise<ChromiumSession> {
  const browser = await launchChromium(extensionDir);
  try {
    await browser.context.addInitScript({ content: probeScript(MARK_ATTRIBUTE) });
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}
