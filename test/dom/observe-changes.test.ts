// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { startAnnotator } from '../../src/page/highlighting/annotator';
import { settleOnFakeClock, useFakeTimers } from './helpers/fake-clock';
import { controllerPerTest } from './helpers/controller-per-test';

const marks = (root: ParentNode = document) =>
  [...root.querySelectorAll('mark[data-attribution-lens]')].map((m) => m.textContent);
const controller = controllerPerTest();

describe('pages that change', () => {
  it('highlights text added after load, in one batch, and does not react to its own marks', async () => {
    useFakeTimers();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'APT40 at load.' }));
    let updates = 0;
    const a = startAnnotator(document, controller().signal, { onUpdate: () => updates++ });
    await settleOnFakeClock(a.settled);
    expect(marks()).toEqual(['APT40']);
    const p = document.createElement('p');
    p.textContent = 'Later: APT31 and the Ministry of State Security.';
    document.body.append(p);
    await settleOnFakeClock(a.settled);
    expect(marks()).toEqual(['APT40', 'APT31', 'Ministry of State Security']);
    const after = updates;
    await settleOnFakeClock(a.settled);
    expect(updates).toBe(after);
  });

  it('highlights text added inside an open shadow root after load', async () => {
    useFakeTimers();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Violet Typhoon' }));
    const a = startAnnotator(document, controller().signal);
    await settleOnFakeClock(a.settled);
    expect(marks(shadow)).toEqual(['Violet Typhoon']);
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'then RedBravo' }));
    await settleOnFakeClock(a.settled);
    expect(marks(shadow)).toEqual(['Violet Typhoon', 'RedBravo']);
    // Our own splitting inside the shadow root never comes back as a page edit.
    expect(shadow.textContent).toBe('Violet Typhoonthen RedBravo');
  });

  it('keeps a framework-rendered text node correct when the framework rewrites it', async () => {
    useFakeTimers();
    const p = document.createElement('p');
    const text = document.createTextNode('Group APT40 did it');
    p.append(text);
    document.body.append(p);
    const a = startAnnotator(document, controller().signal);
    await settleOnFakeClock(a.settled);
    expect(marks()).toEqual(['APT40']);
    // A framework keeps its reference to the node and sets its whole text.
    text.data = 'Group APT31 did it again';
    await settleOnFakeClock(a.settled);
    expect(p.textContent).toBe('Group APT31 did it again');
    expect(marks()).toEqual(['APT31']);
  });

  it('works through a big page in slices, yielding to the page between them', async () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) parts.push(i % 10 === 0 ? `Paragraph ${i} names APT40.` : `Paragraph ${i} is filler text.`);
    for (const text of parts) document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const a = startAnnotator(document, controller().signal);
    // Nothing is done synchronously at start: the page keeps its main thread.
    expect(marks()).toHaveLength(0);
    await a.settled();
    expect(marks()).toHaveLength(300);
    expect(timerRan).toBe(true);
  });

  it('stops everything and restores the page when aborted', async () => {
    useFakeTimers();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'APT40 and APT31' }));
    const before = document.body.innerHTML;
    const a = startAnnotator(document, controller().signal);
    await settleOnFakeClock(a.settled);
    expect(marks()).toHaveLength(2);
    controller().abort();
    expect(document.body.innerHTML).toBe(before);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'APT40 later' }));
    await vi.runAllTimersAsync();
    expect(marks()).toEqual([]);
  });
});
