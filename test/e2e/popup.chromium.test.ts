import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';
import { SEED_PAGE } from './fixtures/corpus.ts';
import { chromium } from './harness/chromium.ts';
import { openPopup } from './harness/extension-pages.ts';
import { waitUntil } from './harness/wait.ts';
import { chooseLanguage, coverageView, definePopupSuite, tabIdOf } from './popup/suite.ts';

const SCREENSHOTS = path.join(PROJECT_ROOT, '.output/screenshots');

definePopupSuite(chromium, (get) => {
    describe('accessibility and screenshots (Chromium)', () => {
      for (const lang of ['en', 'ar'] as const) {
        it(`axe finds no violation in the popup in ${lang}, light and dark, in every section`, async () => {
          const c = get();
          const url = c.url(`${SEED_PAGE}.html`);
          const page = await c.browser.open(url);
          const popup = await openPopup(c.browser, `?tabId=${await tabIdOf(c.extensionPage, url)}`);
          try {
            await chooseLanguage(popup, lang);
            await waitUntil(`the popup in ${lang}`, () => popup.evaluate((l) => document.documentElement.lang === l, lang));
            await popup.click('#tab-page');
            await waitUntil('the list', () => popup.evaluate(() => document.querySelector('.total') !== null, null));

            for (const colorScheme of ['light', 'dark'] as const) {
              await popup.raw.emulateMedia({ colorScheme });
              for (const section of ['page', 'coverage', 'story', 'settings'] as const) {
                await popup.click(`#tab-${section}`);
                // The checklist, not its loading line: every claim with both sentences is checked.
                if (section === 'coverage') await waitUntil('the coverage verdict', () => coverageView(popup));
                // Open every sentence of the story too, so their text is checked as well.
                await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)), null);
                const { violations, passes } = await new AxeBuilder({ page: popup.raw }).analyze();
                // Proof that axe looked at something (an empty page would pass vacuously).
                expect(passes.length).toBeGreaterThan(10);
                const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
                expect(summary, `${lang}, ${colorScheme}, ${section}`).toEqual([]);
              }
              // The report form too.
              await popup.click('footer button.report-problem');
              const report = await new AxeBuilder({ page: popup.raw }).analyze();
              expect(report.passes.length).toBeGreaterThan(10);
              const reportSummary = report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
              expect(reportSummary, `${lang}, ${colorScheme}, report`).toEqual([]);
              await popup.click('button.report-close');
            }

            // The first section, light, as a user first sees it.
            await popup.raw.emulateMedia({ colorScheme: 'light' });
            await popup.click('#tab-page');
            await mkdir(SCREENSHOTS, { recursive: true });
            await popup.raw.screenshot({ path: path.join(SCREENSHOTS, `popup-${lang}.png`), fullPage: true });
            // The Coverage section as it opens: the verdict, the rule and the first claims.
            await popup.click('#tab-coverage');
            await waitUntil('the coverage verdict', () => coverageView(popup));
            await popup.raw.screenshot({ path: path.join(SCREENSHOTS, `popup-coverage-${lang}.png`) });
            // "Report a problem", a mention picked from the page's list.
            await popup.click('footer button.report-problem');
            const first = await popup.evaluate(() => document.querySelector<HTMLOptionElement>('select[name=mention] option:nth-child(2)')?.value ?? '', null);
            await popup.select('select[name=mention]', first);
            await popup.raw.screenshot({ path: path.join(SCREENSHOTS, `popup-report-${lang}.png`), fullPage: true });
            await popup.click('button.report-close');
          } finally {
            await chooseLanguage(popup, 'auto').catch(() => undefined);
            await popup.close();
            await page.close();
          }
        });
      }

      it('every control is reachable with Tab and shows a focus ring', async () => {
        const popup = await openPopup(get().browser);
        try {
          await popup.click('#tab-settings');
          const seen: string[] = [];
          for (let i = 0; i < 12; i++) {
            await popup.press('Tab');
            const focused = await popup.evaluate(() => {
              const el = document.activeElement as HTMLElement | null;
              if (!el || el === document.body) return null;
              const style = getComputedStyle(el);
              return {
                name: el.getAttribute('name') || el.id || el.tagName.toLowerCase(),
                ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
              };
            }, null);
            if (!focused) continue;
            expect(focused.ring, `focus ring on ${focused.name}`).toBe(true);
            seen.push(focused.name);
          }
          // The language switch, the selected tab, the panel and the settings' checkboxes.
          expect(seen).toEqual(expect.arrayContaining(['select', 'tab-settings', 'panel-settings', 'enabled', 'entity-apt40']));
        } finally {
          await popup.close();
        }
      });
    });
  });
