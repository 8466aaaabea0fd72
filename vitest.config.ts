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
  'test/platform/halls.test.ts',
  'test/platform/hall-settings.test.ts',
  'test/platform/payment-events.test.ts',
  'test/platform/payments.test.ts',
  'test/platform/staff-duty.test.ts',
  'test/platform/terminal-health.test.ts',
  'test/platform/mobile/mobile-live.test.ts',
  'test/platform/mobile/mobile-pages.test.ts',
  'test/platform/queue/appointments.test.ts',
  'test/platform/queue/board.test.ts',
  'test/platform/queue/booking.test.ts',
  'test/platform/queue/concurrency.test.ts',
  'test/platform/queue/configuration.test.ts',
  'test/platform/queue/counter-actions.test.ts',
  'test/platform/queue/counts-and-estimates.test.ts',
  'test/platform/queue/events.test.ts',
  'test/platform/queue/issue-rules.test.ts',
  'test/platform/queue/numbering.test.ts',
  'test/platform/queue/opening-hours.test.ts',
  'test/platform/queue/queue-model.property.test.ts',
  'test/platform/services/evaluations.test.ts',
  'test/platform/services/intake.test.ts',
  'test/platform/services/supervision.test.ts',
  'test/platform/store/sealed-fields.test.ts',
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
      // hookTimeout: a file's first beforeEach starts its cluster and may seed its template (the reference
      // seed with every staff PIN's scrypt): over 10 s, vitest's default, at load 16 on two cores.
      ...(withPostgres ? [{ extends: true, test: { name: 'platform-pg', include: onBothStorages, hookTimeout: 60_000, env: { PLATFORM_TEST_DATABASE: 'postgres' } } }] : []),
    ],
  },
});
