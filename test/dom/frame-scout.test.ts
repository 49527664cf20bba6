// @vitest-environment jsdom
/**
 * The sub-frame scout (src/page/startup/frame-scout.ts): it must start the annotator wherever the
 * annotator would highlight something (the same blocks, the same fold, the same expression),
 * pass over frames with nothing to find, and, once it started it, stop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import matchTable from 'virtual:match-table';
import { describe, expect, it, vi } from 'vitest';
import { createMatcher, foldText } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { startAnnotator } from '../../src/page/highlighting/annotator';
import { runFrameScout, SCOUT_MAX_CHARS, scoutText, type FrameScoutOptions } from '../../src/page/startup/frame-scout';
import { collectTextBlocks } from '../../src/page/highlighting/text-blocks';
import { useFakeTimers } from './helpers/fake-clock';
import { controllerPerTest } from './helpers/controller-per-test';

const expression = () => new RegExp(matchTable.source, 'g');
const html = (markup: string) => new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
/** A paragraph of `text` in the test's document. */
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

describe('scoutText', () => {
  it('passes over text that names nothing, and finds a plain name', () => {
    expect(scoutText(html('<p>Weather: sunny, 24 degrees.</p><p>Sports results.</p>'), expression())).toBe('none');
    expect(scoutText(html('<p>Officials blamed APT40 on Monday.</p>'), expression())).toBe('candidate');
  });

  it('finds a name split across inline elements, and one right after a block that ends in a letter', () => {
    expect(scoutText(html('<p>Then <b>APT</b><i>31</i> struck.</p>'), expression())).toBe('candidate');
    expect(scoutText(html('<div>word</div><div>Hafnium</div>'), expression())).toBe('candidate');
  });

  it('finds Arabic and Chinese names as the matcher folds them (diacritics, letter variants)', () => {
    expect(scoutText(html('<p>اتهمت وِزارةِ أمنِ الدولةِ الصينية</p>'), expression())).toBe('candidate');
    expect(scoutText(html('<p>中国国家安全部被指控</p>'), expression())).toBe('candidate');
  });

  it('reads open shadow roots and tells about each', () => {
    const doc = html('<div id="host"></div><p>Nothing here.</p>');
    const shadow = (doc.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.append(Object.assign(doc.createElement('p'), { textContent: 'Inside: APT40.' }));
    const met: ShadowRoot[] = [];
    expect(scoutText(doc, expression(), (r) => met.push(r))).toBe('candidate');
    expect(met).toEqual([shadow]);
  });

  it('skips what the annotator never highlights: scripts, form fields, editable regions', () => {
    const doc = html('<script>var apt40 = 1;</script><textarea>APT31</textarea><div contenteditable="true">MSS</div><p>Plain.</p>');
    expect(scoutText(doc, expression())).toBe('none');
  });

  it('gives up reading a frame with more text than SCOUT_MAX_CHARS', () => {
    const words = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(SCOUT_MAX_CHARS / 27 / 100));
    const doc = html(Array.from({ length: 101 }, () => `<p>${words}</p>`).join(''));
    expect(scoutText(doc, expression())).toBe('large');
  });
});

describe('scoutText on the shared corpus', () => {
  const corpus = resolve(__dirname, '../../../shared/corpus');
  const pages = readdirSync(corpus).filter((f) => f.endsWith('.html'));
  const matcher = createMatcher(dataset);

  it.each(pages)('%s: a candidate wherever the matcher has one, and nothing where its expression matches nothing', (page) => {
    const doc = new DOMParser().parseFromString(readFileSync(resolve(corpus, page), 'utf8'), 'text/html');
    const blocks = collectTextBlocks(doc.body);
    const candidates = blocks.reduce((n, b) => n + matcher.candidates(b.text).length, 0);
    const found = scoutText(doc, expression());
    if (candidates > 0) expect(found).toBe('candidate');
    // The matcher drops some matches of its expression (a letter case, a word before or after,
    // a context rule): where those are all a page has, the scout starts the annotator for nothing.
    const matches = blocks.some((b) => expression().test(foldText(b.text).text));
    expect(found).toBe(matches ? 'candidate' : 'none');
  });
});

describe('runFrameScout', () => {
  const controller = controllerPerTest();

  /** Scouts `document`; `active` is what the settings say, `changes` lets a test change them. */
  function scout(active: boolean) {
    // Its delay is 20 ms: each step moves the fake clock 60 ms, past it, however busy the machine.
    useFakeTimers();
    const loads: number[] = [];
    let notify: (active: boolean) => void = () => undefined;
    let watching = false;
    // The settings here are just whether the site is on.
    const options: FrameScoutOptions<boolean> = {
      doc: document,
      signal: controller().signal,
      pattern: expression(),
      readSettings: async () => active,
      watchSettings(onChange) {
        notify = onChange;
        watching = true;
        return () => (watching = false);
      },
      isActive: (on) => on,
      annotate: async () => loads.push(Date.now()),
      delayMs: 20,
    };
    const started = runFrameScout(options);
    return { started, loads, change: (now: boolean) => notify(now), watching: () => watching };
  }

  it('starts the annotator at once when the frame names an entity, and then stops watching', async () => {
    document.body.append(para('Microsoft Exchange was hacked.'));
    const s = scout(true);
    await s.started;
    expect(s.loads).toHaveLength(1);
    expect(s.watching()).toBe(false);
    document.body.append(para('And APT31 too.'));
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(1);
  });

  it('keeps reading a frame that names nothing, and starts the annotator once text with a name is added', async () => {
    document.body.append(para('An advertisement.'));
    const s = scout(true);
    await s.started;
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(0);
    document.body.append(para('Breaking: '));
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(0);
    (document.body.lastChild as HTMLElement).append(document.createTextNode('APT'), Object.assign(document.createElement('b'), { textContent: '40' }));
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(1);
  });

  it('watches an open shadow root added later, and text changed in place inside it', async () => {
    document.body.append(para('Quiet.'));
    const s = scout(true);
    await s.started;
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(para('Still quiet.'));
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(0);
    (shadow.firstChild as HTMLElement).firstChild!.textContent = 'Zirconium is APT31.';
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(1);
  });

  it('reads nothing while the site is switched off, and reads when it is switched on', async () => {
    document.body.append(para('APT40 again.'));
    const s = scout(false);
    await s.started;
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(0);
    s.change(true);
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(1);
  });

  it('watches the page only while the site is switched on', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    try {
      document.body.append(para('An advertisement.'));
      const s = scout(false);
      await s.started;
      expect(observe).not.toHaveBeenCalled();
      s.change(true);
      await vi.advanceTimersByTimeAsync(60);
      expect(observe).toHaveBeenCalled();
      expect(s.loads).toHaveLength(0);
      s.change(false);
      expect(disconnect).toHaveBeenCalled();
      // Switched off, a name added is not read; switched on again, the whole frame is.
      document.body.append(para('APT31 is named here.'));
      await vi.advanceTimersByTimeAsync(60);
      expect(s.loads).toHaveLength(0);
      s.change(true);
      await vi.advanceTimersByTimeAsync(60);
      expect(s.loads).toHaveLength(1);
    } finally {
      observe.mockRestore();
      disconnect.mockRestore();
    }
  });

  it('stops everything when its context is gone', async () => {
    document.body.append(para('Nothing.'));
    const s = scout(true);
    await s.started;
    controller().abort();
    expect(s.watching()).toBe(false);
    document.body.append(para('APT40.'));
    await vi.advanceTimersByTimeAsync(60);
    expect(s.loads).toHaveLength(0);
  });

  it('finds a candidate wherever the annotator highlights something (the same text, read the same way)', async () => {
    const samples = [
      '<p>Le groupe <em>APT</em>40 est accusé.</p>',
      '<ul><li>word</li><li>Violet Typhoon</li></ul>',
      '<p>وِزارةُ أمنِ الدولة الصينية</p>',
      '<p>The <a href="#">Ministry</a> of State Security, China’s MSS.</p>',
      '<div><span>Microsoft Exchange</span> Server attack of March 2021</div>',
      '<p>中华人民共和国<b>国家安全部</b></p>',
    ];
    for (const markup of samples) {
      const found = scoutText(html(markup), expression());
      document.body.replaceChildren(...html(markup).body.childNodes);
      const own = new AbortController();
      const annotator = startAnnotator(document, own.signal);
      await annotator.settled();
      const highlighted = document.querySelectorAll('mark[data-attribution-lens]').length;
      own.abort();
      expect(highlighted, markup).toBeGreaterThan(0);
      expect(found, markup).toBe('candidate');
    }
  });
});
