import { defineConfig } from 'vitest/config';

// Unit (node) and DOM (jsdom) tests. End-to-end tests have their own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/dom/**/*.test.ts'],
  },
});
