import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { firefox } from './harness/firefox.ts';
import { openPopup } from './harness/extension-pages.ts';
import { waitUntil } from './harness/wait.ts';
import { defineExportSuite } from './popup/export-suite.ts';
import { tabIdOf } from './popup/suite.ts';

defineExportSuite(firefox, (get) => {
    it('saves a real file: the popup’s download link (a data: URL) downloads the JSON it holds', async () => {
      const { browser, extensionPage, pageUrl } = get();
      const folder = await mkdtemp(path.join(tmpdir(), 'al-export-'));
      try {
        // WebDriver BiDi's browser.setDownloadBehavior: save without asking, into `folder`. Puppeteer's
        // BiDi browser has the connection, its public Browser type does not.
        const bidi = browser.puppeteer as unknown as { connection: { send(method: string, params: object): Promise<unknown> } };
        await bidi.connection.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: folder } });
        const page = await browser.open(pageUrl);
        const popup = await openPopup(browser, `?tabId=${await tabIdOf(extensionPage, pageUrl)}`);
        try {
          const total = Number(await waitUntil('the popup list', () => popup.evaluate(() => document.querySelector<HTMLElement>('.total')?.dataset.total, null)));
          await popup.click('button[data-export="json"]');
          const name = await waitUntil('the saved file', async () => (await readdir(folder)).find((f) => /^attribution-lens-.+\.json$/.test(f)));
          const saved = await waitUntil('the whole file', async () => {
            try {
              return JSON.parse(await readFile(path.join(folder, name), 'utf8'));
            } catch {
              return null;
            }
          });
          expect(saved.page.url).toBe(pageUrl);
          expect(saved.mentions).toHaveLength(total);
        } finally {
          await popup.close();
          await page.close();
        }
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });
  });
