import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame } from 'puppeteer-core';

/** The attribute of the public contract: `<mark data-attribution-lens="ENTITY_ID">`. */
export const MARK_ATTRIBUTE = 'data-attribution-lens';

/** One `<mark data-attribution-lens>` element as found in the page, in document order. */
export interface CollectedMark {
  /** The attribute value, unchecked (an unknown id is scored as a false positive). */
  entity: string;
  /** The mark's textContent. */
  text: string;
  /** Identifies the nearest block-level ancestor (shadow hosts and frames included). */
  blockKey: string;
  /**
   * Text between the previous collected mark and this one, or null when there is no previous
   * mark in the same document (first mark, or a frame boundary lies between them).
   */
  gapBefore: string | null;
}

/** What the in-page walk returns for one document: marks, plus slots for frames it could not enter. */
interface WalkResult {
  /** A slot carries the iframe's `src` as resolved (its `src` property), to match frames by URL when the driver cannot tell a frame's element. */
  items: Array<CollectedMark | { slot: string; src: string }>;
}

/**
 * Runs inside the page (it is serialised, so it must not refer to anything outside itself).
 * Walks the document in tree order, entering open shadow roots (at the host's position, before
 * the host's light children) and same-origin iframes (at the iframe's position). A cross-origin
 * iframe becomes a `slot` item, and the slot id is left on the iframe element as an expando
 * property (not an attribute, so the page's DOM and any MutationObserver see nothing) for the
 * driver to find the matching frame. Marks nested inside a contract mark are not collected
 * separately: their text is already part of the outer mark.
 */
function walkDocumentForMarks(opts: { prefix: string; attribute: string; slotProperty: string }): WalkResult {
  const items: WalkResult['items'] = [];
  const blockIds = new Map<Node, string>();
  let blockCount = 0;
  let slotCount = 0;
  // Text seen since the last mark; null until a mark is seen, and again after a frame boundary.
  let gap: string | null = null;
  // Inline-level boxes do not end a block: inline, inline-block, inline-flex, …, contents, ruby.
  const inlineDisplay = /^(inline|contents|ruby)/;

  const blockKeyOf = (mark: Element): string => {
    let node: Node | null = mark.parentNode;
    while (node !== null) {
      if (node.nodeType === 11) {
        // A shadow root: continue from its host, in the host's tree.
        node = (node as ShadowRoot).host ?? null;
        continue;
      }
      if (node.nodeType !== 1) break; // the Document
      const el = node as Element;
      const view = el.ownerDocument.defaultView;
      const display = view ? view.getComputedStyle(el).display : 'block';
      if (!inlineDisplay.test(display)) break;
      node = el.parentNode;
    }
    const key = node ?? mark.ownerDocument;
    let id = blockIds.get(key);
    if (id === undefined) {
      id = `${opts.prefix}b${blockCount++}`;
      blockIds.set(key, id);
    }
    return id;
  };

  const visitChildren = (parent: Node): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) visit(child);
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      if (gap !== null) gap += (node as CharacterData).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.localName === 'mark' && el.hasAttribute(opts.attribute)) {
      items.push({
        entity: el.getAttribute(opts.attribute) ?? '',
        text: el.textContent ?? '',
        blockKey: blockKeyOf(el),
        gapBefore: gap,
      });
      gap = '';
      return;
    }
    if (el.shadowRoot) visitChildren(el.shadowRoot);
    if (el.localName === 'iframe' || el.localName === 'frame') {
      let doc: Document | null = null;
      try {
        doc = (el as HTMLIFrameElement).contentDocument;
      } catch {
        doc = null;
      }
      gap = null;
      if (doc !== null) {
        visitChildren(doc);
      } else {
        const slot = `${opts.prefix}f${slotCount++}`;
        (el as unknown as Record<string, unknown>)[opts.slotProperty] = slot;
        items.push({ slot, src: (el as HTMLIFrameElement).src });
      }
      gap = null;
      return; // an iframe's own children are fallback content, never rendered
    }
    visitChildren(el);
  };

  visitChildren(document);
  return { items };
}

const SLOT_PROPERTY = '__attributionLensFrameSlot';

/**
 * The expression that runs the walk in a frame. Bundlers used by tsx/vitest may wrap named
 * functions in a `__name(fn, "name")` helper that does not exist in the page, so the
 * serialised function gets a local no-op stand-in.
 */
function walkExpression(prefix: string): string {
  const arg = JSON.stringify({ prefix, attribute: MARK_ATTRIBUTE, slotProperty: SLOT_PROPERTY });
  return `(() => { const __name = (f) => f; return (${walkDocumentForMarks.toString()})(${arg}); })()`;
}

/** The few frame operations the collector needs; adapters below cover Playwright and Puppeteer. */
export interface FrameAccess<F> {
  evaluate(frame: F, expression: string): Promise<unknown>;
  childFrames(frame: F): F[];
  /**
   * The slot id the walk left on this frame's `<iframe>` element, if any. Rejects when the
   * driver cannot find a frame's element (puppeteer 24.43 asks Firefox for it with a BiDi
   * locator that Firefox 140 does not know): the frame is then matched by its URL.
   */
  slotOf(frame: F): Promise<string | null>;
  url(frame: F): string;
}

// Serialised into the page like the walk, so it repeats SLOT_PROPERTY's value literally.
function readSlot(el: Element): string | null {
  const value = (el as unknown as Record<string, unknown>)['__attributionLensFrameSlot'];
  return typeof value === 'string' ? value : null;
}

export const playwrightFrames: FrameAccess<PlaywrightFrame> = {
  evaluate: (frame, expression) => frame.evaluate(expression),
  childFrames: (frame) => frame.childFrames(),
  url: (frame) => frame.url(),
  async slotOf(frame) {
    const handle = await frame.frameElement();
    try {
      return await handle.evaluate(readSlot);
    } finally {
      await handle.dispose();
    }
  },
};

export const puppeteerFrames: FrameAccess<PuppeteerFrame> = {
  evaluate: (frame, expression) => frame.evaluate(expression),
  childFrames: (frame) => frame.childFrames(),
  url: (frame) => frame.url(),
  async slotOf(frame) {
    const handle = await frame.frameElement();
    if (handle === null) return null;
    try {
      return await handle.evaluate(readSlot);
    } finally {
      await handle.dispose();
    }
  },
};

function descendants<F>(access: FrameAccess<F>, frame: F): F[] {
  const out: F[] = [];
  for (const child of access.childFrames(frame)) out.push(child, ...descendants(access, child));
  return out;
}

/**
 * Collects every contract mark of the page whose top frame is `frame`, in document order:
 * same-origin iframes and open shadow roots are walked in place by the in-page walk; a
 * cross-origin iframe is collected through the driver's frame API and spliced in at the
 * position of its `<iframe>` element.
 */
export async function collectMarks<F>(access: FrameAccess<F>, frame: F, prefix = ''): Promise<CollectedMark[]> {
  const result = (await access.evaluate(frame, walkExpression(prefix))) as WalkResult;
  const out: CollectedMark[] = [];
  let bySlot: Map<string, F> | null = null;
  // Frames whose element the driver could not find, in the driver's order: matched by URL.
  let unplaced: F[] = [];
  for (const item of result.items) {
    if (!('slot' in item)) {
      out.push(item);
      continue;
    }
    if (bySlot === null) {
      bySlot = new Map();
      // The cross-origin frame may sit inside a same-origin child document, so look at all
      // descendants, not only direct children. A frame that detaches meanwhile is skipped.
      for (const child of descendants(access, frame)) {
        const slot = await access.slotOf(child).catch(() => undefined);
        if (slot === undefined) unplaced.push(child);
        else if (slot !== null) bySlot.set(slot, child);
      }
    }
    let child = bySlot.get(item.slot);
    if (child === undefined) {
      // The first frame left at this iframe's URL (same-origin frames are walked in place, so
      // only cross-origin ones can share it; two at one URL are taken in the driver's order).
      child = unplaced.find((f) => access.url(f) === item.src);
      unplaced = unplaced.filter((f) => f !== child);
    }
    if (child !== undefined) out.push(...(await collectMarks(access, child, `${item.slot}/`)));
  }
  return out;
}

export interface SettleResult {
  /** Number of marks when waiting stopped. */
  count: number;
  /** False when the count was still changing at the deadline. */
  settled: boolean;
  /** Milliseconds from `start` to the end of waiting. */
  elapsedMs: number;
}

export interface SettleOptions {
  /** The count must stay the same this long (default 1500 ms, the corpus README's rule). */
  quietMs?: number;
  /** Give up this long after `start` (default 10 000 ms). */
  maxMs?: number;
  pollMs?: number;
  /** When the clock starts (default: now); pass the load event's time. */
  start?: number;
}

/** Polls `count` until it has not changed for `quietMs`, or `maxMs` after `start` has passed. */
export async function waitForStableCount(
  count: () => Promise<number>,
  { quietMs = 1500, maxMs = 10_000, pollMs = 100, start = Date.now() }: SettleOptions = {},
): Promise<SettleResult> {
  let last = await count();
  let lastChange = Date.now();
  for (;;) {
    const now = Date.now();
    if (now - lastChange >= quietMs) return { count: last, settled: true, elapsedMs: now - start };
    if (now - start >= maxMs) return { count: last, settled: false, elapsedMs: now - start };
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(1, quietMs - (now - lastChange)))));
    const current = await count();
    if (current !== last) {
      last = current;
      lastChange = Date.now();
    }
  }
}

/** Waits for the marks of the page in `frame` to settle, then collects them. */
export async function settleAndCollect<F>(
  access: FrameAccess<F>,
  frame: F,
  options: SettleOptions = {},
): Promise<{ marks: CollectedMark[]; settle: SettleResult }> {
  const settle = await waitForStableCount(async () => (await collectMarks(access, frame)).length, options);
  return { marks: await collectMarks(access, frame), settle };
}

/** What a visit to one page yields. */
export interface PageVisit {
  marks: CollectedMark[];
  settle: SettleResult;
  /** `document.body.innerText` after settling. */
  bodyText: string;
}
