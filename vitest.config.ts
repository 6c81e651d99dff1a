import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/loopback-only.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Only with `npm run coverage` (--coverage): `npm test` does not pay for it. The code the bot ships is
    // measured (src, commands); code run in child processes (the built bot, `npm run add`) is not counted.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'commands/**/*.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      // The figures still print when a test fails (a timing-bound load test on a busy machine, say).
      reportOnFailure: true,
    },
  },
});
