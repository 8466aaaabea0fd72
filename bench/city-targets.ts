// The platforms bench/city.ts loads (its targets): one platform process on a SQLite file, or three
// (platform/cluster.ts) over a throwaway PostgreSQL cluster, each started by city-platform.ts with the
// city's halls, windows, businesses and terminals, and read back afterwards (the kiosk tickets as
// stored) for the checks (city-checks.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createServer } from 'node:net';
import Database from 'better-sqlite3';
import { startPgCluster } from '../lib/pg-cluster.ts';
import { PgStorage } from '../platform/store/pg-storage.ts';
import type { StoredTicket } from './city-checks.ts';

/** What the platform is set up with: each hall's windows and businesses, and every terminal enrolled in its hall. */
export interface CityLayout {
  readonly windows: number;
  readonly categories: number;
  readonly halls: number;
  readonly terminals: readonly { readonly id: string; readonly role: string; readonly hall: string }[];
}

export interface Target {
  readonly name: string;
  readonly url: string;
  readonly codes: Map<string, string>;
  readonly child: ChildProcess;
  /** The platform's worker processes (postgres), for BENCH_KILL_AT. */
  readonly workers: number[];
  /** The kiosk tickets as stored: id, business, number, the key's terminal. */
  storedTickets(): Promise<StoredTicket[]>;
  stop(): Promise<void>;
}

const KIOSK_TICKETS = "SELECT id, hall_id, category_id, number, terminal_id FROM queue_tickets WHERE terminal_id LIKE 'kiosk-%'";

/** The platform process (city-platform.ts) with `env`: its enrolment codes, its URL once every worker serves, the workers' pids. */
async function startPlatformProcess(layout: CityLayout, env: Record<string, string>, processes: number) {
  const child = spawn(process.execPath, [new URL('./city-platform.ts', import.meta.url).pathname], {
    env: {
      ...process.env,
      ...env,
      CITY_WINDOWS: String(layout.windows),
      CITY_CATEGORIES: String(layout.categories),
      CITY_HALLS: String(layout.halls),
      CITY_TERMINALS: layout.terminals.map((t) => `${t.id}:${t.role}@${t.hall}`).join(','),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const codes = new Map<string, string>();
  const workers: number[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the platform exited (${code}) before it was ready`)));
    let at: string | null = null;
    const ready = () => at !== null && (processes === 0 || workers.length >= processes) && resolve(at);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const [kind, a, b] = line.split(' ');
      const worker = /^platform worker (\d+) serving/.exec(line);
      if (kind === 'code' && a && b) codes.set(a, b);
      else if (kind === 'url' && a) at = a;
      else if (worker) workers.push(Number(worker[1]));
      ready();
    });
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, codes, url, workers, stop };
}

export async function startSqliteTarget(layout: CityLayout): Promise<Target> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-city-'));
  const db = join(folder, 'platform.db');
  const p = await startPlatformProcess(layout, { CITY_DB: db }, 0);
  return {
    name: 'SQLite, 1 process',
    ...p,
    storedTickets: async () => {
      const h = new Database(db, { readonly: true });
      try {
        return h.prepare(KIOSK_TICKETS).all() as StoredTicket[];
      } finally {
        h.close();
      }
    },
    stop: async () => {
      await p.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** 3 platform processes (platform/cluster.ts, as `npm run platform -- --processes=3`) over a throwaway PostgreSQL cluster. */
export async function startPostgresTarget(layout: CityLayout, killAt: number | null): Promise<Target> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-city-pg-'));
  const pg = await startPgCluster();
  const database = await pg.createDatabase('city');
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  const p = await startPlatformProcess(layout, { CITY_DATABASE: database, CITY_KEY: join(folder, 'platform.key'), CITY_PROCESSES: '3', CITY_PORT: String(port) }, 3);
  return {
    name: `PostgreSQL, 3 processes${killAt === null ? '' : `, one killed (-9) at ${killAt} s`}`,
    ...p,
    storedTickets: async () => {
      const s = new PgStorage(database);
      try {
        return await s.query<StoredTicket>(KIOSK_TICKETS);
      } finally {
        await s.close();
      }
    },
    stop: async () => {
      await p.stop();
      await pg.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
