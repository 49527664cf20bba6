// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startAnnotator } from '../../src/page/annotator';
import { createPageCoverage } from '../../src/page/page-coverage';

afterEach(() => document.body.replaceChildren());

function page(...paragraphs: string[]) {
  for (const text of paragraphs) document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
}

describe('coverage of the page in the top frame', () => {
  it('reads names inside our own highlights, and quotes the page sentence', async () => {
    page(
      "On Monday the US and its allies blamed China's Ministry of State Security for the hack of Microsoft Exchange servers.",
      'Chinese officials rejected the accusations as groundless.',
    );
    const controller = new AbortController();
    const annotator = startAnnotator(document, controller.signal);
    await annotator.settled();
    expect(document.querySelectorAll('mark[data-attribution-lens]').length).toBeGreaterThan(1);
    const report = createPageCoverage(document).report(annotator.highlighter.mentions().length);
    expect(report.claims.map((c) => c.claimId)).toEqual(['date', 'mss-blamed', 'exchange-hack', 'china-response']);
    expect(report.claims[1]!.text).toBe(
      "On Monday the US and its allies blamed China's Ministry of State Security for the hack of Microsoft Exchange servers.",
    );
    expect(report.verdict).toBe('another-context');
    controller.abort();
  });

  it('says unrelated on a page that names no entity, whatever its words', () => {
    page('The White House said the United States, Britain, Japan and Canada condemned China on Monday.');
    expect(createPageCoverage(document).report(0).verdict).toBe('unrelated');
  });

  it('takes the reader to a claim, and says no for a claim the page does not report', () => {
    page('Four Chinese nationals were charged by the Justice Department.');
    const coverage = createPageCoverage(document);
    coverage.report(1);
    let scrolled = false;
    Element.prototype.scrollIntoView = function () {
      scrolled = true;
    };
    expect(coverage.reveal('indictment')).toBe(true);
    expect(scrolled).toBe(true);
    expect(coverage.reveal('ransom')).toBe(false);
    // No change to the page's DOM: the sentence is painted with the Custom Highlight API where it exists.
    expect(document.body.innerHTML).toBe('<p>Four Chinese nationals were charged by the Justice Department.</p>');
  });
});
