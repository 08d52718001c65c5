import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One zone for every machine, the browser tests' own: tests that show calendar days (presets,
// local start times) otherwise pass in New York and UTC and fail in Auckland. Set before the
// workers start, so they inherit it.
process.env.TZ = 'America/New_York';

// Unit tests sit beside the code. Server-side code and pure logic run in Node; React components in jsdom.
export default defineConfig({
  // Explicit aliases: tsconfig.json excludes test files, so tsconfig-based resolution would miss them.
  resolve: {
    alias: {
      '@contract': fileURLToPath(new URL('./contract', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  test: {
    // Every core: the default leaves one free, which on a 2-core machine is half of it (82 s
    // against 58 s for the whole suite there).
    maxWorkers: availableParallelism(),
    // Worker threads start faster than child processes: 86 s against 99 s for the whole suite on
    // the 2-core machines. No test changes the working directory or exits its process.
    pool: 'threads',
    // CI sums unit and browser results from these JSON reports (scripts/summarize-tests.mjs).
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/unit-results.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'server/**/*.test.ts',
            'simulator/**/*.test.ts',
            'contract/**/*.test.ts',
            'bench/**/*.test.ts',
            'eslint/**/*.test.ts',
            'src/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup-dom.ts'],
          // jsdom plus user-event on a busy 2-core machine: 5 s is too tight for a real interaction.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
