import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A throwaway PostgreSQL for the tests that ask for one (started lazily; tests/server/test-postgres.ts).
    globalSetup: ['tests/server/test-postgres-setup.ts'],
    // Some tests run the real command-line tools in a child process.
    testTimeout: 120_000,
    // Hooks start servers and throwaway databases; on a loaded 2-core machine that takes far longer than 10 s.
    hookTimeout: 120_000,
  },
});
