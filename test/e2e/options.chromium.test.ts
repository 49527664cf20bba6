import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';
import { chromium } from './harness/chromium.ts';
import { openOptions } from './harness/extension-pages.ts';
import { waitUntil } from './harness/wait.ts';
import { defineOptionsSuite, storeLanguage, typeSite } from './options/suite.ts';

const SCREENSHOTS = path.join(PROJECT_ROOT, '.output/screenshots');

defineOptionsSuite(chromium, (get) => {
    describe('accessibility (Chromium)', () => {
      for (const lang of ['en', 'ar'] as const) {
        it(`axe finds no violation on the options page in ${lang}, light and dark, with a site listed and an error shown`, async () => {
          const options = await openOptions(get().browser);
          try {
            await storeLanguage(get().options, lang);
            await waitUntil(`the page in ${lang}`, () => options.evaluate((l) => document.documentElement.lang === l, lang));
            await typeSite(options, 'www.example.com');
            await waitUntil('example.com listed', () => options.evaluate(() => document.querySelector('.off-sites .host') !== null, null));
            await typeSite(options, 'not a site');
            await waitUntil('the error', () => options.evaluate(() => !!document.getElementById('add-site-error')?.textContent, null));
            for (const colorScheme of ['light', 'dark'] as const) {
              await options.raw.emulateMedia({ colorScheme });
              const { violations, passes } = await new AxeBuilder({ page: options.raw }).analyze();
              // Proof that axe looked at something (an empty page would pass vacuously).
              expect(passes.length).toBeGreaterThan(10);
              const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
              expect(summary, `${lang}, ${colorScheme}`).toEqual([]);
            }
            // The page as a user sees it after adding a site and mistyping one, light.
            await options.raw.emulateMedia({ colorScheme: 'light' });
            await mkdir(SCREENSHOTS, { recursive: true });
            await options.raw.screenshot({ path: path.join(SCREENSHOTS, `options-${lang}.png`), fullPage: true });
          } finally {
            await options.close();
          }
        });
      }

      it('every control is reachable with Tab and shows a focus ring', async () => {
        const options = await openOptions(get().browser);
        try {
          const seen: string[] = [];
          for (let i = 0; i < 14; i++) {
            await options.press('Tab');
            const focused = await options.evaluate(() => {
              const el = document.activeElement as HTMLElement | null;
              if (!el || el === document.body) return null;
              const style = getComputedStyle(el);
              return {
                name: el.getAttribute('name') || el.className || el.tagName.toLowerCase(),
                ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
              };
            }, null);
            if (!focused) continue;
            expect(focused.ring, `focus ring on ${focused.name}`).toBe(true);
            seen.push(focused.name);
          }
          expect(seen).toEqual(expect.arrayContaining(['enabled', 'entity-apt40', 'site', 'cardTrigger', 'open-shortcuts']));
        } finally {
          await options.close();
        }
      });
    });
  });
