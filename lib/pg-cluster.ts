// A throwaway PostgreSQL cluster for tests and benches: initdb in a temporary folder, a free loopback
// port, the unix socket in that folder, fsync off, one database made. The cluster is held by a small
// keeper process (pg-cluster-keeper.ts) that stops the server and removes the folder when `stop()` is
// called, when this process exits, and also when it is killed -9 (the keeper's stdin pipe closes); a
// cluster whose keeper was itself killed -9 is swept by the next one started. Debian's PostgreSQL
// (`apt-get install postgresql`, /usr/lib/postgresql/<n>/bin) or `PG_BIN`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import pg from 'pg';

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  readonly url: string;
  readonly port: number;
  /** The temporary folder: the data folder and the unix socket are in it. */
  readonly dir: string;
  readonly database: string;
  /** Milliseconds from the call to a database accepting connections. */
  readonly startMs: number;
  /** Another database in the same cluster, empty or (`template`) a copy of that database of the cluster, which nothing may be connected to; its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Stops the server and removes the folder. */
  stop(): Promise<void>;
}

/** The folder with initdb and postgres: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin; null when none. */
export function findPostgresBin(): string | null {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

export const MISSING_POSTGRES =
  'PostgreSQL is not installed (no /usr/lib/postgresql/<n>/bin/initdb): apt-get install postgresql (Debian package), or set PG_BIN';

function validName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`database name "${name}": lower-case letters, digits and _ only, up to 63`);
  return name;
}

export async function startPgCluster(options: { database?: string } = {}): Promise<PgCluster> {
  const started = performance.now();
  const bin = findPostgresBin();
  if (!bin) throw new Error(MISSING_POSTGRES);
  const database = validName(options.database ?? 'hall');
  const keeperPath = fileURLToPath(new URL('./pg-cluster-keeper.ts', import.meta.url));
  // Detached: a Ctrl-C to the test run's process group must not kill the keeper before it cleans up.
  const keeper = spawn(process.execPath, [keeperPath, bin], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let log = '';
  keeper.stderr.setEncoding('utf8');
  keeper.stderr.on('data', (c: string) => {
    log = (log + c).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => keeper.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: keeper.stdout });
    lines.once('line', (l) => {
      lines.close();
      resolve(l);
    });
    keeper.once('exit', (code) => reject(new Error(`the PostgreSQL cluster keeper exited (${code}) before the server was ready: ${log.trim()}`)));
  });
  const ready = JSON.parse(line) as { ok: true; dir: string; port: number } | { ok: false; error: string };
  if (!ready.ok) throw new Error(ready.error);
  // Let this process exit without stopping the cluster first: the keeper cleans up when the pipe closes.
  keeper.unref();
  for (const s of [keeper.stdin, keeper.stdout, keeper.stderr] as unknown as { unref?: () => void }[]) s.unref?.();

  const admin = async (sql: string) => {
    const client = new pg.Client({ host: ready.dir, port: ready.port, user: 'postgres', database: 'postgres' });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const urlOf = (db: string) => `postgres://postgres@127.0.0.1:${ready.port}/${db}`;
  await admin(`CREATE DATABASE ${database}`);
  let stopped: Promise<void> | null = null;
  return {
    url: urlOf(database),
    port: ready.port,
    dir: ready.dir,
    database,
    startMs: performance.now() - started,
    async createDatabase(name, template) {
      await admin(`CREATE DATABASE ${validName(name)}${template === undefined ? '' : ` TEMPLATE ${validName(template)}`}`);
      return urlOf(name);
    },
    stop() {
      stopped ??= (async () => {
        keeper.ref();
        keeper.stdin.end();
        await exited;
      })();
      return stopped;
    },
  };
}
