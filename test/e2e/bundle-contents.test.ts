/**
 * What goes where in the built extension (npm run build first): the hover card's code
 * (Preact, the card, WXT's shadow-root UI and the card's CSS) is card.js, which the
 * background injects when a frame first needs it, and not the content script that every
 * frame of every page compiles (src/page/card/card-loader.ts). The behaviour itself (hovering opens
 * the card, in both browsers) is tested end to end in the in-page suites.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, PROJECT_ROOT } from '../../scripts/lib/paths.ts';

/** Text that only the card's code holds: its stylesheet's close-button rule and WXT's shadow-root reset. */
const CARD_ONLY = ['.card__close', 'WXT Shadow Root Reset'];

describe.each([
  ['Chrome MV3', CHROME_BUILD_DIR],
  ['Firefox MV2', FIREFOX_BUILD_DIR],
])('the %s build', (_name, dir) => {
  const read = (file: string) => {
    const full = path.join(dir, file);
    expect(existsSync(full), `${full} is missing: run npm run build`).toBe(true);
    return readFileSync(full, 'utf8');
  };

  it('keeps the hover card out of the content script, in card.js', () => {
    const content = read('content-scripts/content.js');
    const card = read('card.js');
    for (const text of CARD_ONLY) {
      expect(content.includes(text), `content.js holds ${text}`).toBe(false);
      expect(card.includes(text), `card.js lacks ${text}`).toBe(true);
    }
  });

  it('keeps the coverage check out of the content script: it runs in the background, and its date tables cost every frame', () => {
    // A locale only the coverage's time frame (src/core/time-frame.ts) names.
    const marker = 'ar-SY';
    expect(readFileSync(path.join(PROJECT_ROOT, 'src/core/time-frame.ts'), 'utf8')).toContain(marker);
    const content = read('content-scripts/content.js');
    expect(content.includes(marker), 'content.js holds the time frame').toBe(false);
    expect(read('background.js')).toContain(marker);
  });

  it('injects card.js only on demand: it is no content script of the manifest, and the background names it', () => {
    const manifest = JSON.parse(read('manifest.json')) as { content_scripts: { js: string[] }[] };
    expect(manifest.content_scripts.flatMap((c) => c.js)).toEqual(['content-scripts/content.js']);
    expect(read('background.js')).toContain('/card.js');
  });
});
