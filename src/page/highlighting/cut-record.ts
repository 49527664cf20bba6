/**
 * What highlighting cut from the page's text nodes, and how to put it back. Writing a name
 * splits a page text node: the node keeps its text before the first name, and after it come
 * the marks, each followed by a "remainder" (its text up to the next name). These records let
 * removal merge the text back exactly, and let repair tell a node the page moved from one it
 * rewrote. Module-wide: a node is cut by one highlighter at a time (one per document).
 */

/** The text nodes put after our marks, holding the page's text up to the next one: merged back on removal. */
const remainders = new WeakSet<Node>();
/** For a page text node we split: the marks and remainders cut from it, in order. */
const piecesOf = new WeakMap<Node, Node[]>();
/** For each mark or remainder: the page text node it was cut from. */
const originOf = new WeakMap<Node, Node>();
/** For a page text node we split: the text we left in it (still so if the page moved it rather than rewrote it). */
const leftIn = new WeakMap<Node, string>();

/** Records that `pieces` (marks and remainders, in order) were just put after `node`, which kept `head`. */
export function recordCut(node: Text, head: string, pieces: readonly Node[]): void {
  // Cut from the page's text node, or from one of its own remainders: either way they belong
  // to the page's node, right after the piece they were cut from.
  const origin = originOf.get(node) ?? node;
  const list = piecesOf.get(origin) ?? [];
  list.splice(node === origin ? 0 : list.indexOf(node) + 1, 0, ...pieces);
  piecesOf.set(origin, list);
  for (const piece of pieces) {
    originOf.set(piece, origin);
    if (piece.nodeType === 3) remainders.add(piece);
  }
  if (node === origin) leftIn.set(origin, head);
}

/** The pieces cut from a page text node, in order (undefined: we never split it, or put it back whole). */
export const piecesCutFrom = (node: Node): readonly Node[] | undefined => piecesOf.get(node);

/** Forgets a page text node's pieces (they are being removed). */
export const forgetPieces = (node: Node): void => void piecesOf.delete(node);

/** The page text node a mark or remainder was cut from. */
export const originOfPiece = (piece: Node): Node | undefined => originOf.get(piece);

/** True when the page changed the text we left in a node we split (rather than moving the node). */
export const rewrittenSinceCut = (origin: Node): boolean => origin.nodeType === 3 && (origin as Text).data !== leftIn.get(origin);

/** A page text node we split, no longer followed by the first piece we cut from it. */
export function withoutItsPieces(node: Node): boolean {
  const pieces = piecesOf.get(node);
  return !!pieces?.length && node.nextSibling !== pieces[0];
}

/** Unwraps every mark of a mention, merging its text back where it was cut from. */
export function unwrapAll(marks: readonly HTMLElement[]): void {
  for (const el of marks) unwrap(el);
}

/** Replaces one of our marks by its text, merging it back into the text node it was cut from. */
export function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.textContent ?? '';
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  let merged: Node[] = [mark];
  const origin = originOf.get(mark);
  const takeNext = !!next && next.nodeType === 3 && remainders.has(next);
  if (origin && prev === origin && rewrittenSinceCut(origin)) {
    // The page rewrote its node since we cut this from it: the piece is stale, not its text.
    if (takeNext) parent.removeChild(next);
    parent.removeChild(mark);
    merged = takeNext ? [mark, next] : [mark];
  } else if (prev && prev.nodeType === 3) {
    (prev as Text).appendData(text + (takeNext ? (next as Text).data : ''));
    if (takeNext) {
      parent.removeChild(next);
      merged = [mark, next];
    }
    parent.removeChild(mark);
  } else {
    parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
  }
  // Keep the record of what was cut from the page's text node true: these pieces are back in
  // it (other highlights cut from it may remain), and it now holds more of its own text.
  const pieces = origin && piecesOf.get(origin);
  if (!origin || !pieces) return;
  const rest = pieces.filter((p) => !merged.includes(p));
  if (rest.length) piecesOf.set(origin, rest);
  else piecesOf.delete(origin);
  if (prev === origin) leftIn.set(origin, (origin as Text).data);
}
