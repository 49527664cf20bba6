/**
 * A sub-frame's first stage. Every frame of every page runs the content script, and most
 * sub-frames (advertising, embedded players, widgets) never name any of our entities: setting
 * up the annotator in each (the match table, mark.js, the highlighter, the observers, the
 * reports, the settings read and a first pass) is work for nothing. So in a sub-frame the content
 * script first reads the text with this scout, and starts the annotator only once some block
 * of text holds a candidate, reading again as the frame changes until then.
 *
 * "A candidate" is a match of the matcher's own combined expression in a block's folded text,
 * the blocks cut exactly as the annotator cuts them (walkTextBlocks, open shadow roots too):
 * the matcher finds its mentions among those matches only, so a frame the scout passes over has
 * nothing the annotator would highlight. It may start the annotator where the matcher then
 * rejects every match (a letter case, a context rule, an entity switched off): that costs time,
 * never a highlight.
 *
 * Not in the top frame, where the first highlight in view must come within 50 ms: there the
 * annotator starts at once (entrypoints/content.ts).
 */
import { foldTextTransient } from '../../core/fold-text';
import { CHECKPOINT, walkTextBlocks } from '../highlighting/text-blocks';

/**
 * A frame with more text than this gets the annotator without more reading: the annotator
 * follows a changing page by what changed, while the scout reads all of it again after each
 * batch of changes.
 */
export const SCOUT_MAX_CHARS = 200_000;

/** Page changes are gathered this long before the text is read again. */
export const SCOUT_DELAY_MS = 250;

/** What reading a frame's text found: a candidate, too much text to keep reading, or nothing. */
export type ScoutFinding = 'candidate' | 'large' | 'none';

/**
 * Reads the text under `root` and in the open shadow roots inside it, block by block, until a
 * block holds a match of `pattern` (a global or sticky expression is reset first). Each shadow
 * root met is told to `onShadowRoot` (to watch it too).
 */
export function scoutText(root: Node, pattern: RegExp, onShadowRoot: (root: ShadowRoot) => void = () => undefined): ScoutFinding {
  const roots: Node[] = [root];
  const met = (shadow: ShadowRoot) => {
    roots.push(shadow);
    onShadowRoot(shadow);
  };
  let chars = 0;
  for (let i = 0; i < roots.length; i++) {
    for (const block of walkTextBlocks(roots[i] as Node, { onShadowRoot: met })) {
      if (block === CHECKPOINT) continue;
      chars += block.text.length;
      if (chars > SCOUT_MAX_CHARS) return 'large';
      pattern.lastIndex = 0;
      if (pattern.test(foldTextTransient(block.text).text)) return 'candidate';
    }
  }
  return 'none';
}

export interface FrameScoutOptions<S> {
  doc: Document;
  /** Aborted when the content script's context is gone: everything stops. */
  signal: AbortSignal;
  /** The matcher's combined expression. */
  pattern: RegExp;
  /** The settings, read once. */
  readSettings(): Promise<S>;
  /** Calls back when the settings change; returns the function that stops watching. */
  watchSettings(onChange: (settings: S) => void): () => void;
  /** Whether highlighting is on for this frame's site under `settings`. */
  isActive(settings: S): boolean;
  /** Starts the annotator in this frame, with the newest settings (it need not read them again). */
  annotate(settings: S): Promise<unknown>;
  /** How long page changes are gathered before the text is read again (SCOUT_DELAY_MS). */
  delayMs?: number;
}

/**
 * Scouts one sub-frame: reads its text when the settings allow, again after each batch of
 * changes (its own and its open shadow roots'), and starts the annotator once, at the first
 * candidate (or when the text outgrows SCOUT_MAX_CHARS). Then it stops: the annotator takes
 * over. It never changes the page. Resolves when the first reading is done.
 */
export async function runFrameScout<S>(options: FrameScoutOptions<S>): Promise<void> {
  const { doc, signal, pattern, delayMs = SCOUT_DELAY_MS } = options;
  /** The newest settings; undefined until they are read or change. */
  let settings: S | undefined;
  const active = () => settings !== undefined && options.isActive(settings);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watched = new WeakSet<Node>();
  const observer = new MutationObserver(() => schedule());
  const watch = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
  };
  // The page is watched only while highlighting is on for its site: a frame switched off
  // (a busy ad, say) must not cost a callback per batch of its changes. Switched on again, the
  // frame is read in full, which finds its shadow roots again.
  const unwatch = () => {
    observer.disconnect();
    watched = new WeakSet<Node>();
    clearTimeout(timer);
    timer = undefined;
  };
  let stopWatchingSettings: () => void = () => undefined;
  const stop = () => {
    stopped = true;
    unwatch();
    stopWatchingSettings();
  };

  function read(): void {
    timer = undefined;
    if (stopped || settings === undefined || !options.isActive(settings)) return;
    watch(doc);
    if (scoutText(doc, pattern, watch) === 'none') return;
    // Once only: a second annotator in the frame would highlight, report and listen twice.
    stop();
    options.annotate(settings).catch((error: unknown) => console.warn('[Attribution Lens] could not start in this frame.', error));
  }

  function schedule(): void {
    if (!stopped && active() && timer === undefined) timer = setTimeout(read, delayMs);
  }

  if (signal.aborted) return;
  signal.addEventListener('abort', stop, { once: true });
  stopWatchingSettings = options.watchSettings((next) => {
    const was = active();
    settings = next;
    if (active() && !was) schedule();
    else if (!active() && was) unwatch();
  });
  const initially = await options.readSettings();
  if (stopped) return;
  // A change that arrived while the settings were being read is newer than what the read returns.
  settings ??= initially;
  read();
}
