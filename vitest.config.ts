import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on CI's two. Most files wait
    // on child processes, sockets and disk (terminals, PostgreSQL clusters, builds), so both cores run files.
    maxWorkers: '100%',
    testTimeout: 20_000,
  },
});
