// PostgreSQL for the platform's storage tests: one throwaway cluster per test file (lib/pg-cluster.ts),
// a fresh database per suite. Without PostgreSQL installed the PostgreSQL tests are skipped with a
// message naming the package, except under CI=true, where they must run: there it is a failure.
import { findPostgresBin, MISSING_POSTGRES, startPgCluster, type PgCluster } from '../../lib/pg-cluster.ts';

export const pgInstalled = findPostgresBin() !== null;

if (!pgInstalled) {
  if (process.env['CI'] === 'true') throw new Error(`${MISSING_POSTGRES}; CI must run the PostgreSQL tests (.ci/run installs it)`);
  console.warn(`[skipped] the PostgreSQL tests: ${MISSING_POSTGRES}`);
}

let cluster: Promise<PgCluster> | null = null;
let databases = 0;
const onStop: (() => void)[] = [];

/** `forget` runs when the file's cluster stops (what was kept of it, such as a template database, is gone with it). */
export function onPgClusterStop(forget: () => void): void {
  onStop.push(forget);
}

/** The file's cluster, started on first use; `stopPgCluster` in afterAll. */
export function pgCluster(): Promise<PgCluster> {
  cluster ??= startPgCluster();
  return cluster;
}

/** An empty database in the file's cluster (or, given `template`, a copy of that database of it): its URL. */
export async function freshPgDatabase(template?: string): Promise<string> {
  const c = await pgCluster();
  return c.createDatabase(`t${process.pid}_${++databases}`, template);
}

export async function stopPgCluster(): Promise<void> {
  const c = cluster;
  cluster = null;
  for (const forget of onStop.splice(0)) forget();
  if (c) await (await c).stop();
}
