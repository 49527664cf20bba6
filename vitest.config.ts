import { defineConfig } from 'vitest/config';
import { matchTablePlugin } from './build/match-table-plugin';

// Unit (node) and DOM (jsdom) tests. End-to-end tests have their own config.
export default defineConfig({
  plugins: [matchTablePlugin(new URL('./src/data/attribution.json', import.meta.url).pathname)],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/dom/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
