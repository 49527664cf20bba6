// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createCoverageDetector } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { startAnnotator } from '../../src/page/highlighting/annotator';
import { createPageText } from '../../src/page/reports/page-text';

afterEach(() => document.body.replaceChildren());

function page(...paragraphs: string[]) {
  for (const text of paragraphs) document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
}

describe('the page text read for the coverage check', () => {
  it('includes the names inside our own highlights, so the claims can be found', async () => {
    page(
      "On Monday the US and its allies blamed China's Ministry of State Security for the hack of Microsoft Exchange servers.",
      'Chinese officials rejected the accusations as groundless.',
    );
    const controller = new AbortController();
    await startAnnotator(document, controller.signal).settled();
    expect(document.querySelectorAll('mark[data-attribution-lens]').length).toBeGreaterThan(1);
    const blocks = createPageText(document).blocks();
    expect(blocks[0]).toBe("On Monday the US and its allies blamed China's Ministry of State Security for the hack of Microsoft Exchange servers.");
    const claims = createCoverageDetector(dataset.coverage).detect(blocks).map((f) => f.claimId);
    expect(claims).toEqual(['date', 'mss-blamed', 'exchange-hack', 'china-response']);
    controller.abort();
  });

  it('takes the reader to a sentence without changing the DOM, and refuses stale or bad offsets', () => {
    page('Intro. Four Chinese nationals were charged by the Justice Department.');
    const text = createPageText(document);
    text.blocks();
    let scrolled = 0;
    Element.prototype.scrollIntoView = () => void scrolled++;
    expect(text.reveal(0, 7, 68)).toBe(true);
    expect(scrolled).toBe(1);
    expect(text.reveal(1, 0, 3)).toBe(false);
    expect(text.reveal(0, 50, 500)).toBe(false);
    expect(document.body.innerHTML).toBe('<p>Intro. Four Chinese nationals were charged by the Justice Department.</p>');
    // The page changed the text since it was read: no guessing.
    document.querySelector('p')!.firstChild!.textContent = 'Something else entirely.';
    expect(text.reveal(0, 0, 5)).toBe(false);
  });
});
