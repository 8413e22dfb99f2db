import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built binary; keep them from starving each other on 2 cores.
    pool: 'forks',
    testTimeout: 30_000,
    // One seed for every property test unless FC_SEED says otherwise (tests/setup/fast-check.ts).
    setupFiles: ['tests/setup/fast-check.ts', 'tests/setup/yield.ts'],
  },
});
