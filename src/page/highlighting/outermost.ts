/**
 * The outermost of a set of nodes: those with no ancestor in the set (within one tree, as
 * `contains` sees it: a shadow root's nodes are not inside its host). Each node's ancestors
 * are walked once, instead of asking every pair whether one contains the other: a live blog
 * adding hundreds of paragraphs between two idle moments made that a million calls.
 */
export function outermost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  const out: Node[] = [];
  for (const node of set) {
    let inside = false;
    for (let up = node.parentNode; up; up = up.parentNode) {
      if (set.has(up)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(node);
  }
  return out;
}
