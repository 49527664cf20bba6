// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { ENTITY_IDS } from '../../src/data/entity-ids';
import { createHighlighter } from '../../src/page/highlighting/highlighter';

const matcher = createMatcher(dataset);
const make = (maxMarks = 1000, entities = new Set(ENTITY_IDS)) => createHighlighter(matcher, { entities, maxMarks });
const marks = () =>
  [...document.querySelectorAll('mark[data-attribution-lens]')].map((m) => [m.getAttribute('data-attribution-lens'), m.textContent]);

beforeEach(() => {
  document.title = '';
  document.body.replaceChildren();
});

function setBody(html: string) {
  // Test fixtures only: product code never parses HTML strings.
  document.body.innerHTML = html;
}

describe('highlighting', () => {
  it('wraps each mention in <mark data-attribution-lens="ENTITY_ID"> and leaves the text unchanged', () => {
    setBody('<p>The UK blamed the Ministry of State Security for the ProxyLogon attacks by APT40.</p>');
    const before = document.body.textContent;
    make().highlight([document.body]);
    expect(marks()).toEqual([
      ['mss', 'Ministry of State Security'], ['exchange-hack', 'ProxyLogon'], ['apt40', 'APT40'],
    ]);
    expect(document.body.textContent).toBe(before);
  });

  it('follows a name across inline elements, one mark per piece', () => {
    setBody('<p>Written APT<b>40</b> and <a href="#">Kryptonite</a> Panda and CVE-2021-<code>26855</code>.</p>');
    make().highlight([document.body]);
    expect(marks()).toEqual([
      ['apt40', 'APT'], ['apt40', '40'], ['apt40', 'Kryptonite'], ['apt40', ' Panda'],
      ['exchange-hack', 'CVE-2021-'], ['exchange-hack', '26855'],
    ]);
  });

  it('never joins the text on either side of skipped content: an editor, a form control, a script or a style (found by fuzzing)', () => {
    setBody('<p>APT<div contenteditable="true">APT</div>31 and APT<span contenteditable>x</span>31, APT<input>40, APT<button>b</button>31; APT<script>1</script>40 Violet<style>/* */</style> Typhoon APT40</p>');
    make().highlight([document.body]);
    expect(marks()).toEqual([['apt40', 'APT40']]);
  });

  it('judges a name by the same words in every pass, highlights included (found by fuzzing)', () => {
    // "metal" near "Leviathan" marks the ordinary sense; with the highlighted APT40 left out of
    // the text, a second pass read "Leviathan ." as a sentence of its own and highlighted it.
    setBody('<p>APT40 here.</p><p><b>Leviathan .</b>APT40 CVE-2021-<b>metal APT40</b></p>');
    const h = make();
    h.highlight([document.body]);
    const first = marks();
    h.highlight([document.body]);
    expect(marks()).toEqual(first);
    expect(first.map(([, text]) => text)).not.toContain('Leviathan');
  });

  it('never joins text from different blocks', () => {
    setBody('<ul><li>APT</li><li>40</li></ul><p>APT<br>31</p>');
    make().highlight([document.body]);
    expect(marks()).toEqual([]);
  });

  it('never touches scripts, styles, form controls or editable content', () => {
    setBody(`<p>APT40 here.</p>
      <script>var x = "APT40";</script><style>.APT40{}</style>
      <textarea>APT40 draft</textarea><input value="APT40"><select><option>APT40</option></select>
      <div contenteditable="true">APT40 typed <b>APT31</b></div>
      <div contenteditable="plaintext-only">APT31</div>
      <div contenteditable="false">APT31 read-only</div>`);
    const textarea = document.querySelector('textarea')!;
    make().highlight([document.body]);
    expect(marks()).toEqual([['apt40', 'APT40'], ['apt31', 'APT31']]);
    expect(document.querySelector('[contenteditable="true"] mark')).toBeNull();
    expect(textarea.value).toBe('APT40 draft');
  });

  it('covers the whole Arabic word, attached clitics included', () => {
    setBody('<p dir="rtl">ربطت الأنشطة بالتهديد المستمر المتقدم ٤٠ ووزارة أمن الدولة الصينية.</p>');
    make().highlight([document.body]);
    expect(marks()).toEqual([
      ['apt40', 'بالتهديد المستمر المتقدم ٤٠'], ['mss', 'ووزارة أمن الدولة الصينية'],
    ]);
  });

  it('highlights inside open shadow roots', () => {
    setBody('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Violet Typhoon is APT31.';
    shadow.append(p);
    make().highlight([document.body]);
    expect([...shadow.querySelectorAll('mark')].map((m) => m.getAttribute('data-attribution-lens'))).toEqual(['apt31', 'apt31']);
  });

  it('decides ambiguous names by the page: the title or any block naming an entity', () => {
    setBody('<p>Leviathan lives up to its name.</p>');
    make().highlight([document.body]);
    expect(marks()).toEqual([]);
    document.title = 'APT40 explained';
    make().highlight([document.body]);
    expect(marks()).toEqual([['apt40', 'Leviathan']]);
  });

  it('highlights only the chosen entities', () => {
    setBody('<p>APT40 and APT31 and the MSS of China.</p>');
    make(1000, new Set(['apt31'] as const)).highlight([document.body]);
    expect(marks()).toEqual([['apt31', 'APT31']]);
  });

  it('caps the number of highlights and counts what it left out', () => {
    setBody(`<p>${'APT40 '.repeat(50)}</p>`);
    const h = make(10);
    h.highlight([document.body]);
    expect(marks()).toHaveLength(10);
    expect(h.skipped()).toBe(40);
  });

  it('returns every highlight of many blocks written together, in document order (found by fuzzing)', () => {
    // Blocks are written off the page in batches, mark.js a few dozen names a call: cross both.
    const names = ['APT40', 'APT31', 'MSS', 'ProxyLogon'];
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>${i} ${names[i % 4]} then ${names[(i + 1) % 4]}.</p>`);
    // A block inside a block, as the fuzzer built it: two blocks, each with its own name.
    setBody(`${paragraphs.join('')}<p>APT40<p>APT40 the</p></p>`);
    const nodesBefore = [...document.querySelectorAll('p')].map((p) => p.firstChild);
    const htmlBefore = document.body.innerHTML;
    const h = make();
    const out = h.highlight([document.body]);
    expect(out).toHaveLength(602);
    expect(out.map((m) => m.text)).toEqual([...paragraphs.flatMap((_, i) => [names[i % 4], names[(i + 1) % 4]]), 'APT40', 'APT40']);
    expect(out.map((m) => m.marks[0])).toEqual([...document.querySelectorAll('mark')]);
    expect(new Set(out.map((m) => m.id)).size).toBe(602);
    expect(h.mentions()).toEqual(out);
    h.clear();
    expect(document.body.innerHTML).toBe(htmlBefore);
    expect([...document.querySelectorAll('p')].map((p) => p.firstChild)).toEqual(nodesBefore);
  });

  it('does not highlight the same text twice when scanned again', () => {
    setBody('<p>APT40 and APT31.</p>');
    const h = make();
    h.highlight([document.body]);
    h.highlight([document.body]);
    expect(marks()).toHaveLength(2);
    expect(h.mentions()).toHaveLength(2);
  });
});

describe('removing highlights', () => {
  it('restores the original DOM exactly, text node objects included', () => {
    setBody('<p>aa APT40 bb <i>Violet</i> Typhoon cc <span>MSS</span> of China ProxyLogon</p><p>x</p>');
    const p = document.querySelector('p')!;
    // A page (React, Preact) may keep adjacent text nodes of its own: they must survive.
    p.append(document.createTextNode(' tail1'), document.createTextNode(' tail2 APT31'));
    const htmlBefore = document.body.innerHTML;
    const nodesBefore = [...p.childNodes];
    const h = make();
    h.highlight([document.body]);
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(4);
    h.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(htmlBefore);
    expect([...p.childNodes]).toEqual(nodesBefore);
    expect([...p.childNodes].every((n, i) => n === nodesBefore[i])).toBe(true);
  });

  it('copes with marks the page itself removed', () => {
    setBody('<p id="a">APT40 and APT31</p>');
    const h = make();
    h.highlight([document.body]);
    document.getElementById('a')!.replaceChildren(document.createTextNode('rewritten'));
    expect(() => h.clear()).not.toThrow();
    expect(document.body.textContent).toBe('rewritten');
  });
});
