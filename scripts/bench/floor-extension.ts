/**
 * The floor as an extension of its own, for the benchmark's second reference: a Manifest V3
 * extension whose one content script (at `document_idle`, in every frame, like ours) does the
 * floor's work and nothing else (in-page-measure.ts, `floorContentScript`). The bench loads it
 * in a Chromium of its own and reads its tasks from the trace exactly as it reads ours
 * (trace.ts: a script under `/content-scripts/`), so the two are measured the same way: what
 * any extension pays to run a script in a page (an isolated world, cold code, the page still
 * loading) is in both.
 *
 * Written by scripts/bench.ts into .output/bench-floor/ (generated, never committed).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { floorContentScriptSource } from './in-page-measure.ts';

/** Writes the extension into `dir` (replacing what was there) and returns `dir`. */
export async function writeFloorExtension(dir: string, aliases: string[]): Promise<string> {
  await mkdir(path.join(dir, 'content-scripts'), { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Attribution Lens benchmark floor',
    version: '1.0',
    description: 'The benchmark floor: reads the page text and runs one expression over it; changes nothing.',
    // launchChromium waits for the extension's service worker.
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['content-scripts/floor.js'] },
    ],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'background.js'), '// Nothing: the floor is all in the content script.\n');
  await writeFile(path.join(dir, 'content-scripts/floor.js'), floorContentScriptSource(aliases));
  return dir;
}
