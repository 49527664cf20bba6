import { defineConfig } from 'vitest/config';
import { matchTablePlugin } from './build/match-table-plugin';

// Unit (node) and DOM (jsdom) tests. End-to-end tests have their own config.
export default defineConfig({
  plugins: [matchTablePlugin(new URL('./src/data/attribution.json', import.meta.url).pathname)],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/dom/**/*.test.ts', 'scripts/**/*.test.ts'],
    // A guard against a hung test, not a speed check: the corpus tests parse whole pages in jsdom,
    // which takes seconds on a busy 2-core machine (vitest's default of 5 s failed there).
    testTimeout: 60_000,
    // How Preact schedules effects in jsdom (see the file); harmless where nothing renders.
    setupFiles: ['test/dom/helpers/preact-effects.ts'],
  },
});
