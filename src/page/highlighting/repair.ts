/**
 * Repair: what the annotator calls when the page changes what we highlighted (a framework
 * re-rendering its own text node, moving nodes around, making content editable, taking part
 * of a name away). Each hook keeps the page's text as the page meant it and our records true.
 */
import {
  forgetPieces,
  originOfPiece,
  piecesCutFrom,
  rewrittenSinceCut,
  unwrap,
  withoutItsPieces,
} from './cut-record';
import type { HighlightedMention, HighlightRegistry, Mutate } from './highlight-registry';
import { enclosingBlock, insideSkippedTest, MARK_ATTRIBUTE } from './text-blocks';

export interface HighlightRepair {
  /**
   * The page changed or removed a text node that we had split (a framework re-rendering its
   * own text node): removes the pieces we cut from it, which no longer match its text, and
   * forgets their mentions. True if it had any.
   */
  forgetSplit(node: Node, rewritten?: boolean): boolean;
  /** Removes our highlights inside `root`, restoring its text: it became editable or excluded. */
  removeWithin(root: Node): void;
  /**
   * Checks the highlights inside `roots`, which the page has just put (back) into the
   * document: a page text node we split and that the page rewrote while it was out of the
   * document loses the stale pieces we cut from it, and one that comes back without them
   * gets their text back. With `returning` false (the page has taken nothing out of the
   * document, so nothing of ours can be coming back) only text put inside a highlighted
   * name is looked for.
   */
  revalidate(roots: readonly Node[], returning?: boolean): void;
  /**
   * Removes the highlights of every name the page has cut in two, part of it taken out of the
   * document with the element that held it: what is left in the page is not the name.
   */
  dropBroken(): void;
  /**
   * The page inserted `node` between a text node of its own and the pieces we cut from it (a
   * framework placing a new node before "the next sibling" of its text node, which is now our
   * mark): moves it after those pieces, where the page meant it. True if it moved it.
   */
  repairInsertion(node: Node): boolean;
}

const isOurMark = (n: Node) => n.nodeType === 1 && (n as Element).localName === 'mark' && (n as Element).hasAttribute(MARK_ATTRIBUTE);

export function createRepair(registry: HighlightRegistry, mutate: Mutate, doc: Document): HighlightRepair {
  /** The mention whose marks lie on both sides of `node`, if any (a mention's marks are consecutive). */
  function straddledBy(node: Node): HighlightedMention | undefined {
    if (!node.parentNode) return undefined;
    // A mention never spans blocks: a block element never splits one, and no mark of it lies
    // outside the block the node was put in.
    if (node.nodeType === 1 && enclosingBlock(node) === node) return undefined;
    const block = enclosingBlock(node.parentNode);
    const walker = doc.createTreeWalker(block, 0x1 /* SHOW_ELEMENT */, {
      acceptNode: (n) => (isOurMark(n) ? 1 /* FILTER_ACCEPT */ : 3 /* FILTER_SKIP */),
    });
    walker.currentNode = node;
    const before = walker.previousNode();
    let last: Node = node;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
    const after = walker.nextNode();
    const m = before && after ? registry.mentionOf(before as Element) : undefined;
    return m && m === registry.mentionOf(after as Element) ? m : undefined;
  }

  function forgetSplit(node: Node, rewritten?: boolean): boolean {
    const pieces = piecesCutFrom(node);
    if (!pieces) return false;
    forgetPieces(node);
    const gone = new Set<HighlightedMention>();
    // Moved (wrapped, unwrapped, re-appended), not rewritten: the text we cut off goes back in, not away.
    // A node the observer saw rewritten was; one it did not see may still have been rewritten
    // while out of the document (unobserved there): its text no longer being what we left in it tells.
    const moved = !rewritten && node.nodeType === 3 && !rewrittenSinceCut(node);
    mutate(() => {
      if (moved) (node as Text).appendData(pieces.map((p) => p.textContent ?? '').join(''));
      for (const piece of pieces) {
        const m = piece.nodeType === 1 ? registry.mentionOf(piece as Element) : undefined;
        if (m) gone.add(m);
        piece.parentNode?.removeChild(piece);
      }
      // A mention spanning several text nodes loses all its marks, not just these.
      for (const m of gone) for (const el of m.marks) if (el.isConnected) unwrap(el);
    });
    registry.forget(gone);
    return true;
  }

  return {
    forgetSplit,
    removeWithin(root) {
      registry.drop(registry.all().filter((m) => m.marks.some((el) => root.contains(el))));
    },
    repairInsertion(node) {
      // One of our own pieces, which the page moved along with the rest (unwrapping their
      // element moves each node in turn): its place among the pieces is already right.
      if (originOfPiece(node)) return false;
      const parent = node.parentNode;
      const next = node.nextSibling;
      const origin = next && originOfPiece(next);
      if (!parent || !origin) return false;
      // The node sits right after the page's own node (or one of its pieces), before more pieces.
      const prev = node.previousSibling;
      if (prev !== origin && (!prev || originOfPiece(prev) !== origin)) return false;
      const pieces = (piecesCutFrom(origin) ?? []).filter((p) => p.parentNode === parent);
      const last = pieces[pieces.length - 1];
      if (!last) return false;
      mutate(() => parent.insertBefore(node, last.nextSibling));
      return true;
    },
    dropBroken() {
      const broken = registry
        .all()
        .filter((m) => m.marks.length > 1 && m.marks.some((el) => el.isConnected) && m.marks.some((el) => !el.isConnected));
      // Its marks out of the document go too: put back, its text is read again and found whole.
      registry.drop(broken);
    },
    revalidate(roots, returning = true) {
      // Whether any highlight is out of the document now (computed once for the batch, when
      // first needed): only then can a split text node come back without its pieces.
      let someOut: boolean | undefined;
      const piecesOut = () => (someOut ??= registry.all().some((m) => m.marks.some((el) => !el.isConnected)));
      for (const root of roots) {
        // Inserted between two marks of one mention (the page put text of its own inside a name
        // we highlighted across its nodes): that name is no longer on the page in one piece.
        const straddled = straddledBy(root);
        if (straddled) registry.drop([straddled]);
        if (!returning) continue;
        // A text node of the page we split, put in without the pieces we cut from it (it was taken
        // out of a tree that had itself left the document, where no observer saw it go): it gets
        // their text back.
        if (root.nodeType === 3) {
          if (withoutItsPieces(root)) forgetSplit(root);
          continue;
        }
        if (root.nodeType !== 1 && root.nodeType !== 11) continue;
        const marks = [...(root as ParentNode).querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)];
        // Highlights in content that became editable (or excluded) while out of the document,
        // where no observer saw it change, go.
        const skipped = new Set<HighlightedMention>();
        const inSkipped = insideSkippedTest(false); // the marks share their ancestors
        for (const mark of marks) {
          const m = registry.mentionOf(mark);
          if (m && mark.parentElement && inSkipped(mark.parentElement)) skipped.add(m);
        }
        registry.drop([...skipped]);
        const origins = new Set<Node>();
        for (const mark of marks) {
          if (!mark.parentNode) continue; // unwrapped just above
          const origin = originOfPiece(mark);
          // Rewritten while out of the document, or moved away from its pieces there.
          if (origin && origin.nodeType === 3 && (rewrittenSinceCut(origin) || withoutItsPieces(origin))) origins.add(origin);
        }
        // The same inside an element: the page wrapped the text node while its tree was out of
        // the document, then put the wrapper in and left the rest (our pieces) out.
        if (piecesOut()) {
          const texts = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
          for (let t = texts.nextNode(); t; t = texts.nextNode()) if (withoutItsPieces(t)) origins.add(t);
        }
        for (const origin of origins) forgetSplit(origin);
      }
    },
  };
}
