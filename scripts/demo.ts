/**
 * Shows the extension working on the bundled article:
 *
 *   npm run demo        (after npm run build)
 *
 * Renders the Arabic headline and sentences of src/data/attribution.json as a page, serves it
 * on 127.0.0.1, opens it in headless Chromium with .output/chrome-mv3 loaded, waits for the
 * marks to settle, prints the marks per entity and saves .output/demo-article.png.
 * Exits non-zero when no mark appears.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, visitPage } from './lib/chromium.ts';
import { CHROME_BUILD_DIR, PROJECT_ROOT } from './lib/paths.ts';
import { articlePage, readArticle } from './lib/demo-article.ts';
import { ENTITY_IDS, mergeMarks } from './lib/score.ts';
import { startStaticServer } from './lib/static-server.ts';

const SCREENSHOT_PATH = path.join(PROJECT_ROOT, '.output/demo-article.png');

async function main(): Promise<void> {
  const article = await readArticle();
  const server = await startStaticServer({ pages: { '/article.html': articlePage(article) } });
  const browser = await launchChromium(CHROME_BUILD_DIR);
  try {
    await mkdir(path.dirname(SCREENSHOT_PATH), { recursive: true });
    const visit = await visitPage(browser.context, `${server.url}article.html`, async (page) => {
      await page.screenshot({ path: SCREENSHOT_PATH, fullPage: true });
    });
    const mentions = mergeMarks(visit.marks);
    console.log(
      `Bundled article: headline + ${article.sentences.length} sentences; ` +
        `${visit.marks.length} mark(s), ${mentions.length} highlighted mention(s)` +
        (visit.settle.settled ? '' : ' (marks still changing after 10 s)'),
    );
    const entities = [...new Set([...ENTITY_IDS, ...mentions.map((m) => m.entity)])];
    for (const entity of entities) {
      const texts = mentions.filter((m) => m.entity === entity).map((m) => m.text);
      console.log(`  ${entity.padEnd(14)} ${String(texts.length).padStart(3)}  ${texts.map((t) => `«${t}»`).join(' ')}`);
    }
    console.log(`Screenshot: ${path.relative(process.cwd(), SCREENSHOT_PATH)}`);
    if (visit.marks.length === 0) throw new Error('no mark appeared on the bundled article');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
