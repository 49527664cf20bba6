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
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, visitPage } from './lib/chromium.ts';
import { CHROME_BUILD_DIR, PROJECT_ROOT } from './lib/paths.ts';
import { ENTITY_IDS, mergeMarks } from './lib/score.ts';
import { startStaticServer } from './lib/static-server.ts';

const DATASET_PATH = path.join(PROJECT_ROOT, 'src/data/attribution.json');
const SCREENSHOT_PATH = path.join(PROJECT_ROOT, '.output/demo-article.png');

interface ArabicArticle {
  headline: string;
  sentences: string[];
}

/** Reads the Arabic headline and sentences, failing with a message naming the missing field. */
async function readArticle(): Promise<ArabicArticle> {
  if (!existsSync(DATASET_PATH)) throw new Error(`${path.relative(PROJECT_ROOT, DATASET_PATH)} is missing`);
  const data = JSON.parse(await readFile(DATASET_PATH, 'utf8')) as {
    article?: { headline?: { ar?: unknown }; sentences?: Array<{ ar?: unknown }> };
  };
  const headline = data.article?.headline?.ar;
  if (typeof headline !== 'string' || headline === '') {
    throw new Error('src/data/attribution.json has no article.headline.ar (the Arabic headline)');
  }
  const sentences = data.article?.sentences;
  if (!Array.isArray(sentences) || sentences.length === 0) {
    throw new Error('src/data/attribution.json has no article.sentences');
  }
  return {
    headline,
    sentences: sentences.map((s, i) => {
      if (typeof s.ar !== 'string') throw new Error(`src/data/attribution.json: article.sentences[${i}].ar is missing`);
      return s.ar;
    }),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function articlePage({ headline, sentences }: ArabicArticle): string {
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)}</title>
<style>
body { font-family: "DejaVu Sans", "Noto Naskh Arabic", sans-serif; max-width: 760px; margin: 32px auto; padding: 0 20px; line-height: 1.9; color: #1f2328; background: #fff; }
h1 { font-size: 26px; line-height: 1.5; }
p { font-size: 17px; margin: 0 0 14px; }
</style>
</head>
<body>
<article>
<h1>${escapeHtml(headline)}</h1>
${sentences.map((s) => `<p dir="rtl" lang="ar">${escapeHtml(s)}</p>`).join('\n')}
</article>
</body>
</html>
`;
}

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
