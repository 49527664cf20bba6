// @vitest-environment jsdom
/**
 * A huge block (one long text node with many names): matched a window at a time, a slice
 * each, then cut into highlights off the page and put in at once; the result is the same
 * whether it is done in slices or at once, and a page that edits the text meanwhile keeps its text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { ENTITY_IDS } from '../../src/data/entity-ids';
import { createHighlighter } from '../../src/page/highlighting/highlighter';

const matcher = createMatcher(dataset);
const make = () => createHighlighter(matcher, { entities: new Set(ENTITY_IDS), maxMarks: 1000 });
const FILLER = 'filler text about nothing in particular, repeated to fill the page. '.repeat(60);
const NAMES = ['APT40', 'APT31', 'ProxyLogon', 'Ministry of State Security'];
const COUNT = 80;

/** One text node of about 330 KB with COUNT names in it; returns the node and its text. */
function longParagraph(): { p: HTMLElement; node: Text; text: string } {
  const parts: string[] = [];
  for (let i = 0; i < COUNT; i++) parts.push(FILLER, ` ${NAMES[i % NAMES.length]} `);
  const text = parts.join('');
  const p = document.createElement('p');
  const node = document.createTextNode(text);
  p.append(node);
  document.body.replaceChildren(p);
  return { p, node, text };
}

const marks = () => [...document.querySelectorAll('mark[data-attribution-lens]')];

/** Runs `each` after every task until `until` resolves: what the page sees between slices. */
async function watchBetweenSlices(until: Promise<unknown>, each: () => void): Promise<void> {
  let finished = false;
  void until.then(() => (finished = true));
  while (!finished) {
    each();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

beforeEach(() => {
  document.body.replaceChildren();
  // The slices end by the clock: on a real clock how much fits in one depends on how busy the
  // machine is (these tests failed now and then under load). This clock moves 0.5 ms at each
  // reading, so every slice holds the same steps on any machine.
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.5));
});
afterEach(() => vi.restoreAllMocks());

describe('a huge block', () => {
  it('a long text node is read over several slices, then cut up off the page and put in at once', async () => {
    const { p, node, text } = longParagraph();
    const h = make();
    const seen: string[] = [];
    const done = h.highlightInSlices([document.body], { signal: new AbortController().signal, budgetMs: 2, firstBudgetMs: 2 });
    await watchBetweenSlices(done, () => seen.push(`${marks().length}:${p.textContent === text}`));
    await done;
    // Read over several slices; between slices the page saw its text whole, and no highlight,
    // then all of them (written in the slice that had time, which may come before the pass ends):
    // never a half-cut node.
    const reading = seen.filter((s) => s === '0:true').length;
    expect(reading).toBeGreaterThan(2);
    expect(seen).toEqual([...Array<string>(reading).fill('0:true'), ...Array<string>(seen.length - reading).fill(`${COUNT}:true`)]);
    expect(marks().map((m) => m.textContent)).toEqual(Array.from({ length: COUNT }, (_, i) => NAMES[i % NAMES.length]));
    expect(p.textContent).toBe(text);
    expect(p.firstChild).toBe(node);
    h.clear();
    expect([...p.childNodes]).toEqual([node]);
    expect(node.data).toBe(text);
  });

  it('the page changing a long node while it is being read: nothing is cut from it, the page keeps its text', async () => {
    const { p, node } = longParagraph();
    const h = make();
    let calls = 0;
    let expected = '';
    const done = h.highlightInSlices([document.body], { signal: new AbortController().signal, budgetMs: 2, firstBudgetMs: 2 });
    await watchBetweenSlices(done, () => {
      if (++calls === 2) {
        node.data = `EDITED ${node.data}`;
        expected = node.data;
      }
    });
    await done;
    expect(expected).not.toBe('');
    expect(marks()).toEqual([]);
    expect(h.mentions()).toEqual([]);
    expect([...p.childNodes]).toEqual([node]);
    expect(node.data).toBe(expected);
  });

  it('gives the same highlights in slices as at once', async () => {
    longParagraph();
    const once = make().highlight([document.body]).map((m) => [m.entity, m.start, m.text]);
    const { text } = longParagraph();
    const sliced = await make().highlightInSlices([document.body], { signal: new AbortController().signal, budgetMs: 1, firstBudgetMs: 1 });
    expect(sliced.map((m) => [m.entity, m.start, m.text])).toEqual(once);
    expect(document.body.textContent).toBe(text);
  });

  it('after the first slice, names are written when the pass ends, not slice by slice', async () => {
    // 400 paragraphs with a name each, read over many slices: fewer than the backlog that
    // would make a slice write early.
    for (let i = 0; i < 400; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: `${FILLER.slice(0, 2000)} APT40 ${i}` }));
    const h = make();
    const seen: number[] = [];
    const done = h.highlightInSlices([document.body], { signal: new AbortController().signal, budgetMs: 2, firstBudgetMs: 2 });
    await watchBetweenSlices(done, () => seen.push(marks().length));
    await done;
    expect(marks()).toHaveLength(400);
    // Many slices, but the page saw only the first slice's names while the pass read on; then
    // the rest, in the few slices that write them (written as they were read, the count would
    // have grown after nearly every slice from the second on).
    const reading = seen.findIndex((n) => n !== seen[0]);
    expect(reading).toBeGreaterThan(5);
    const writing = seen.slice(reading);
    expect(writing.length).toBeLessThan(reading);
    expect(writing.every((n, i) => i === 0 || n >= (writing[i - 1] as number))).toBe(true);
  });

  it('a clock that jumps past the budget at every reading still gets the pass done, a step a slice', async () => {
    // As under Firefox's fingerprinting protection, which rounds performance.now() coarsely.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    for (let i = 0; i < 30; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: `APT31 report ${i}` }));
    const h = make();
    let slices = 0;
    const done = h.highlightInSlices([document.body], { signal: new AbortController().signal, budgetMs: 2, firstBudgetMs: 2 });
    await watchBetweenSlices(done, () => slices++);
    await done;
    expect(marks()).toHaveLength(30);
    expect(slices).toBeGreaterThanOrEqual(30); // a block read a slice
  });

  it('keeps to the per-page cap across slices', async () => {
    const paragraph = `${'APT40 and some words between. '.repeat(40)}`;
    for (let i = 0; i < 10; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
    const h = createHighlighter(matcher, { entities: new Set(ENTITY_IDS), maxMarks: 100 });
    await h.highlightInSlices([document.body], { signal: new AbortController().signal, budgetMs: 1, firstBudgetMs: 1 });
    expect(marks()).toHaveLength(100);
    expect(h.mentions()).toHaveLength(100);
    expect(h.skipped()).toBe(300);
  });
});
