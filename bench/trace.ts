/**
 * A Chrome trace of one page visit, through CDP's Tracing domain, and what the benchmark reads
 * from it: which main-thread tasks ran the extension's content script, and for how long.
 *
 * Attribution: a task (a top-level `ThreadControllerImpl::RunTask` of the renderer's main
 * thread, or a top-level microtask checkpoint: see TASK_EVENTS) is the extension's when a
 * script event inside it (`EvaluateScript`, `FunctionCall`, `v8.compile`) carries the content
 * script's URL (chrome-extension://ID/content-scripts/…), or when V8's sampling profiler
 * (recorded with the trace, `cpuProfile`) caught the content script's code on the stack during
 * it. The samples are needed: much of the extension's work runs in tasks that hold no event
 * with its URL, the continuations of an `await` (a slice resumed by `setTimeout(resolve)`,
 * whose only call is the native `resolve`; the checkpoint in which storage answers). Without
 * them the benchmark missed most of a pass's slices. A task is then counted whole: its
 * extension time is the task's duration minus the page's own script and HTML parsing in it
 * (the live blog's timer runs in the same task as the extension's MutationObserver callback).
 * A task shorter than the sampling interval (about 0.17 ms here) with no event of ours can
 * still be missed. Style, layout and paint that the browser does in later frames because the
 * extension changed the DOM are not in these tasks; each task's rendering time is kept so a
 * visit can be compared with one without the extension.
 *
 * Two clocks: `dur` (wall time) and `tdur` (the main thread's CPU time, which Chrome records
 * for the same events). On a machine as small as this one (2 cores shared by the browser
 * process, the renderer, the GPU process and the benchmark's own Node), the renderer's
 * main thread is often descheduled in the middle of a task: its wall time then includes
 * other processes' work. CPU time is what the extension itself cost the page's thread, and
 * varies far less from run to run; both are kept.
 *
 * Tracing costs a little: `devtools.timeline` records every call from the browser into script,
 * including a TreeWalker filter's `acceptNode` per element, and the profiler samples every
 * 0.17 ms or so. Every visit, with or without an extension, is recorded the same way.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event, µs (not on every event). */
  tdur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      documentLoaderURL?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    frame?: string;
  };
}

/** Starts recording (with V8's sampling profiler unless `cpuProfile` is false); `stop()` ends it and returns every event. */
export async function startTrace(
  cdp: CDPSession,
  { cpuProfile = true } = {},
): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const ev of e.value) events.push(ev as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'blink.user_timing',
        '__metadata',
        ...(cpuProfile ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
      excludedCategories: ['*'],
    },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/** One top-level task of the page's main thread. Times in the page's `performance.now()` ms. */
export interface TaskInfo {
  start: number;
  ms: number;
  /** The extension's time in it (see the file comment), or 0 when the extension did not run in it. */
  extMs: number;
  /** The same in the main thread's CPU time (see the file comment). */
  extCpuMs: number;
  /** Style, layout and paint in it (outermost events only). */
  renderMs: number;
  /** `renderMs` by step: style (UpdateLayoutTree), layout, pre-paint, paint (with layerize). */
  render: { style: number; layout: number; prePaint: number; paint: number };
}

export interface VisitTrace {
  /** When Chrome started evaluating the content script; null when it never ran (or without the extension). */
  scriptStart: number | null;
  tasks: TaskInfo[];
  /** The extension's tasks as [start, end] in trace time (µs), for `profileByFunction`. */
  intervals: Array<[number, number]>;
  /** A page time (`performance.now()`, ms) in trace time (µs); NaN when the trace holds no start of the page. */
  toTraceTime(pageMs: number): number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);
/**
 * Top-level events of the main thread that are tasks. The microtask checkpoint is one of its
 * own: when the browser answers an extension API call (the content script's storage read),
 * the promise continuations run in a checkpoint outside any RunTask, and on the seed article
 * the first pass ran there (4-29 ms of wall time a visit, which the benchmark did not count before).
 */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const RENDER_STEP: Record<string, keyof TaskInfo['render']> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'prePaint',
  Paint: 'paint',
  Layerize: 'paint',
};

/** A content script's URL (ours, or the floor extension's). */
const isContentScriptUrl = (url: string | undefined) => (url ?? '').includes('/content-scripts/');

/** Reads the main-thread tasks of the visit to `pageUrl` from a trace. */
export function readTrace(events: TraceEvent[], pageUrl: string): VisitTrace {
  const isOurs = (e: TraceEvent) => SCRIPT_EVENTS.has(e.name) && isContentScriptUrl(e.args?.data?.url);
  const sampled = contentScriptSampleTimes(events);
  /** True when a profiler sample in [from, to) (trace µs) had the content script on the stack. */
  const sampledIn = (from: number, to: number) => {
    let lo = 0;
    let hi = sampled.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sampled[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < sampled.length && (sampled[lo] as number) < to;
  };
  // performance.now() is 0 at the navigation start of the page's document, which the main
  // thread of the page's renderer records.
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  const navStart = nav[nav.length - 1];
  if (!navStart) return { scriptStart: null, tasks: [], intervals: [], toTraceTime: () => NaN };
  const { pid, tid, ts: origin } = navStart;
  const toPage = (ts: number) => (ts - origin) / 1000;
  const thread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const first = thread.find((e) => isOurs(e) && e.name === 'EvaluateScript') ?? thread.find(isOurs);

  const tasks: TaskInfo[] = [];
  const intervals: Array<[number, number]> = [];
  for (let i = 0; i < thread.length; i++) {
    const task = thread[i] as TraceEvent;
    if (!TASK_EVENTS.has(task.name) || task.ts < origin) continue;
    const end = task.ts + (task.dur as number);
    let ours = false;
    let pageTime = 0;
    let pageCpu = 0;
    let pageEnd = -1; // end of the outermost page event counted, to skip the events nested in it
    let renderTime = 0;
    let renderEnd = -1;
    const render = { style: 0, layout: 0, prePaint: 0, paint: 0 };
    let j = i + 1;
    for (; j < thread.length && (thread[j] as TraceEvent).ts < end; j++) {
      const e = thread[j] as TraceEvent;
      if (isOurs(e)) ours = true;
      else if (e.ts >= pageEnd && (e.name === 'ParseHTML' || (SCRIPT_EVENTS.has(e.name) && e.name !== 'v8.compile'))) {
        pageTime += e.dur as number;
        pageCpu += e.tdur ?? (e.dur as number);
        pageEnd = e.ts + (e.dur as number);
      }
      const step = RENDER_STEP[e.name];
      if (step && e.ts >= renderEnd) {
        renderTime += e.dur as number;
        render[step] += (e.dur as number) / 1000;
        renderEnd = e.ts + (e.dur as number);
      }
    }
    ours ||= sampledIn(task.ts, end);
    const extMs = ours ? Math.max(0, (task.dur as number) - pageTime) / 1000 : 0;
    const extCpuMs = ours ? Math.max(0, (task.tdur ?? (task.dur as number)) - pageCpu) / 1000 : 0;
    if (ours) intervals.push([task.ts, end]);
    tasks.push({ start: toPage(task.ts), ms: (task.dur as number) / 1000, extMs, extCpuMs, renderMs: renderTime / 1000, render });
    i = j - 1; // tasks do not nest: go on after this one
  }
  return { scriptStart: first ? toPage(first.ts) : null, tasks, intervals, toTraceTime: (pageMs) => origin + pageMs * 1000 };
}

/**
 * The content script's own calls between two trace times (µs): how many times the browser ran
 * its code (event listeners, observers, timers) and for how long, outermost calls only. Unlike a
 * task's `extMs` this leaves out the rest of the task the call ran in: a scroll listener that
 * returns at once does not make the frame's painting the extension's.
 */
export function contentScriptCalls(events: TraceEvent[], from: number, to: number): { calls: number; ms: number } {
  const ours = events
    .filter((e) => SCRIPT_EVENTS.has(e.name) && isContentScriptUrl(e.args?.data?.url) && e.ph === 'X' && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts);
  let calls = 0;
  let us = 0;
  let end = -1;
  for (const e of ours) {
    if (e.ts < end) continue; // nested in the call before
    calls++;
    us += e.dur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return { calls, ms: us / 1000 };
}

/** One function's share of the sampled time. */
export interface ProfileRow {
  name: string;
  /** `content.js:LINE` for the extension, `page`, or '' for V8/Blink work ("(garbage collector)"). */
  where: string;
  selfMs: number;
  totalMs: number;
}

/**
 * From a trace recorded with `cpuProfile`, the sampled time inside `intervals` (the extension's
 * tasks), by function: self time (the function itself, with the DOM and regexp built-ins it
 * calls) and total time (with its callees). Samples outside any interval are ignored.
 */
export function profileByFunction(events: TraceEvent[], intervals: Array<[number, number]>): ProfileRow[] {
  const profile = contentScriptProfile(events);
  if (!profile) return [];
  const ours = (n: ProfileNode) => isContentScriptUrl(n.callFrame.url);
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const inside = (t: number) => sorted.some(([s, e]) => t >= s && t < e);
  const rows = new Map<string, ProfileRow>();
  const rowOf = (n: ProfileNode): ProfileRow => {
    const f = n.callFrame;
    const where = ours(n) ? `content.js:${f.lineNumber + 1}` : f.url ? 'page' : '';
    const key = `${f.functionName}|${where}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { name: f.functionName || '(anonymous)', where, selfMs: 0, totalMs: 0 }));
    return row;
  };
  let t = profile.start;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.deltas[i] ?? 0;
    t += delta;
    // Each sample stands for the time until the next one.
    const next = profile.deltas[i + 1] ?? delta;
    if (!inside(t)) continue;
    const ms = Math.max(0, next) / 1000;
    let node = profile.nodes.get(profile.samples[i] as number);
    if (!node) continue;
    rowOf(node).selfMs += ms;
    const seen = new Set<ProfileRow>();
    for (; node; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) {
      const row = rowOf(node);
      if (!seen.has(row)) {
        seen.add(row);
        row.totalMs += ms;
      }
    }
  }
  return [...rows.values()].filter((r) => r.name !== '(root)');
}

interface Profile {
  start: number;
  nodes: Map<number, ProfileNode>;
  samples: number[];
  deltas: number[];
}

/** The sampled profile of the thread that ran a content script (the page's main thread), rebuilt from its chunks. */
function contentScriptProfile(events: TraceEvent[]): Profile | undefined {
  // One profile per sampled thread.
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      profiles.set(key, { start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(key);
      const data = e.args?.data;
      if (!p || !data) continue;
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(data.cpuProfile?.samples ?? []));
      p.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  return [...profiles.values()].find((p) => [...p.nodes.values()].some((n) => isContentScriptUrl(n.callFrame.url)));
}

/** When (trace µs, sorted) the profiler caught a content script's code on the stack. */
function contentScriptSampleTimes(events: TraceEvent[]): number[] {
  const profile = contentScriptProfile(events);
  if (!profile) return [];
  // Whether a node or any of its callers is the content script's, each node worked out once.
  const onStack = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = onStack.get(id);
    if (known !== undefined) return known;
    const node = profile.nodes.get(id);
    const answer = !!node && (isContentScriptUrl(node.callFrame.url) || (node.parent !== undefined && ours(node.parent)));
    onStack.set(id, answer);
    return answer;
  };
  const times: number[] = [];
  let t = profile.start;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.deltas[i] ?? 0;
    if (ours(profile.samples[i] as number)) times.push(t);
  }
  return times.sort((a, b) => a - b);
}
