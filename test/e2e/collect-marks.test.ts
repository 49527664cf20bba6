import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeMarks } from '../../scripts/lib/score.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import type { BrowserKind, TestBrowser } from './harness/browser.ts';
import { chromium } from './harness/chromium.ts';
import { firefox } from './harness/firefox.ts';

// The harness itself, in both browsers without the extension: hand-written marks in every
// place the contract allows must be collected in document order, and a mark added after
// the load event must be waited for.

const m = (entity: string, text: string): string => `<mark data-attribution-lens="${entity}">${text}</mark>`;

function fixturePages(crossOriginUrl: string): Record<string, string> {
  return {
    '/host.html': `<!doctype html><html lang="en"><body>
<h1>Title ${m('apt40', 'al')}<b>${m('apt40', 'pha')}</b></h1>
<p>x ${m('mss', `outer ${m('mss', 'inner')}`)} y</p>
<div id="host">light child</div>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>in shadow ${m('apt31', 'gamma')}</p>';</script>
<iframe src="same.html"></iframe>
<iframe src="${crossOriginUrl}"></iframe>
<p id="late">late:</p>
<script>addEventListener('load', () => setTimeout(() => {
  document.getElementById('late').insertAdjacentHTML('beforeend', '${m('apt31', 'zeta')}');
}, 800));</script>
<p>${m('exchange-hack', 'eta')} <span>${m('exchange-hack', 'theta')}</span></p>
<ul><li>${m('mss', 'iota')}</li><li>${m('mss', 'kappa')}</li></ul>
</body></html>`,
    '/same.html': `<!doctype html><p>same-origin ${m('exchange-hack', 'delta')}</p>`,
  };
}

function defineCollectorSuite(browser: BrowserKind): void {
  describe(`mark collection in ${browser.name}`, () => {
    let main: StaticServer;
    let other: StaticServer; // another port is another origin
    let session: TestBrowser | undefined;

    beforeAll(async () => {
      other = await startStaticServer({ pages: { '/cross.html': `<!doctype html><p>cross ${m('mss', 'epsilon')}</p>` } });
      main = await startStaticServer({ pages: fixturePages(`${other.url}cross.html`) });
      session = await browser.launch({ extension: false });
    });

    afterAll(async () => {
      await session?.close();
      await main?.close();
      await other?.close();
    });

    it('collects marks in document order through shadow roots and both kinds of iframe', async () => {
      if (session === undefined) throw new Error('browser did not launch');
      const visit = await session.visit(`${main.url}host.html`);

      expect(visit.settle.settled).toBe(true);
      expect(visit.marks.map((k) => [k.entity, k.text])).toEqual([
        ['apt40', 'al'],
        ['apt40', 'pha'],
        ['mss', 'outer inner'], // a nested mark is part of its outer mark
        ['apt31', 'gamma'],
        ['exchange-hack', 'delta'],
        ['mss', 'epsilon'],
        ['apt31', 'zeta'], // inserted 800 ms after load
        ['exchange-hack', 'eta'],
        ['exchange-hack', 'theta'],
        ['mss', 'iota'],
        ['mss', 'kappa'],
      ]);
      const [al, pha, , gamma, delta, epsilon] = visit.marks;
      expect(pha?.blockKey).toBe(al?.blockKey); // <b> is inline: same block as <h1>
      expect(pha?.gapBefore).toBe('');
      expect(delta?.gapBefore).toBeNull(); // first mark of a frame
      expect(new Set(visit.marks.map((k) => k.blockKey)).size).toBe(9);
      expect(gamma?.blockKey).not.toBe(al?.blockKey);
      expect(epsilon?.blockKey.startsWith('f0/')).toBe(true);

      // Only the runs in one block with nothing but whitespace between them merge.
      expect(mergeMarks(visit.marks).map((f) => f.text)).toEqual([
        'alpha',
        'outer inner',
        'gamma',
        'delta',
        'epsilon',
        'zeta',
        'eta theta',
        'iota',
        'kappa',
      ]);
    });
  });
}

defineCollectorSuite(chromium);
defineCollectorSuite(firefox);
