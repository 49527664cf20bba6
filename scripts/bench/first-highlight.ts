/**
 * Where the time from `document_idle` to the first highlight goes, step by step; prints
 * figures and asserts nothing:
 *
 *   flock /tmp/al-browser.lock npx tsx scripts/bench/first-highlight.ts [--runs 12] [--page seed]
 *
 * Builds the extension with its step times on (scripts/bench/wxt.steps.config.ts, into
 * .output/bench-steps; src/page/start-steps.ts says which steps) and opens the page `--runs`
 * times, each in a fresh tab, under a trace with V8's sampling profiler. For each step, from the
 * one before it (the first from the moment Chrome began evaluating the content script, the
 * bench's `document_idle`): its wall time, and how much of it the page's main thread was not
 * idle (profiler samples: the extension's work, any of the page's own that ran meanwhile, and
 * time the thread lost its core in the middle of work, which the sampler cannot tell apart).
 * Then the two tasks the way runs through, from the trace, in wall and CPU time: the start-up
 * task (up to "matcher ready") and the task that wrote the first highlights; wall time beyond
 * CPU time is the thread waiting for a core (2 cores here, shared with the browser process and
 * the benchmark), and the time between the tasks mostly waiting for storage.
 * The profiler costs a little: the times are somewhat longer than the bench's.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../lib/paths.ts';
import { START_STEPS, START_STEPS_ATTRIBUTE, type StartStep } from '../../src/page/start-steps.ts';
import { startBenchPages } from './bench-pages.ts';
import { formatTable, least, median, worst } from './stats.ts';
import { profileByFunction, readTrace, type TraceEvent } from './trace.ts';
import { launchBenchBrowser, loadTraced } from './visit.ts';

const STEPS_BUILD_DIR = path.join(PROJECT_ROOT, '.output/bench-steps/chrome-mv3');

interface StepVisit {
  /** Per step: wall ms since the step before, and the thread's sampled busy ms in that time. */
  steps: Map<StartStep, { wall: number; busy: number }>;
  /** From idle to the first highlight inside the viewport (the probe's clock), ms. */
  firstInView: number;
  /** The start-up task and the task that wrote the first highlights: wall and CPU ms (NaN: not found). */
  startup: { wall: number; cpu: number };
  firstWrite: { wall: number; cpu: number };
}

/** The main thread's sampled time (ms) that was not idle, between two trace times (µs). */
function busyBetween(events: TraceEvent[], from: number, to: number): number {
  const rows = profileByFunction(events, [[from, to]]);
  return rows.filter((r) => r.name !== '(idle)').reduce((s, r) => s + r.selfMs, 0);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '12' }, page: { type: 'string', default: 'seed' } },
  });
  const runs = Math.max(1, Number(values.runs) || 12);
  execFileSync('npx', ['wxt', 'build', '-c', 'scripts/bench/wxt.steps.config.ts'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const pages = await startBenchPages();
  const page = pages.pages.find((p) => p.key === values.page);
  if (!page) throw new Error(`--page must be one of ${pages.pages.map((p) => p.key).join(', ')}`);
  const session = await launchBenchBrowser(STEPS_BUILD_DIR);
  const visits: StepVisit[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      process.stdout.write(`\rvisit ${r + 1}/${runs}`);
      const { tab, reading, events } = await loadTraced(session.context, page.url);
      const attribute = await tab
        .evaluate(`document.documentElement.getAttribute(${JSON.stringify(START_STEPS_ATTRIBUTE)})`)
        .finally(() => tab.close().catch(() => undefined));
      const { scriptStart: start, tasks, toTraceTime } = readTrace(events, page.url);
      if (start === null || typeof attribute !== 'string') {
        console.warn(`\nvisit ${r + 1}: no ${start === null ? 'content script in the trace' : 'step times'}; left out`);
        continue;
      }
      const times = JSON.parse(attribute) as Partial<Record<StartStep, number>>;
      const steps = new Map<StartStep, { wall: number; busy: number }>();
      let before = start;
      for (const step of START_STEPS) {
        const at = times[step];
        if (at === undefined) continue;
        steps.set(step, { wall: at - before, busy: busyBetween(events, toTraceTime(before), toTraceTime(at)) });
        before = at;
      }
      const taskAt = (t: number | undefined) => {
        const task = t === undefined ? undefined : tasks.find((k) => k.start <= t && t <= k.start + k.ms);
        return task ? { wall: task.ms, cpu: task.extCpuMs } : { wall: NaN, cpu: NaN };
      };
      visits.push({
        steps,
        firstInView: reading.firstInViewport === null ? NaN : reading.firstInViewport - start,
        startup: taskAt(start),
        firstWrite: taskAt(times['first slice written']),
      });
    }
  } finally {
    await session.close();
    await pages.server.close();
  }
  process.stdout.write('\n');
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const stat = (xs: number[]) => `${f(median(xs))} / ${f(least(xs))} / ${f(worst(xs))}`;
  console.log(`${page.key}: ${visits.length} visits, ms from the step before (median / least / most)`);
  const rows = START_STEPS.filter((s) => visits.some((v) => v.steps.has(s))).map((step, i) => {
    const of = visits.map((v) => v.steps.get(step)).filter((x) => x !== undefined);
    return [`${i ? '' : 'idle → '}${step}`, stat(of.map((x) => x.wall)), stat(of.map((x) => x.busy))];
  });
  const total = visits.map((v) => [...v.steps.values()].reduce((s, x) => s + x.wall, 0));
  const busy = visits.map((v) => [...v.steps.values()].reduce((s, x) => s + x.busy, 0));
  rows.push(['all steps', stat(total), stat(busy)]);
  rows.push(['idle → first highlight in view (probe)', stat(visits.map((v) => v.firstInView)), '']);
  for (const line of formatTable(['step', 'wall', 'thread not idle (sampled)'], rows)) console.log(line);
  console.log();
  const taskRow = (label: string, of: (v: StepVisit) => { wall: number; cpu: number }) => [
    label,
    stat(visits.map((v) => of(v).wall)),
    stat(visits.map((v) => of(v).cpu)),
  ];
  const taskRows = [
    taskRow('start-up task (idle → matcher ready)', (v) => v.startup),
    taskRow('task that wrote the first highlights', (v) => v.firstWrite),
  ];
  for (const line of formatTable(['task', 'wall', 'CPU (extension)'], taskRows)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
