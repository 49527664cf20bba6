// @vitest-environment jsdom
/**
 * The batch helpers of the change observer and the highlighter: the outermost of many
 * nodes, and "inside skipped content" asked of many nodes at once, each against its
 * one-node definition (`contains`, isInsideSkipped).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { outermost } from '../../src/page/highlighting/outermost';
import { insideSkippedTest, isInsideSkipped } from '../../src/page/highlighting/text-blocks';

function setBody(html: string) {
  // Test fixtures only: product code never parses HTML strings.
  document.body.innerHTML = html;
}

/** Every node under body (elements and text), in document order. */
function allNodes(): Node[] {
  const out: Node[] = [];
  const walker = document.createTreeWalker(document.body, 0x1 | 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

beforeEach(() => {
  document.designMode = 'off';
  document.body.replaceChildren();
});

describe('outermost', () => {
  it('keeps the nodes no other one contains, once each, in their first order', () => {
    setBody('<div id="a"><p id="b">x<i id="c">y</i></p></div><p id="d">z</p>');
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id) as Node);
    expect(outermost([c!, d!, b!, c!, d!])).toEqual([d, b]);
    expect(outermost([c!, a!, d!])).toEqual([a, d]);
    expect(outermost([])).toEqual([]);
  });

  it('agrees with contains on every subset of a page, shadow roots included', () => {
    setBody('<div><p>a<b>b<i>c</i></b></p><ul><li>d</li><li>e<span>f</span></li></ul></div><section>g</section>');
    const host = document.querySelector('section') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('p'));
    (shadow.firstChild as HTMLElement).append('h');
    const nodes = [...allNodes(), shadow, shadow.firstChild as Node, (shadow.firstChild as Node).firstChild as Node];
    // Deterministic subsets: every third, every other, a sliding window, the lot.
    const subsets = [nodes, nodes.filter((_, i) => i % 2 === 0), nodes.filter((_, i) => i % 3 === 1), nodes.slice(3, 12).reverse()];
    for (const list of subsets) {
      const expected = list.filter((n, i) => list.indexOf(n) === i && !list.some((o) => o !== n && o.contains(n)));
      expect(outermost(list)).toEqual(expected);
    }
  });
});

describe('insideSkippedTest', () => {
  it('answers as isInsideSkipped for every node, in any order, with or without our highlights', () => {
    setBody(
      '<p>a<mark data-attribution-lens="apt40">APT40<b>x</b></mark></p>' +
        '<div contenteditable="true"><p>b<span>c</span></p><div contenteditable="false">d</div></div>' +
        '<form><textarea>e</textarea><label>f<button>g</button></label></form>' +
        '<div data-attribution-lens-ui><p>h</p></div><section><article><p>i<em>j</em></p></article></section>',
    );
    const nodes = allNodes();
    for (const own of [true, false]) {
      for (const order of [nodes, nodes.slice().reverse()]) {
        const test = insideSkippedTest(own);
        expect(order.map((n) => test(n))).toEqual(order.map((n) => isInsideSkipped(n, own)));
      }
    }
    // Some of each answer, so the comparison means something.
    const answers = nodes.map((n) => isInsideSkipped(n, true));
    expect(answers.filter(Boolean).length).toBeGreaterThan(5);
    expect(answers.filter((x) => !x).length).toBeGreaterThan(5);
  });

  it('sees a document in design mode as all skipped', () => {
    setBody('<p>a</p>');
    document.designMode = 'on';
    expect(insideSkippedTest(false)(document.querySelector('p') as Node)).toBe(true);
  });
});
