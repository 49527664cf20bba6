/**
 * How long the background takes to put a script into a frame when a content script asks:
 * the figure that decides whether a small first-stage content script could leave the
 * annotator out of pages until their text holds a candidate (README, Performance, "Measured,
 * not built"). It prints figures and asserts nothing:
 *
 *   npm run build && flock /tmp/al-browser.lock npx tsx scripts/bench/injection-latency.ts [--runs 8]
 *
 * A test extension (written to .output/bench-injection/, never committed): its content
 * script, at `document_idle` on the seed article, asks its service worker to inject a file
 * with `scripting.executeScript`, as the background injects card.js. The file is our built
 * content script wrapped in a function that is never called, so it is as big to load and
 * compile as the annotator would be, and does nothing. Printed per visit: request → the
 * injected file begins to run, and request → the request resolves. `--runs` visits come one
 * after the other; then two more after the service worker was left idle for 40 s (Chrome
 * stops an idle worker after 30 s).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../lib/chromium.ts';
import { CHROME_BUILD_DIR, DEFAULT_CORPUS_DIR, PROJECT_ROOT } from '../lib/paths.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { median } from './stats.ts';

const DIR = path.join(PROJECT_ROOT, '.output/bench-injection');
const SEED = 'seed-ar-000_032fcb27abe777f4.html';
const IDLE_MS = 40_000;

const BACKGROUND = `chrome.runtime.onMessage.addListener((message, sender, respond) => {
  if (message !== 'inject' || !sender.tab) return false;
  chrome.scripting
    .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['payload.js'] })
    .then(() => respond(true), (err) => respond(String(err)));
  return true;
});
`;

// The timings go to a data attribute on the root element, where the test page can read them.
const CONTENT = `(() => {
  if (window !== window.top) return;
  const asked = performance.now();
  chrome.runtime.sendMessage('inject').then((answer) => {
    document.documentElement.dataset.injection = JSON.stringify({
      began: globalThis.__injectionBegan - asked,
      resolved: performance.now() - asked,
      answer,
    });
  });
})();
`;

async function writeExtension(): Promise<void> {
  const built = await readFile(path.join(CHROME_BUILD_DIR, 'content-scripts/content.js'), 'utf8').catch(() => {
    throw new Error(`${CHROME_BUILD_DIR}/content-scripts/content.js is missing: run npm run build first`);
  });
  await mkdir(DIR, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Attribution Lens benchmark: injection latency',
    version: '1.0',
    permissions: ['scripting'],
    host_permissions: ['http://127.0.0.1/*'],
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], run_at: 'document_idle', js: ['content.js'] }],
  };
  await writeFile(path.join(DIR, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(DIR, 'background.js'), BACKGROUND);
  await writeFile(path.join(DIR, 'content.js'), CONTENT);
  await writeFile(
    path.join(DIR, 'payload.js'),
    `globalThis.__injectionBegan = performance.now();\nglobalThis.__injectionPayload = function () {\n${built}\n};\n`,
  );
}

interface Reading {
  began: number;
  resolved: number;
  answer: unknown;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '8' } } });
  const runs = Math.max(1, Number(values.runs) || 8);
  await writeExtension();
  const server = await startStaticServer({ root: DEFAULT_CORPUS_DIR });
  const browser = await launchChromium(DIR);
  const visit = async (label: string): Promise<Reading> => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}${SEED}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.injection, null, { timeout: 60_000 });
      const reading = JSON.parse(
        (await page.evaluate(() => document.documentElement.dataset.injection)) as string,
      ) as Reading;
      if (reading.answer !== true) throw new Error(`the injection failed: ${String(reading.answer)}`);
      console.log(`${label.padEnd(22)} began ${reading.began.toFixed(1).padStart(6)} ms   resolved ${reading.resolved.toFixed(1).padStart(6)} ms`);
      return reading;
    } finally {
      await page.close();
    }
  };
  try {
    console.log(`Injection into ${SEED}, after the content script asked:`);
    const all: Reading[] = [];
    for (let i = 0; i < runs; i++) all.push(await visit('worker awake'));
    for (let i = 0; i < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      all.push(await visit(`after ${IDLE_MS / 1000} s idle`));
    }
    const range = (xs: number[]) =>
      `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms (median ${median(xs).toFixed(1)})`;
    console.log(`began: ${range(all.map((r) => r.began))}; resolved: ${range(all.map((r) => r.resolved))} (${all.length} visits)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
