// @vitest-environment jsdom
/**
 * Property-based fuzzing of highlighting (issue 6, part 1). fast-check builds random pages —
 * mentions in English, Arabic (right-to-left) and Chinese, names split across inline
 * elements, text inside excluded (script, style, form controls…) and editable elements —
 * and random sequences of page mutations interleaved with highlighting and clearing.
 *
 * The page is built twice from the same description: once in the document the extension
 * works on, once in a separate reference document that only the page's own mutations touch.
 * The invariants compare the two:
 *   - the page's text never changes: the document's text equals the reference's text;
 *   - no highlight inside excluded or editable content, none inside another;
 *   - every highlight belongs to a live mention whose marks spell it out, carry its entity,
 *     and whose text the matcher reads as that entity;
 *   - clearing restores the exact DOM: same serialization as the reference, and the page's
 *     own nodes (text nodes included) are the very objects in the very places;
 *   - nothing throws.
 *
 * A failure prints fast-check's seed and path; FUZZ_SEED=<seed> replays it.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMatcher, type EntityId } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { ENTITY_IDS } from '../../src/data/entity-ids';
import { startAnnotator } from '../../src/page/highlighting/annotator';
import { createHighlighter, type Highlighter } from '../../src/page/highlighting/highlighter';

const matcher = createMatcher(dataset);
const SEED = process.env.FUZZ_SEED === undefined || process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED);
const runs = (n: number) => ({ numRuns: n, ...(SEED === undefined ? {} : { seed: SEED }), ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) });

// ---------------------------------------------------------------------------------------------
// Page descriptions

/** Whole names that need no context beyond the page being about the story. */
const MENTIONS = [
  'APT40', 'APT 40', 'APT31', 'Kryptonite Panda', 'Violet Typhoon', 'Judgment Panda', 'Ministry of State Security',
  'ProxyLogon', 'CVE-2021-26855', 'Silk Typhoon', 'Leviathan', 'HAFNIUM', 'RedBravo', 'TEMP.Periscope',
  'التهديد المستمر المتقدم ٤٠', 'بالتهديد المستمر المتقدم 40', 'وزارة أمن الدولة الصينية', 'لوزارة أمن الدولة الصينية',
  'فايوليت تايفون', 'هافنيوم', '国家安全部', '海南仙盾', '武汉晓睿智', '國安部',
];
/** Words around them, some of them the cues that turn an ambiguous name into an ordinary word. */
const FILLER = [
  'the', 'report', 'said', 'hackers', 'and', 'of', 'group', 'element', 'novel', 'metal', '(', ')', '.', ',', '—',
  'قالت', 'الحكومة', 'على', 'في', 'المتحدة', '报道', '黑客', '的', '和', '。', '\n', '  ',
];
/** Pieces of names, so that a name is split across text nodes and inline elements. */
const PARTS = ['APT', '40', '31', 'Violet', ' Typhoon', 'Kryptonite', ' Panda', 'CVE-2021-', '26855', 'Ministry of', ' State Security', 'وزارة', ' أمن الدولة الصينية', '国家', '安全部', 'Proxy', 'Logon'];

/** What must never hold a highlight (checked independently of src/page/highlighting/text-blocks.ts). */
const EXCLUDED = 'script,style,noscript,template,textarea,input,select,option,button,title,[contenteditable]:not([contenteditable="false"])';
const MARKS = 'mark[data-attribution-lens]';

const INLINE = ['b', 'i', 'span', 'a', 'em', 'code', 'small', 'strong'] as const;
const BLOCK = ['p', 'div', 'section', 'blockquote', 'h2', 'li', 'td'] as const;

type Spec = { k: 'text'; s: string } | { k: 'el'; tag: string; attrs: [string, string][]; kids: Spec[] };

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MENTIONS) },
  { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 2, arbitrary: fc.constantFrom(...PARTS) },
);
const textArb = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', ' ', '', '\u00a0'))
  .map(([tokens, sep]) => tokens.join(sep));
const text = (s: string): Spec => ({ k: 'text', s });

const { node: nodeArb } = fc.letrec<{ node: Spec; text: Spec; inline: Spec; block: Spec; excluded: Spec; editable: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: tie('text') },
    { weight: 3, arbitrary: tie('inline') },
    { weight: 2, arbitrary: tie('block') },
    { weight: 1, arbitrary: tie('excluded') },
    { weight: 1, arbitrary: tie('editable') },
  ),
  text: textArb.map(text),
  inline: fc.record({
    k: fc.constant('el' as const),
    tag: fc.constantFrom(...INLINE),
    attrs: fc.constant([] as [string, string][]),
    kids: fc.array(tie('node'), { maxLength: 3 }),
  }),
  block: fc.record({
    k: fc.constant('el' as const),
    tag: fc.constantFrom(...BLOCK),
    attrs: fc.subarray<[string, string]>([['dir', 'rtl'], ['lang', 'ar'], ['contenteditable', 'false']]),
    kids: fc.array(tie('node'), { maxLength: 4 }),
  }),
  // What is never highlighted: its text stays the page's own.
  excluded: fc.oneof(
    fc.tuple(fc.constantFrom('textarea', 'script', 'noscript', 'title', 'option'), textArb).map(
      ([tag, s]): Spec => ({ k: 'el', tag, attrs: tag === 'script' ? [['type', 'text/plain']] : [], kids: [text(s)] }),
    ),
    textArb.map((s): Spec => ({ k: 'el', tag: 'style', attrs: [], kids: [text(`/* ${s.replace(/\*\//g, '')} */`)] })),
    fc.array(textArb, { minLength: 1, maxLength: 3 }).map(
      (options): Spec => ({ k: 'el', tag: 'select', attrs: [], kids: options.map((s) => ({ k: 'el', tag: 'option', attrs: [], kids: [text(s)] })) }),
    ),
    fc.array(tie('node'), { maxLength: 2 }).map((kids): Spec => ({ k: 'el', tag: 'button', attrs: [], kids })),
    fc.array(tie('node'), { maxLength: 2 }).map((kids): Spec => ({ k: 'el', tag: 'template', attrs: [], kids })),
  ),
  editable: fc.record({
    k: fc.constant('el' as const),
    tag: fc.constantFrom('div', 'p', 'span'),
    attrs: fc.constantFrom<[string, string][]>([['contenteditable', 'true']], [['contenteditable', '']], [['contenteditable', 'plaintext-only']]),
    kids: fc.array(tie('node'), { maxLength: 3 }),
  }),
}));

/** A page: a few blocks of content. */
const pageArb = fc.array(nodeArb, { minLength: 1, maxLength: 6 });

/** Builds `spec` in `doc`, recording every node the page creates, in creation order. */
function build(spec: Spec, doc: Document, created: Node[]): Node {
  if (spec.k === 'text') {
    const t = doc.createTextNode(spec.s);
    created.push(t);
    return t;
  }
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  created.push(el);
  for (const kid of spec.kids) el.appendChild(build(kid, doc, created));
  return el;
}

/**
 * The same page twice: `real` in the document the extension works on, `ref` in a reference
 * document only the page touches. `nodes.real[i]` and `nodes.ref[i]` are the same page node.
 */
interface Twin {
  real: HTMLElement;
  ref: HTMLElement;
  nodes: { real: Node[]; ref: Node[] };
}

const refDoc = document.implementation.createHTMLDocument('reference');

function makeTwin(specs: Spec[]): Twin {
  const real = document.createElement('div');
  const ref = refDoc.createElement('div');
  const nodes = { real: [real as Node], ref: [ref as Node] };
  for (const spec of specs) {
    real.appendChild(build(spec, document, nodes.real));
    ref.appendChild(build(spec, refDoc, nodes.ref));
  }
  document.body.replaceChildren(real);
  refDoc.body.replaceChildren(ref);
  return { real, ref, nodes };
}

// ---------------------------------------------------------------------------------------------
// Page mutations, applied by the page to its own nodes in both documents

type Mutation =
  | { op: 'append'; at: number; spec: Spec }
  | { op: 'insertBefore'; at: number; spec: Spec }
  | { op: 'remove'; at: number }
  | { op: 'setData'; at: number; s: string }
  | { op: 'wrap'; at: number; tag: string }
  | { op: 'unwrap'; at: number }
  | { op: 'editable'; at: number }
  | { op: 'move'; at: number; to: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('append' as const), at: fc.nat(), spec: nodeArb }),
  fc.record({ op: fc.constant('insertBefore' as const), at: fc.nat(), spec: nodeArb }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('setData' as const), at: fc.nat(), s: textArb }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat(), tag: fc.constantFrom(...INLINE) }),
  fc.record({ op: fc.constant('unwrap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('editable' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

/** Indexes of page nodes for which `ok(refNode)` holds (structure is the same in both documents). */
function pick(twin: Twin, at: number, ok: (n: Node, index: number) => boolean): number | null {
  const indexes = twin.nodes.ref.map((n, i) => (ok(n, i) ? i : -1)).filter((i) => i >= 0);
  return indexes.length ? indexes[at % indexes.length]! : null;
}
const isElement = (n: Node): n is Element => n.nodeType === 1;
/**
 * Page behaviour the extension did not handle at first. While a flag is false the fuzzer avoids
 * that behaviour (give a known defect its own `it.fails` test at the end of this file); once
 * fixed, the test becomes a plain one and the flag true. All are fixed now, and fuzzed.
 */
const KNOWN_DEFECTS_FIXED = {
  /** Content that becomes editable or excluded after it was highlighted (contenteditable set on it, moved into a form control or an editor). */
  highlightsBecomeSkipped: true,
  /** The page edits nodes while they are out of the document (then puts them back). */
  editsWhileDetached: true,
  /** The page takes highlighted content out of the document and later puts it back. */
  highlightsPutBack: true,
};
const hasMarks = (n: Node) => isElement(n) && (n.matches(MARKS) || n.querySelector(MARKS) !== null);
const notRoot = (twin: Twin) => (n: Node) => n !== twin.ref;

/** Applies one mutation the way page code does: through its own node references, in both documents. */
function mutate(twin: Twin, m: Mutation): void {
  const both = (i: number) => [twin.nodes.real[i]!, twin.nodes.ref[i]!] as const;
  /** A node the page may edit (or take out of its parent) now. */
  const editable = (i: number) => KNOWN_DEFECTS_FIXED.editsWhileDetached || twin.nodes.real[i]!.isConnected;
  const attached = (n: Node, i: number) => notRoot(twin)(n) && n.parentNode !== null && editable(i);
  switch (m.op) {
    case 'append': {
      const i = pick(twin, m.at, isElement);
      if (i === null) return;
      const [a, b] = both(i);
      a.appendChild(build(m.spec, document, twin.nodes.real));
      b.appendChild(build(m.spec, refDoc, twin.nodes.ref));
      return;
    }
    case 'insertBefore': {
      const i = pick(twin, m.at, (n) => notRoot(twin)(n) && n.parentNode !== null);
      if (i === null) return;
      const [a, b] = both(i);
      a.parentNode!.insertBefore(build(m.spec, document, twin.nodes.real), a);
      b.parentNode!.insertBefore(build(m.spec, refDoc, twin.nodes.ref), b);
      return;
    }
    case 'remove': {
      const i = pick(twin, m.at, attached);
      if (i === null) return;
      for (const n of both(i)) n.parentNode!.removeChild(n);
      return;
    }
    case 'setData': {
      // A framework re-rendering its own text node sets its whole text.
      const i = pick(twin, m.at, (n, k) => n.nodeType === 3 && editable(k));
      if (i === null) return;
      for (const n of both(i)) (n as Text).data = m.s;
      return;
    }
    case 'wrap': {
      // A text node or an element goes into a new inline element in its place.
      const i = pick(twin, m.at, attached);
      if (i === null) return;
      const [a, b] = both(i);
      for (const [n, doc, list] of [[a, document, twin.nodes.real], [b, refDoc, twin.nodes.ref]] as const) {
        const wrapper = doc.createElement(m.tag);
        list.push(wrapper);
        n.parentNode!.replaceChild(wrapper, n);
        wrapper.appendChild(n);
      }
      return;
    }
    case 'unwrap': {
      // Generic DOM code: moves whatever the element holds out of it, then drops it.
      const i = pick(twin, m.at, (n, k) => isElement(n) && attached(n, k));
      if (i === null) return;
      for (const el of both(i)) {
        const parent = el.parentNode!;
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        parent.removeChild(el);
      }
      return;
    }
    case 'editable': {
      const i = pick(
        twin,
        m.at,
        (n, k) => isElement(n) && notRoot(twin)(n) && (KNOWN_DEFECTS_FIXED.highlightsBecomeSkipped || !hasMarks(twin.nodes.real[k]!)),
      );
      if (i === null) return;
      for (const el of both(i)) (el as Element).setAttribute('contenteditable', 'true');
      return;
    }
    case 'move': {
      // A node (in the document, or taken out of it earlier) goes to the end of an element outside it.
      const putBack = (k: number) => KNOWN_DEFECTS_FIXED.highlightsPutBack || !hasMarks(twin.nodes.real[k]!);
      const i = pick(twin, m.at, (n, k) => notRoot(twin)(n) && (n.parentNode === null ? putBack(k) : editable(k)));
      if (i === null) return;
      const x = twin.nodes.ref[i]!;
      const intoSkipped = (target: Node) => isElement(target) && target.closest(EXCLUDED) !== null;
      const j = pick(
        twin,
        m.to,
        (n, k) =>
          isElement(n) &&
          !x.contains(n) &&
          editable(k) &&
          (KNOWN_DEFECTS_FIXED.highlightsBecomeSkipped || !hasMarks(twin.nodes.real[i]!) || !intoSkipped(twin.nodes.real[k]!)),
      );
      if (j === null) return;
      const [a, b] = both(i);
      const [ta, tb] = both(j);
      ta.appendChild(a);
      tb.appendChild(b);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Invariants


const serialize = (el: Element) => el.innerHTML;

/** The page's text is exactly what its own mutations made it. */
function expectSameText(twin: Twin): void {
  if (twin.real.textContent !== twin.ref.textContent) console.log('REAL', twin.real.innerHTML, '\nREF ', twin.ref.innerHTML);
  expect(twin.real.textContent).toBe(twin.ref.textContent);
}

/** Every highlight sits in readable content and belongs to a live mention that is a real match. */
function expectValidMarks(twin: Twin, h: Highlighter): void {
  const marks = [...twin.real.querySelectorAll<HTMLElement>(MARKS)];
  for (const mark of marks) {
    const inside = mark.parentElement?.closest(`${EXCLUDED},${MARKS}`);
    expect(inside ?? null, `mark "${mark.textContent}" inside <${inside?.tagName.toLowerCase()}>`).toBeNull();
    expect(ENTITY_IDS).toContain(mark.getAttribute('data-attribution-lens'));
    expect(h.mentionOf(mark), `mark "${mark.textContent}" belongs to no mention`).toBeDefined();
  }
  const live = h.mentions();
  for (const mark of marks) expect(live).toContain(h.mentionOf(mark));
  for (const m of live) {
    const shown = m.marks.filter((el) => el.isConnected);
    // Its marks hold its text, but for a part that is only blank text (between two inline
    // elements), which stays text: mark.js marks no blank range. Seed 790911624.
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    expect(squash(shown.map((el) => el.textContent).join('')), `mention ${m.id} (${m.entity})`).toBe(squash(m.text));
    // …and the page shows it in one piece: nothing but its marks from the first to the last.
    const span = document.createRange();
    span.setStartBefore(shown[0]!);
    span.setEndAfter(shown[shown.length - 1]!);
    expect(span.toString(), `mention ${m.id} (${m.entity}) is not contiguous on the page`).toBe(m.text);
    for (const el of shown) expect(el.getAttribute('data-attribution-lens')).toBe(m.entity);
    const reread = matcher.mentions(m.text, true);
    expect(
      reread.some((r) => r.entity === m.entity && r.start === 0 && r.end === m.text.length),
      `"${m.text}" read again as ${JSON.stringify(reread.map((r) => [r.entity, r.text]))}, highlighted as ${m.entity}`,
    ).toBe(true);
  }
}

/** After clearing: the very DOM the page made — same markup, and its own node objects in place. */
function expectExactRestore(twin: Twin): void {
  expect(twin.real.querySelectorAll('mark').length).toBe(0);
  expect(serialize(twin.real)).toBe(serialize(twin.ref));
  const realOf = new Map(twin.nodes.ref.map((n, i) => [n, twin.nodes.real[i]!]));
  const walk = (a: Node, b: Node) => {
    const as = [...a.childNodes];
    const bs = [...b.childNodes];
    expect(as.length).toBe(bs.length);
    bs.forEach((child, k) => {
      expect(as[k] === realOf.get(child), `node ${k} of <${(b as Element).tagName?.toLowerCase()}> is not the page's own`).toBe(true);
      walk(as[k]!, child);
    });
  };
  walk(twin.real, twin.ref);
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

// ---------------------------------------------------------------------------------------------

describe('fuzz: highlight and clear on random pages', () => {
  it('keeps the text, marks only readable text with real matches, and clears to the exact DOM', { timeout: 120_000 }, () => {
    const entitiesArb = fc.subarray([...ENTITY_IDS], { minLength: 1 });
    fc.assert(
      fc.property(pageArb, fc.array(nodeArb, { maxLength: 3 }), entitiesArb, fc.boolean(), (page, added, entities, about) => {
        document.title = about ? 'APT40 and the MSS' : '';
        const twin = makeTwin(page);
        const h = createHighlighter(matcher, { entities: new Set<EntityId>(entities), maxMarks: 5000 });
        h.highlight([document.body]);
        expectSameText(twin);
        expectValidMarks(twin, h);
        for (const m of h.mentions()) expect(entities).toContain(m.entity);
        // The page adds content; the new part alone is scanned, then everything again (no double marks).
        for (const spec of added) {
          mutate(twin, { op: 'append', at: 0, spec });
          // As the annotator does: an added text node is scanned through its parent, and
          // nothing added inside (or as) excluded content is scanned at all.
          const last = twin.real.lastChild!;
          h.highlight([isElement(last) && last.closest(EXCLUDED) === null ? last : twin.real]);
        }
        const count = h.mentions().length;
        h.highlight([document.body]);
        expect(h.mentions().length).toBe(count);
        expectSameText(twin);
        expectValidMarks(twin, h);
        h.clear();
        expectExactRestore(twin);
        // And once more from a clean page: highlighting again, then clearing, changes nothing either.
        h.highlight([document.body]);
        expectValidMarks(twin, h);
        h.clear();
        expectExactRestore(twin);
      }),
      runs(600),
    );
  });

  it('caps the highlights and counts the rest, on any page', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(pageArb, fc.integer({ min: 0, max: 4 }), (page, maxMarks) => {
        document.title = 'APT40';
        const twin = makeTwin(page);
        const unlimited = createHighlighter(matcher, { entities: new Set(ENTITY_IDS), maxMarks: 1e9 });
        const all = unlimited.highlight([document.body]).length;
        unlimited.clear();
        const capped = createHighlighter(matcher, { entities: new Set(ENTITY_IDS), maxMarks });
        capped.highlight([document.body]);
        expect(capped.mentions().length).toBe(Math.min(all, maxMarks));
        expect(capped.skipped()).toBe(all - Math.min(all, maxMarks));
        expectSameText(twin);
        capped.clear();
        expectExactRestore(twin);
      }),
      runs(100),
    );
  });
});

describe('fuzz: pages that change while the annotator runs', () => {
  /** Lets the batched observer and the sliced passes run to the end (fake clock). */
  async function settle(settled: () => Promise<void>): Promise<void> {
    for (let i = 0; i < 3; i++) {
      for (let k = 0; k < 4; k++) await Promise.resolve();
      await vi.runAllTimersAsync();
      await settled();
    }
  }

  it('after every batch of page mutations: same text, valid marks; stopping restores the exact DOM', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(pageArb, fc.array(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), async (page, batches) => {
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
        document.title = '';
        const twin = makeTwin(page);
        const controller = new AbortController();
        const annotator = startAnnotator(document, controller.signal);
        try {
          await settle(annotator.settled);
          expectSameText(twin);
          expectValidMarks(twin, annotator.highlighter);
          for (const batch of batches) {
            for (const m of batch) mutate(twin, m);
            await settle(annotator.settled);
            expectSameText(twin);
            expectValidMarks(twin, annotator.highlighter);
          }
        } finally {
          controller.abort();
          vi.useRealTimers();
        }
        expectExactRestore(twin);
      }),
      runs(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// What the fuzzer found, as plain tests.

describe('found by fuzzing', () => {
  const wait = () => new Promise((r) => setTimeout(r, 300));
  // Every annotator a test starts is stopped after it, even when an expectation fails midway.
  const started: AbortController[] = [];
  afterEach(() => started.splice(0).forEach((c) => c.abort()));
  async function annotated(html: string) {
    document.title = '';
    document.body.innerHTML = html; // test fixture only
    const controller = new AbortController();
    started.push(controller);
    const annotator = startAnnotator(document, controller.signal);
    await annotator.settled();
    // A few rounds of: the observer's batch, then the passes it asked for.
    const settle = async () => {
      for (let round = 0; round < 3; round++) {
        await wait();
        await annotator.settled();
      }
    };
    return { controller, annotator, settle };
  }

  it('a split text node taken out of a tree that left the document, then put back, keeps its text', async () => {
    const { controller, settle } = await annotated('<p id="p"><b id="b"><i>海南仙盾</i></b></p>');
    const t = document.querySelector('i')!.firstChild as Text;
    expect(document.querySelectorAll('mark')).toHaveLength(1);
    // The page drops the <b>, then moves its own text node (which it thinks holds the name) back in.
    document.getElementById('b')!.remove();
    document.getElementById('p')!.appendChild(t);
    await settle();
    expect(document.getElementById('p')!.textContent).toBe('海南仙盾');
    controller.abort();
    expect(document.body.innerHTML).toBe('<p id="p">海南仙盾</p>');
  });

  it('a split text node rewritten while out of the document comes back with the new text only', async () => {
    const { controller, settle } = await annotated('<p id="p">APT40</p>');
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    t.remove();
    t.data = 'APT31 now';
    p.appendChild(t);
    await settle();
    expect(p.textContent).toBe('APT31 now');
    controller.abort();
    expect(p.innerHTML).toBe('APT31 now');
  });

  it('highlights in a paragraph made editable while out of the document go when it is put back', async () => {
    const { settle } = await annotated('<div id="d"><p id="p">APT40 here</p></div><div id="e"></div>');
    const d = document.getElementById('d')!;
    const p = document.getElementById('p')!;
    d.remove();
    p.setAttribute('contenteditable', 'true');
    document.getElementById('e')!.appendChild(d);
    await settle();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(p.textContent).toBe('APT40 here');
  });

  it('a pass over a paragraph the page just made editable leaves it alone', async () => {
    const { settle } = await annotated('<p id="p">APT40 here</p>');
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    // Wrapping the split node makes the annotator read its paragraph again, in the same batch
    // as the paragraph becoming editable.
    const b = document.createElement('b');
    p.replaceChild(b, t);
    b.appendChild(t);
    p.setAttribute('contenteditable', 'true');
    await settle();
    expect(p.querySelectorAll('mark')).toHaveLength(0);
    expect(p.textContent).toBe('APT40 here');
  });

  it('text the page puts inside a name highlighted across its nodes ends that highlight', async () => {
    const { settle } = await annotated('<p id="p">APT </p>');
    const p = document.getElementById('p')!;
    const kryptonite = document.createTextNode('Kryptonite');
    const panda = document.createTextNode(' Panda said');
    p.append(kryptonite, panda);
    await settle();
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Kryptonite', ' Panda']);
    // The page inserts text of its own before its second text node: the name is split.
    p.insertBefore(document.createTextNode(' and the'), panda);
    await settle();
    expect(p.querySelectorAll('mark')).toHaveLength(0);
    expect(p.textContent).toBe('APT Kryptonite and the Panda said');
  });

  it('a name across two text nodes keeps its order when the page unwraps the element holding them', async () => {
    // Seed -1035954677: each piece the page moved was taken for page text put between our pieces,
    // and moved after them: "Violet" + " did it" + " Typhoon".
    const { controller, settle } = await annotated('<p id="p"><b id="b"></b></p>');
    const b = document.getElementById('b')!;
    b.append('Violet', ' Typhoon did it');
    await settle();
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Violet', ' Typhoon']);
    const p = document.getElementById('p')!;
    while (b.firstChild) p.insertBefore(b.firstChild, b);
    b.remove();
    await settle();
    expect(p.textContent).toBe('Violet Typhoon did it');
    controller.abort();
    expect(document.body.innerHTML).toBe('<p id="p">Violet Typhoon did it</p>');
  });

  it('a split text node wrapped while out of the document, then put back in its wrapper alone, keeps its text', async () => {
    // Seed -2088450599: the wrapper came back, our pieces stayed in the tree left outside, and
    // the name and the rest of the sentence were gone from the page.
    const { controller, settle } = await annotated('<div id="d"><p id="p">Group APT40 did it</p></div>');
    const d = document.getElementById('d')!;
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    d.remove();
    await settle();
    const b = document.createElement('b');
    p.replaceChild(b, t);
    b.appendChild(t);
    document.body.appendChild(b);
    await settle();
    expect(document.body.textContent).toBe('Group APT40 did it');
    expect(p.textContent).toBe('');
    controller.abort();
    expect(document.body.innerHTML).toBe('<b>Group APT40 did it</b>');
  });

  it('a name the page cuts in two, taking out the element that holds its second part, is no longer highlighted', async () => {
    // Seed 442285446: "国家" stayed highlighted as the ministry once "安全部" had gone with its <b>.
    const { controller, settle } = await annotated('<p id="p">Violet <b id="b">Typhoon said</b></p>');
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Violet ', 'Typhoon']);
    const b = document.getElementById('b')!;
    b.remove();
    await settle();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.getElementById('p')!.textContent).toBe('Violet ');
    // Put back, the name is whole again, and highlighted again.
    document.getElementById('p')!.appendChild(b);
    await settle();
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Violet ', 'Typhoon']);
    controller.abort();
    expect(document.body.innerHTML).toBe('<p id="p">Violet <b id="b">Typhoon said</b></p>');
  });

  it('a split text node moved away from its pieces while out of the document keeps its text when put back', async () => {
    // Seed -781474149: the tree came back with the node in its new place and our pieces in the old one.
    const { controller, settle } = await annotated('<div id="d"><p id="p">Group APT40</p><b id="b"></b></div>');
    const d = document.getElementById('d')!;
    const b = document.getElementById('b')!;
    const t = document.getElementById('p')!.firstChild as Text;
    d.remove();
    await settle();
    b.appendChild(t);
    document.body.appendChild(d);
    await settle();
    expect(document.getElementById('p')!.textContent).toBe('');
    expect(document.getElementById('b')!.textContent).toBe('Group APT40');
    controller.abort();
    expect(document.body.innerHTML).toBe('<div id="d"><p id="p"></p><b id="b">Group APT40</b></div>');
  });

  it('a split text node put back alone while the tree holding its pieces goes into an editor keeps its text', async () => {
    // Seed -781474149 again: the pieces were unwrapped in the editor before the node got their text.
    const { controller, settle } = await annotated('<div id="d"><p id="p">Group APT40</p></div><div id="e" contenteditable="true"></div>');
    const d = document.getElementById('d')!;
    const t = document.getElementById('p')!.firstChild as Text;
    d.remove();
    await settle();
    document.body.appendChild(t);
    document.getElementById('e')!.appendChild(d);
    await settle();
    expect(document.getElementById('e')!.textContent).toBe('');
    expect(document.body.textContent).toBe('Group APT40');
    controller.abort();
    expect(document.body.innerHTML).toBe('<div id="e" contenteditable="true"><div id="d"><p id="p"></p></div></div>Group APT40');
  });

  it('a split text node that the page wraps, unwraps or moves keeps all its text', async () => {
    const { controller, settle } = await annotated('<p id="p">Group APT40 did it</p><div id="d"></div>');
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    expect(p.querySelectorAll('mark')).toHaveLength(1);
    const b = document.createElement('b');
    p.replaceChild(b, t);
    b.appendChild(t);
    await settle();
    expect(p.textContent).toBe('Group APT40 did it');
    while (b.firstChild) p.insertBefore(b.firstChild, b);
    b.remove();
    await settle();
    expect(p.textContent).toBe('Group APT40 did it');
    document.getElementById('d')!.appendChild(t);
    await settle();
    expect(document.body.textContent).toBe('Group APT40 did it');
    expect(document.querySelectorAll('#d mark')).toHaveLength(1);
    controller.abort();
    expect(document.body.innerHTML).toBe('<p id="p"></p><div id="d">Group APT40 did it</div>');
  });

  it('a name is never read across an existing highlight', async () => {
    const { settle } = await annotated('<p id="p">وزارة APT40</p>');
    const p = document.getElementById('p')!;
    p.append(' أمن الدولة الصينية');
    await settle();
    // "وزارة … أمن الدولة الصينية" around the APT40 highlight is not the ministry's name.
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['APT40']);
  });

  it('a highlighted paragraph that the page makes editable loses its highlights', async () => {
    const { settle } = await annotated('<p id="p">Group APT40 did it</p>');
    document.getElementById('p')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(document.querySelectorAll('[contenteditable] mark')).toHaveLength(0);
  });

  it('a highlighted paragraph that the page moves into an editor loses its highlights', async () => {
    const { settle } = await annotated('<p id="p">Group APT40 did it</p><div contenteditable="true" id="editor"></div>');
    document.getElementById('editor')!.appendChild(document.getElementById('p')!);
    await settle();
    expect(document.querySelectorAll('#editor mark')).toHaveLength(0);
  });

  it('highlights the page takes out and puts back are kept, and removed by stop()', async () => {
    const { controller, annotator, settle } = await annotated('<div id="tabs"><section id="panel"><p>Group APT40 did it</p></section></div>');
    const panel = document.getElementById('panel')!;
    // A tab panel is taken out while another tab shows, and put back (a view cache).
    panel.remove();
    await settle();
    annotator.highlighter.mentions();
    document.getElementById('tabs')!.appendChild(panel);
    await settle();
    controller.abort();
    expect(panel.innerHTML).toBe('<p>Group APT40 did it</p>');
  });

  it('a split text node that the page rewrites while out of the document comes back with its new text only', async () => {
    const { settle } = await annotated('<p id="p">Group APT40 did it</p>');
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    p.remove();
    await settle();
    // A framework updates a view it keeps out of the document, then shows it again.
    t.data = 'Nothing to see';
    document.body.appendChild(p);
    await settle();
    expect(p.textContent).toBe('Nothing to see');
  });
});
