import { defineConfig } from 'vitest/config';

// End-to-end specs drive a real Chromium (and Firefox) with the built extension; one file at a time keeps 2 cores calm.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    retry: 0,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
