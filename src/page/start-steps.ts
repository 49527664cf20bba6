/**
 * When each step on the way to the first highlights happened in this frame, for one
 * benchmark (scripts/bench/first-highlight.ts) and nothing else.
 *
 * Only that benchmark's own build (scripts/bench/wxt.steps.config.ts) defines
 * __AL_STEP_MARKS__ as true. The extension's builds define it false (wxt.config.ts), so
 * `markStep` is empty there and the minifier drops its body: no page can read these times
 * (they would tell it the extension is installed). Tests define nothing: `markStep` does
 * nothing there either.
 */
declare const __AL_STEP_MARKS__: boolean | undefined;

/** The steps, in the order the first pass takes them (the benchmark prints them so). */
export const START_STEPS = [
  'main', // the content script's main() begins (its module has been compiled and run)
  'settings requested', // the storage read of the settings is on its way
  'matcher ready', // the matcher is built and has run once (prepareMatcher)
  'settings read', // storage answered
  'annotator started', // the first pass is queued, the page observed
  'first slice', // the first slice of the first pass begins
  'first slice read', // it has read and matched what it will write
  'first slice written', // what it found is on the page (if it found nothing: the slice is over)
] as const;
export type StartStep = (typeof START_STEPS)[number];

/** Where the steps' times (the page's `performance.now()`, ms) are left for the benchmark: an attribute of the root element. */
export const START_STEPS_ATTRIBUTE = 'data-attribution-lens-steps';

const seen: Partial<Record<StartStep, number>> = {};

/** Records the first time `step` happens (later passes take the same steps again: not recorded). */
export function markStep(step: StartStep): void {
  if (typeof __AL_STEP_MARKS__ === 'undefined' || !__AL_STEP_MARKS__) return;
  if (step in seen) return;
  seen[step] = performance.now();
  // Written once the first highlights are on the page, so that writing it is not in the way.
  if (step === 'first slice written') document.documentElement.setAttribute(START_STEPS_ATTRIBUTE, JSON.stringify(seen));
}
