/**
 * Collects a page's readable text as blocks: runs of text nodes that a reader sees
 * as one piece of text (a paragraph, a list item, a cell). A name split across
 * inline elements (`APT<b>40</b>`) stays in one block; text in different blocks is
 * never joined. Skips what must never be highlighted: scripts, styles, form
 * controls, editable regions, our own highlights and UI.
 */

/** Elements whose content is never highlighted (their subtree is skipped). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'button',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'svg', 'math', 'head', 'title', 'audio', 'video', 'datalist',
]);

/** Elements that start a new block of text; everything else is inline. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'label', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img',
]);

/** The attribute on our highlights (the public contract) and on our own UI hosts. */
export const MARK_ATTRIBUTE = 'data-attribution-lens';
export const UI_HOST_ATTRIBUTE = 'data-attribution-lens-ui';

export interface TextBlock {
  nodes: Text[];
  text: string;
  /** With `withHighlights`: the stretches of `text` inside our highlights, as [start, end). */
  highlighted?: [number, number][];
}

/**
 * An editable region, by its attribute (its whole subtree is skipped, so descendants need
 * no check). Not `isContentEditable`: reading it makes the browser recompute styles.
 */
function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** True when the element's subtree must not be scanned (our highlights too, unless `withHighlights`). */
export function isSkipped(el: Element, withHighlights = false, name = el.localName): boolean {
  return (
    SKIPPED.has(name) ||
    (!withHighlights && el.hasAttribute(MARK_ATTRIBUTE)) ||
    el.hasAttribute(UI_HOST_ATTRIBUTE) ||
    isEditable(el)
  );
}

/**
 * True when `node` lies in content we never touch (an editable region, a form control…),
 * or, unless `ownHighlightsToo` is false, inside one of our own highlights.
 */
export function isInsideSkipped(node: Node, ownHighlightsToo = true): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el, !ownHighlightsToo)) return true;
  }
  return node.ownerDocument?.designMode === 'on';
}

/**
 * isInsideSkipped for many nodes at once (one batch of page changes): each element's
 * answer is kept, so nodes that share ancestors walk up past them once.
 */
export function insideSkippedTest(ownHighlightsToo = true): (node: Node) => boolean {
  const known = new Map<Element, boolean>();
  return (node) => {
    if (node.ownerDocument?.designMode === 'on') return true;
    const unknown: Element[] = [];
    let answer = false;
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      const seen = known.get(el);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      unknown.push(el);
      if (isSkipped(el, !ownHighlightsToo)) {
        answer = true;
        break;
      }
    }
    // Each element walked: skipped if it or an element above it is (the answer, for all of them,
    // since the walk stopped at the first skipped one or the first known one).
    for (const el of unknown) known.set(el, answer);
    return answer;
  };
}

/** A pause point while walking: lets a caller check its time budget. */
export const CHECKPOINT = null;

/** Yield a checkpoint every this many nodes, so a caller can stop on a time budget. */
const NODES_PER_CHECKPOINT = 512;

export interface WalkOptions {
  /** Told about every open shadow root on the way (its text is a separate tree to scan). */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** Start at this element (inclusive) instead of at the root. */
  from?: Element;
  /** Stop before this element. */
  until?: Element;
  /** Read the text inside our own highlights too (to read the page as its reader sees it). */
  withHighlights?: boolean;
}

/**
 * Splits the text under `root` into blocks, in document order, yielding each block
 * when it is complete and a CHECKPOINT every few hundred nodes.
 */
export function* walkTextBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock | typeof CHECKPOINT> {
  const doc = root.ownerDocument ?? (root as Document);
  const { onShadowRoot, from, until, withHighlights = false } = options;
  // A document in design mode is all editable: nothing to read.
  if (doc.designMode === 'on') return;
  // The walker never visits its root: a root that hosts a shadow tree reports it here.
  if (root.nodeType === 1 && (root as Element).shadowRoot && onShadowRoot) onShadowRoot((root as Element).shadowRoot as ShadowRoot);
  let current: TextBlock | null = null;
  const take = (): TextBlock | null => {
    const done: TextBlock | null = current && /\S/.test(current.text) ? current : null;
    current = null;
    return done;
  };
  // No filter callback: calling into JavaScript for every node of a big page was the
  // walk's main cost. Skipped subtrees are stepped over by hand instead.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const afterSubtree = (): Node | null => {
    for (;;) {
      const next = walker.nextSibling();
      if (next) return next;
      if (!walker.parentNode()) return null;
    }
  };
  let lastBlockOwner: Element | null | undefined;
  // Text nodes share parents; remember each parent's block (and whether it is one of our
  // highlights) so deep trees stay linear and each parent is asked once.
  const parents = new Map<Element | null, { owner: Element | null; highlight: boolean }>();
  let seen = 0;
  let node: Node | null;
  if (from) {
    walker.currentNode = from;
    node = from;
  } else node = walker.nextNode();
  while (node) {
    if (node === until) break;
    if (++seen % NODES_PER_CHECKPOINT === 0) yield CHECKPOINT;
    // Only elements and text are shown; each DOM property is read once (a call into the browser).
    if (node.nodeType === 1) {
      const el = node as Element;
      const name = el.localName;
      if (onShadowRoot && el.shadowRoot) onShadowRoot(el.shadowRoot);
      // Entering a block element (or a <br>) ends the current run of text, and so does content
      // we skip: "APT<div contenteditable>…</div>31" names nothing, and a name is never
      // highlighted around a script or a style either.
      const skip = isSkipped(el, withHighlights, name);
      if (skip || BLOCK.has(name)) {
        const done = take();
        if (done) yield done;
      }
      node = skip ? afterSubtree() : walker.nextNode();
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    let info = parents.get(parent);
    if (!info) parents.set(parent, (info = { owner: nearestBlock(parent), highlight: withHighlights && !!parent?.hasAttribute(MARK_ATTRIBUTE) }));
    if (info.owner !== lastBlockOwner) {
      const done = take();
      if (done) yield done;
    }
    lastBlockOwner = info.owner;
    if (!current) current = { nodes: [], text: '' };
    const block = current as TextBlock;
    const data = text.data;
    if (info.highlight) (block.highlighted ??= []).push([block.text.length, block.text.length + data.length]);
    block.nodes.push(text);
    block.text += data;
    node = walker.nextNode();
  }
  const done = take();
  if (done) yield done;
}

/** All the blocks under `root` at once (see walkTextBlocks). */
export function collectTextBlocks(root: Node, options: WalkOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const item of walkTextBlocks(root, options)) if (item) blocks.push(item);
  return blocks;
}

/**
 * True when the block still holds exactly the text it was read with (the page may have
 * changed it since), or, with `upTo`, its first `upTo` characters and nothing more in
 * those nodes (the rest has been cut into highlights).
 */
export function isIntact(block: TextBlock, upTo = block.text.length): boolean {
  let text = '';
  for (const n of block.nodes) {
    if (text.length >= upTo) break;
    if (!n.isConnected) return false;
    text += n.data;
  }
  return upTo === block.text.length ? text === block.text : text === block.text.slice(0, upTo);
}

/** The nearest block element from `el` up, `el` included; null when there is none. */
function nearestBlock(el: Element | null): Element | null {
  for (; el; el = el.parentElement) {
    if (BLOCK.has(el.localName)) return el;
  }
  return null;
}

/**
 * The block that `node` is part of (itself if it is a block): new text is read with the
 * rest of its block, so a name split between old and new text is still found.
 */
export function enclosingBlock(node: Node): Node {
  return nearestBlock(node.nodeType === 1 ? (node as Element) : node.parentElement) ?? node.getRootNode();
}
