// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { startAnnotator } from '../../src/page/highlighting/annotator';
import { controllerPerTest } from './helpers/controller-per-test';

const controller = controllerPerTest();

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const markCount = () => document.querySelectorAll('mark[data-attribution-lens]').length;

describe('the annotator tells when it edits the page (onPageEdit)', () => {
  it('says so before it writes the first highlights', async () => {
    document.body.append(paragraph('APT40 and APT31 were named.'));
    const marksAtEachEdit: number[] = [];
    const a = startAnnotator(document, controller().signal, { onPageEdit: () => marksAtEachEdit.push(markCount()) });
    await a.settled();
    expect(markCount()).toBe(2);
    expect(marksAtEachEdit[0]).toBe(0);
  });

  it('never says so on a page that names nothing, not even when it stops', async () => {
    document.body.append(paragraph('A page about the weather.'));
    let edits = 0;
    const a = startAnnotator(document, controller().signal, { onPageEdit: () => edits++ });
    await a.settled();
    controller().abort(); // the reader switched the site off: the annotator clears what it wrote
    expect(markCount()).toBe(0);
    expect(edits).toBe(0);
  });

  it('says so when it stops after writing, to take its highlights out', async () => {
    document.body.append(paragraph('APT40 was named.'));
    let edits = 0;
    const a = startAnnotator(document, controller().signal, { onPageEdit: () => edits++ });
    await a.settled();
    const afterWriting = edits;
    controller().abort();
    expect(markCount()).toBe(0);
    expect(edits).toBe(afterWriting + 1);
  });
});
