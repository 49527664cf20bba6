/**
 * Accessibility of the hover card (issues 3/4, 23): axe finds no violation in the card, in
 * English and Arabic, light and dark, compact and expanded ("More"). The card lives in an open
 * shadow root, which axe reads.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeLanguage } from '../../scripts/lib/chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { CORPUS_DIR, SEED_PAGE } from './fixtures/corpus.ts';
import { chromium, type ChromiumBrowser } from './harness/chromium.ts';

let browser: ChromiumBrowser;
let server: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  server = await startStaticServer({ root: CORPUS_DIR });
  browser = await chromium.launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setLanguage = (language: 'en' | 'ar') => storeLanguage(browser.session, language);

describe('the hover card is accessible', () => {
  for (const language of ['en', 'ar'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violation in ${language}, ${colorScheme}, compact and after More`, async () => {
        await setLanguage(language);
        const tab = await browser.open(`${server.url}${SEED_PAGE}.html`);
        const page = tab.raw;
        try {
          await page.emulateMedia({ colorScheme });
          const mark = page.locator('mark[data-attribution-lens]').first();
          await mark.waitFor({ timeout: 10_000 });
          await mark.hover();
          const card = page.locator('attribution-lens-card .card');
          await card.waitFor({ timeout: 5_000 });
          expect(await card.getAttribute('lang')).toBe(language);
          expect(await card.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
          const audit = async () => {
            const { violations, passes } = await new AxeBuilder({ page }).include('attribution-lens-card').analyze();
            expect(passes.length).toBeGreaterThan(0);
            return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          };
          expect(await audit()).toEqual([]);
          const more = page.locator('attribution-lens-card .card__more');
          await more.click();
          expect(await more.getAttribute('aria-expanded')).toBe('true');
          expect(await card.locator('.card__aliases').count()).toBe(1);
          expect(await audit()).toEqual([]);
          // Arabic reads with the popup's line height and a font stack made for the script.
          const type = await card.evaluate((el) => {
            const s = getComputedStyle(el);
            return { lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), fontFamily: s.fontFamily };
          });
          if (language === 'ar') {
            expect(type.lineHeight).toBeCloseTo(1.7, 2);
            expect(type.fontFamily).toMatch(/^"Noto Sans Arabic"/);
          } else {
            expect(type.lineHeight).toBeCloseTo(1.45, 2);
          }
        } finally {
          await tab.close();
        }
      });
    }
  }
});
