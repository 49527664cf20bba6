import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension (npm run build first).
// The machine has 2 cores: one test file, hence one browser, at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
