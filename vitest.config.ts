import { defineConfig } from 'vitest/config';
import { findPostgresBin, MISSING_POSTGRES } from './lib/pg-cluster.ts';

/**
 * The platform's suites that take their database from test/support/platform-database.ts: run once
 * more on PostgreSQL (project `platform-pg`, a fresh database of each file's throwaway cluster per
 * platform). A suite joins by starting its platforms with `...(await platformDatabase())` and being
 * listed here. Without PostgreSQL installed the project is left out with a message, except under
 * CI=true, where it runs (and fails, saying what is missing).
 */
const onBothStorages = [
  'test/platform/catalogue-scope-routes.test.ts',
  'test/platform/complaints.test.ts',
  'test/platform/event-stream.test.ts',
  'test/platform/form-submissions.test.ts',
  'test/platform/hall-settings.test.ts',
  'test/platform/payments.test.ts',
  'test/platform/terminal-health.test.ts',
  'test/platform/mobile/mobile-live.test.ts',
];

const withPostgres = process.env['CI'] === 'true' || findPostgresBin() !== null;
if (!withPostgres) console.warn(`[skipped] the vitest project platform-pg: ${MISSING_POSTGRES}`);

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on CI's two. Most files wait
    // on child processes, sockets and disk (terminals, PostgreSQL clusters, builds), so both cores run files.
    maxWorkers: '100%',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'default', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'node_modules/**'] } },
      ...(withPostgres ? [{ extends: true, test: { name: 'platform-pg', include: onBothStorages, env: { PLATFORM_TEST_DATABASE: 'postgres' } } }] : []),
    ],
  },
});
