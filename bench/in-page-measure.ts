/**
 * Code that runs inside the benchmark pages, in the page's own (main) world. The functions are
 * serialised, so each refers to nothing outside itself; `inPage` wraps them like
 * scripts/lib/collect-marks.ts does (tsx may add `__name(...)` calls that the page lacks).
 *
 * - `probe` (an init script, in every run with and without the extension): counts
 *   `<mark data-attribution-lens>` elements as they come and go with a MutationObserver, noting
 *   `performance.now()` at each change and the marks each change added. It does no layout
 *   while the extension works: which marks lie in the viewport is decided afterwards
 *   (`readProbe`). (The long-task observer is not used: in headless Chromium it reports no
 *   style/layout work, which is most of what the extension's DOM changes cost; the trace
 *   shows it.)
 * - `floor`: the least work a highlighter could do: one TreeWalker pass reading every text
 *   node of the body, then one pass of ONE combined expression of every alias over that text,
 *   changing nothing.
 * - `naiveMark`: mark.js used naively: one `mark()` call per alias over the whole body.
 */

/** What the probe keeps in `window.__alBench`. */
export interface ProbeState {
  /** Marks in the document now (added minus removed). */
  marks: number;
  /** Each observer callback that added or removed marks: its time and the marks it added. */
  changes: Array<{ t: number; added: Element[] }> | null;
  observer: MutationObserver | null;
}

function probe(attribute: string): void {
  const state: ProbeState = { marks: 0, changes: [], observer: null };
  const isMark = (n: Node) => n.nodeType === 1 && (n as Element).localName === 'mark' && (n as Element).hasAttribute(attribute);
  const observer = new MutationObserver((records) => {
    const t = performance.now();
    let delta = 0;
    const added: Element[] = [];
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (isMark(n)) {
          delta++;
          added.push(n as Element);
        }
      }
      for (const n of Array.from(r.removedNodes)) if (isMark(n)) delta--;
    }
    if (delta !== 0 || added.length > 0) {
      state.marks += delta;
      state.changes?.push({ t, added });
    }
  });
  // From DOMContentLoaded on: a content script at document_idle never runs earlier, and
  // observing the parser's own insertions would only slow the page down.
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }), {
    once: true,
  });
  state.observer = observer;
  (window as unknown as { __alBench: ProbeState }).__alBench = state;
}

/** What `readProbe` returns (times are `performance.now()` in the page). */
export interface ProbeReading {
  marks: number;
  /** When the document's readiness became 'complete' (PerformanceNavigationTiming.domComplete). */
  domComplete: number;
  domContentLoaded: number;
  firstMark: number | null;
  lastChange: number | null;
  firstInViewport: number | null;
  /** The live blog's own record (bench/generate-pages.ts), or null on other pages. */
  liveBlog: { first: number | null; last: number | null; batches: number; done: boolean } | null;
}

/**
 * Reads the probe once the marks have settled, and finds the first change that put a mark in
 * the viewport (the page is never scrolled). Then lets go of the marks it held and stops
 * observing, so a heap measurement that follows counts none of the probe's references.
 */
function readProbe(): ProbeReading {
  const w = window as unknown as { __alBench: ProbeState; __liveBlog?: ProbeReading['liveBlog'] };
  const s = w.__alBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const changes = s.changes ?? [];
  let firstInViewport: number | null = null;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  search: for (const c of changes) {
    for (const el of c.added) {
      if (!el.isConnected) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw) {
        firstInViewport = c.t;
        break search;
      }
    }
  }
  const reading: ProbeReading = {
    marks: s.marks,
    domComplete: nav ? nav.domComplete : NaN,
    domContentLoaded: nav ? nav.domContentLoadedEventStart : NaN,
    firstMark: changes[0]?.t ?? null,
    lastChange: changes[changes.length - 1]?.t ?? null,
    firstInViewport,
    liveBlog: w.__liveBlog ? { ...w.__liveBlog } : null,
  };
  s.observer?.disconnect();
  s.observer = null;
  s.changes = null;
  return reading;
}

/** The floor's figures: time to read the text and to run the one combined expression over it. */
export interface FloorResult {
  walkMs: number;
  regexMs: number;
  totalMs: number;
  textNodes: number;
  chars: number;
  hits: number;
}

/**
 * The floor's ONE expression: every alias escaped, longest first, as alternatives (built here in
 * Node; the page compiles it with flags `gi`, as part of the floor's time).
 */
export function aliasPattern(aliases: readonly string[]): string {
  return aliases
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .join('|');
}

function floor(pattern: string): FloorResult {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  const text = parts.join('\n');
  const t1 = performance.now();
  const re = new RegExp(pattern, 'gi');
  let hits = 0;
  while (re.exec(text) !== null) hits++;
  const t2 = performance.now();
  return { walkMs: t1 - t0, regexMs: t2 - t1, totalMs: t2 - t0, textNodes: parts.length, chars: text.length, hits };
}

export interface NaiveResult {
  ms: number;
  marks: number;
}

/** Needs mark.js (dist/mark.min.js) already in the page as `window.Mark`. */
function naiveMark(aliases: string[]): NaiveResult {
  type MarkInstance = { mark(keyword: string, options: Record<string, unknown>): void };
  const MarkCtor = (window as unknown as { Mark: new (ctx: Element) => MarkInstance }).Mark;
  const instance = new MarkCtor(document.body);
  let marks = 0;
  const t0 = performance.now();
  // mark.js defaults otherwise (diacritics on, accuracy "partially"); separateWordSearch off so
  // a multi-word alias is looked for as one name, as a naive highlighter of aliases would.
  for (const alias of aliases) instance.mark(alias, { separateWordSearch: false, each: () => void marks++ });
  return { ms: performance.now() - t0, marks };
}

/** The current mark count, cheap enough to poll. */
function markCount(): number {
  return (window as unknown as { __alBench?: ProbeState }).__alBench?.marks ?? 0;
}

/** An expression that runs `fn(arg)` in the page. */
export function inPage(fn: (arg: never) => unknown, arg?: unknown): string {
  const call = arg === undefined ? '()' : `(${JSON.stringify(arg)})`;
  return `(() => { const __name = (f) => f; return (${fn.toString()})${call}; })()`;
}

export const probeScript = (attribute: string): string => inPage(probe as (a: never) => unknown, attribute);
export const readProbeExpression = (): string => inPage(readProbe);
export const markCountExpression = (): string => inPage(markCount);
export const floorExpression = (aliases: string[]): string => inPage(floor as (a: never) => unknown, aliasPattern(aliases));
export const naiveMarkExpression = (aliases: string[]): string => inPage(naiveMark as (a: never) => unknown, aliases);
