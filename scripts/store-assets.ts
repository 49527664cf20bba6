/**
 * The stores' images, taken from the real extension (npm run store-assets, after npm run build):
 *
 *   .output/store/screenshot-{en,ar}-{1-card,2-popup,3-story}.png   1280 × 800 (both stores' size)
 *   .output/store/tile-{en,ar}.png                                   440 × 280 (Chrome's small promo tile)
 *   .output/store/popup-{en,ar}-{page,coverage,story,settings}.png    400 × 600 (each section, for the README)
 *
 * Headless Chromium loads .output/chrome-mv3 and opens the bundled article (Arabic, or our
 * English rendering): the first is the page with a hover card open; the others are the page
 * with the real popup (popup.html for that tab, drawn at the popup's 400 px) laid over it
 * where the browser shows it. The tile shows the icon, the localised name and the highlight
 * colours the page uses. Each image's size is checked before the script says it is done.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, storeLanguage } from './lib/chromium.ts';
import { articlePage, escapeHtml, readArticle, type ArticleLang } from './lib/demo-article.ts';
import { PROJECT_ROOT } from './lib/paths.ts';
import { startStaticServer } from './lib/static-server.ts';
import { ENTITY_PALETTE } from '../src/ui/entity-palette.ts';

const OUT_DIR = path.join(PROJECT_ROOT, '.output/store');
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const POPUP = { width: 400, height: 600 };
const ENTITY_IDS = ['apt40', 'apt31', 'mss', 'exchange-hack'] as const;

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function save(name: string, png: Buffer, want: { width: number; height: number }): Promise<void> {
  const got = pngSize(png);
  if (got.width !== want.width || got.height !== want.height) {
    throw new Error(`${name} is ${got.width}×${got.height}, not ${want.width}×${want.height}`);
  }
  await writeFile(path.join(OUT_DIR, name), png);
  console.log(`  ${name.padEnd(34)} ${got.width}×${got.height}  ${Math.round(png.length / 1024)} KB`);
}

/** Waits until the page's marks have stopped changing, then returns how many there are. */
async function settledMarks(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const n = await page.locator('mark[data-attribution-lens]').count();
    if (n > 0 && n === last) return n;
    last = n;
    await page.waitForTimeout(250);
  }
  throw new Error('the marks did not settle within 10 s');
}

const SECTIONS = ['page', 'coverage', 'story', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

/** The popup for `tabId` as an image of each section, as a user first sees it. */
async function popupImages(context: BrowserContext, extensionId: string, tabId: number): Promise<Record<Section, Buffer>> {
  const popup = await context.newPage();
  try {
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[role="tab"]').first().waitFor({ timeout: 10_000 });
    const shots = {} as Record<Section, Buffer>;
    for (const section of SECTIONS) {
      await popup.click(`#tab-${section}`);
      // The coverage verdict is computed when the section opens; wait for it to replace its loading line.
      await popup.waitForTimeout(section === 'coverage' ? 1500 : 400);
      shots[section] = await popup.screenshot();
    }
    return shots;
  } finally {
    await popup.close();
  }
}

/** The page's screenshot with the popup drawn over it below the toolbar, where the browser opens it. */
function overlayPage(pageShot: Buffer, popupShot: Buffer, lang: ArticleLang): string {
  const side = lang === 'ar' ? 'left' : 'right';
  return `<!DOCTYPE html><html><head><style>
html, body { margin: 0; width: ${SCREEN.width}px; height: ${SCREEN.height}px; overflow: hidden; }
.page { position: absolute; inset: 0; }
.popup { position: absolute; top: 16px; ${side}: 24px; width: ${POPUP.width}px; height: ${POPUP.height}px;
  border-radius: 8px; box-shadow: 0 8px 28px rgba(0,0,0,.35), 0 0 0 1px rgba(0,0,0,.15); }
</style></head><body>
<img class="page" src="data:image/png;base64,${pageShot.toString('base64')}" alt="">
<img class="popup" src="data:image/png;base64,${popupShot.toString('base64')}" alt="">
</body></html>`;
}

async function tilePage(lang: ArticleLang): Promise<string> {
  const icon = await readFile(path.join(PROJECT_ROOT, 'public/icon/128.png'));
  const messages = JSON.parse(await readFile(path.join(PROJECT_ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  const dataset = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'src/data/attribution.json'), 'utf8')) as {
    entities: { id: string; names: Record<string, string> }[];
  };
  const chips = ENTITY_IDS.map((id) => {
    const name = dataset.entities.find((e) => e.id === id)?.names[lang === 'ar' ? 'ar' : 'en'] ?? id;
    const short = id === 'mss' ? (lang === 'ar' ? 'أمن الدولة' : 'MSS') : id === 'exchange-hack' ? 'Exchange' : name;
    return `<span class="chip" style="background:${ENTITY_PALETTE[id].background};color:${ENTITY_PALETTE[id].text}">${escapeHtml(short)}</span>`;
  }).join('');
  return `<!DOCTYPE html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><style>
html, body { margin: 0; width: ${TILE.width}px; height: ${TILE.height}px; overflow: hidden; }
body { background: linear-gradient(135deg, #0f2740, #1d4e89); color: #fff; font-family: "DejaVu Sans", "Noto Naskh Arabic", sans-serif;
  display: flex; flex-direction: column; justify-content: center; gap: 18px; padding: 0 32px; box-sizing: border-box; }
.head { display: flex; align-items: center; gap: 18px; }
img { width: 72px; height: 72px; }
h1 { font-size: 30px; margin: 0; line-height: 1.3; }
.chips { display: flex; flex-wrap: wrap; gap: 8px; }
.chip { font-size: 16px; padding: 3px 10px; border-radius: 4px; }
</style></head><body>
<div class="head"><img src="data:image/png;base64,${icon.toString('base64')}" alt=""><h1>${escapeHtml(messages.name?.message ?? 'Attribution Lens')}</h1></div>
<div class="chips">${chips}</div>
</body></html>`;
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const pages: Record<string, string> = {};
  for (const lang of ['ar', 'en'] as const) pages[`/article-${lang}.html`] = articlePage(await readArticle(lang));
  const server = await startStaticServer({ pages });
  const session = await launchChromium();
  const { context, extensionId } = session;
  try {
    if (!extensionId) throw new Error('the extension did not load');
    console.log(`Store images in ${path.relative(process.cwd(), OUT_DIR)}:`);
    for (const lang of ['en', 'ar'] as const) {
      await storeLanguage(session, lang);
      const page = await context.newPage();
      await page.setViewportSize(SCREEN);
      const url = `${server.url}article-${lang}.html`;
      await page.goto(url, { waitUntil: 'load' });
      await settledMarks(page);

      // 1: the card, opened by pointing at the first highlight of the article's body.
      const mark = page.locator('p mark[data-attribution-lens]').first();
      await mark.scrollIntoViewIfNeeded();
      await page.evaluate(() => scrollBy(0, -120));
      await mark.hover();
      await page.locator('attribution-lens-card .card').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(400);
      await save(`screenshot-${lang}-1-card.png`, await page.screenshot(), SCREEN);
      await page.mouse.move(5, SCREEN.height - 5);
      await page.evaluate(() => scrollTo(0, 0));
      await page.waitForTimeout(600);
      const pageShot = await page.screenshot();

      // 2 and 3: the popup's first section and its story, over the page.
      const tabId = await extensionTabId(context, extensionId, url);
      const composer = await context.newPage();
      await composer.setViewportSize(SCREEN);
      const popupShots = await popupImages(context, extensionId, tabId);
      for (const section of SECTIONS) await save(`popup-${lang}-${section}.png`, popupShots[section], POPUP);
      for (const [name, section] of [['2-popup', 'page'], ['3-story', 'story']] as const) {
        await composer.setContent(overlayPage(pageShot, popupShots[section], lang), { waitUntil: 'load' });
        await save(`screenshot-${lang}-${name}.png`, await composer.screenshot(), SCREEN);
      }

      await composer.setViewportSize(TILE);
      await composer.setContent(await tilePage(lang), { waitUntil: 'load' });
      await save(`tile-${lang}.png`, await composer.screenshot(), TILE);
      await composer.close();
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
}

/** The id of the tab showing `url`, asked of the extension itself (tabs.query from one of its pages). */
async function extensionTabId(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const probe = await context.newPage();
  try {
    await probe.goto(`chrome-extension://${extensionId}/popup.html`);
    const id = await probe.evaluate(async (u: string) => {
      const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      return (await c.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}

main().catch((err: unknown) => {
  console.error(`store-assets: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
