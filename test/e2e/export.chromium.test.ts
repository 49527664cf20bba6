import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { chromium } from './harness/chromium.ts';
import { openPopup } from './harness/extension-pages.ts';
import { waitUntil } from './harness/wait.ts';
import { defineExportSuite } from './popup/export-suite.ts';
import { tabIdOf } from './popup/suite.ts';

defineExportSuite(chromium, (get) => {
    it('saves a real file: the popup’s download link (a data: URL) downloads the JSON it holds', async () => {
      const { browser, extensionPage, pageUrl } = get();
      const page = await browser.open(pageUrl);
      const popup = await openPopup(browser, `?tabId=${await tabIdOf(extensionPage, pageUrl)}`);
      try {
        const total = Number(await waitUntil('the popup list', () => popup.evaluate(() => document.querySelector<HTMLElement>('.total')?.dataset.total, null)));
        const [download] = await Promise.all([popup.raw.waitForEvent('download'), popup.click('button[data-export="json"]')]);
        expect(download.suggestedFilename()).toMatch(/^attribution-lens-.+\.json$/);
        const saved = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
        expect(saved.page.url).toBe(pageUrl);
        expect(saved.mentions).toHaveLength(total);
      } finally {
        await popup.close();
        await page.close();
      }
    });
  });
