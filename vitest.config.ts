import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built binary; keep them from starving each other on 2 cores.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
