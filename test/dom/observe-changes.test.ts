// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startAnnotator } from '../../src/page/annotator';

const marks = (root: ParentNode = document) =>
  [...root.querySelectorAll('mark[data-attribution-lens]')].map((m) => m.textContent);
const settle = () => new Promise((r) => setTimeout(r, 400));
let controller = new AbortController();

afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
});

describe('pages that change', () => {
  it('highlights text added after load, in one batch, and does not react to its own marks', async () => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'APT40 at load.' }));
    let updates = 0;
    startAnnotator(document, controller.signal, { onUpdate: () => updates++ });
    expect(marks()).toEqual(['APT40']);
    const p = document.createElement('p');
    p.textContent = 'Later: APT31 and the Ministry of State Security.';
    document.body.append(p);
    await settle();
    expect(marks()).toEqual(['APT40', 'APT31', 'Ministry of State Security']);
    const after = updates;
    await settle();
    expect(updates).toBe(after);
  });

  it('highlights text added inside an open shadow root after load', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Violet Typhoon' }));
    startAnnotator(document, controller.signal);
    expect(marks(shadow)).toEqual(['Violet Typhoon']);
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'then RedBravo' }));
    await settle();
    expect(marks(shadow)).toEqual(['Violet Typhoon', 'RedBravo']);
    // Our own splitting inside the shadow root never comes back as a page edit.
    expect(shadow.textContent).toBe('Violet Typhoonthen RedBravo');
  });

  it('keeps a framework-rendered text node correct when the framework rewrites it', async () => {
    const p = document.createElement('p');
    const text = document.createTextNode('Group APT40 did it');
    p.append(text);
    document.body.append(p);
    startAnnotator(document, controller.signal);
    expect(marks()).toEqual(['APT40']);
    // A framework keeps its reference to the node and sets its whole text.
    text.data = 'Group APT31 did it again';
    await settle();
    expect(p.textContent).toBe('Group APT31 did it again');
    expect(marks()).toEqual(['APT31']);
  });

  it('stops everything and restores the page when aborted', async () => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'APT40 and APT31' }));
    const before = document.body.innerHTML;
    startAnnotator(document, controller.signal);
    expect(marks()).toHaveLength(2);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'APT40 later' }));
    await settle();
    expect(marks()).toEqual([]);
  });
});
