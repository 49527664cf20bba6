/**
 * Collects a page's readable text as blocks: runs of text nodes that a reader sees
 * as one piece of text (a paragraph, a list item, a cell). A name split across
 * inline elements (`APT<b>40</b>`) stays in one block; text in different blocks is
 * never joined. Skips what must never be highlighted: scripts, styles, form
 * controls, editable regions, our own highlights and UI.
 */

/** Elements whose content is never highlighted (their subtree is skipped). */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'AUDIO', 'VIDEO', 'DATALIST',
]);

/** Elements that start a new block of text; everything else is inline. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'HTML', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG',
]);

/** The attribute on our highlights (the public contract) and on our own UI hosts. */
export const MARK_ATTRIBUTE = 'data-attribution-lens';
export const UI_HOST_ATTRIBUTE = 'data-attribution-lens-ui';

export interface TextBlock {
  nodes: Text[];
  text: string;
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return (el as HTMLElement).isContentEditable === true;
}

/** True when the element's subtree must not be scanned. */
export function isSkipped(el: Element): boolean {
  return (
    SKIPPED.has(el.tagName.toUpperCase()) ||
    el.hasAttribute(MARK_ATTRIBUTE) ||
    el.hasAttribute(UI_HOST_ATTRIBUTE) ||
    isEditable(el)
  );
}

/** True when `node` lies in content we never touch (an editable region, a form control…). */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return node.ownerDocument?.designMode === 'on';
}

/**
 * Splits the text under `root` into blocks, in document order, and reports every
 * open shadow root found on the way (their text is a separate tree to scan).
 */
export function collectTextBlocks(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const flush = () => {
    if (current && /\S/.test(current.text)) blocks.push(current);
    current = null;
  };
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if ((el as HTMLElement).shadowRoot && onShadowRoot) onShadowRoot((el as HTMLElement).shadowRoot as ShadowRoot);
        return isSkipped(el) ? 2 /* FILTER_REJECT */ : 1;
      }
      return 1;
    },
  });
  let lastBlockOwner: Element | null = null;
  // Text nodes share parents; remember each parent's block so deep trees stay linear.
  const ownerOf = new Map<Element | null, Element | null>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // Entering or passing a block element (or a <br>) ends the current run of text.
      if (BLOCK.has((node as Element).tagName.toUpperCase())) flush();
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    let owner = ownerOf.get(parent);
    if (owner === undefined) ownerOf.set(parent, (owner = blockOwner(text)));
    if (owner !== lastBlockOwner) flush();
    lastBlockOwner = owner;
    if (!current) current = { nodes: [], text: '' };
    (current as TextBlock).nodes.push(text);
    (current as TextBlock).text += text.data;
  }
  flush();
  return blocks;
}

function blockOwner(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK.has(el.tagName.toUpperCase())) return el;
  }
  return null;
}
