/**
 * The extension's figures read off one visit (trace.ts attributes each task's time): shared by
 * the bench and the build comparison, so both count the same way.
 */
import type { VisitTrace } from './trace.ts';
import type { VisitResult } from './visit.ts';

type Traced = { trace: VisitTrace };

export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
/** The tasks in which the extension ran. */
export const extTasks = (run: Traced) => run.trace.tasks.filter((t) => t.extMs > 0);
export const longestExt = (run: Traced): number => Math.max(0, ...extTasks(run).map((t) => t.extMs));
export const longestExtCpu = (run: Traced): number => Math.max(0, ...extTasks(run).map((t) => t.extCpuMs));
/** The extension's main-thread time in all, wall clock. */
export const totalExt = (run: Traced): number => sum(extTasks(run).map((t) => t.extMs));
/** The extension's main-thread time in all, the thread's CPU time. */
export const totalExtCpu = (run: Traced): number => sum(extTasks(run).map((t) => t.extCpuMs));
/**
 * The extension's time in the task that evaluated its script: compiling it, setting up, and
 * asking for the settings (the first pass runs in a later task, when they arrive). It is
 * what any page pays, however little text it has.
 */
const startupTask = (run: Traced) => {
  const at = run.trace.scriptStart;
  return at === null ? undefined : extTasks(run).find((t) => t.start <= at && at < t.start + t.ms);
};
export const startupExt = (run: Traced): number => startupTask(run)?.extMs ?? NaN;
export const startupExtCpu = (run: Traced): number => startupTask(run)?.extCpuMs ?? NaN;

/**
 * `document_idle` in a visit with the extension: when Chrome began evaluating the content script
 * (the trace), or the document's readiness becoming 'complete' when the trace has no such event
 * (bench/bench.ts says why the first is the right clock).
 */
export function idleOf(run: VisitResult): number {
  return run.trace.scriptStart ?? run.reading.domComplete;
}

/** From `document_idle` to the first change that put a highlight inside the viewport (NaN: none did). */
export function firstInViewOf(run: VisitResult): number {
  return run.reading.firstInViewport === null ? NaN : run.reading.firstInViewport - idleOf(run);
}

/** From `document_idle` to the last change of the highlight count (NaN: it never changed). */
export function lastChangeOf(run: VisitResult): number {
  return run.reading.lastChange === null ? NaN : run.reading.lastChange - idleOf(run);
}

/**
 * The same two moments counted from DOMContentLoaded: the clock that two extensions whose
 * content scripts Chrome starts at different moments share (bench/against-minimal.ts).
 */
export function lastChangeAfterDcl(run: VisitResult): number {
  return run.reading.lastChange === null ? NaN : run.reading.lastChange - run.reading.domContentLoaded;
}

export function firstInViewAfterDcl(run: VisitResult): number {
  return run.reading.firstInViewport === null ? NaN : run.reading.firstInViewport - run.reading.domContentLoaded;
}
