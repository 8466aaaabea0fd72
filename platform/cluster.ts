// Several platform processes behind one address, with Node's own `cluster` module: the primary
// prepares what must happen once (migrations, the seed, enrolment codes), then forks N workers that
// each listen on the same port (the primary holds the socket and hands connections out round-robin).
// A worker that dies (a crash, kill -9) is replaced; the others go on serving meanwhile, so a terminal
// whose request failed on the dead one succeeds on its retry. Workers that keep dying at once are not
// restarted for ever: after `maxQuickDeaths` deaths within a minute the primary gives up and exits 1,
// so the service manager sees a broken platform instead of a busy loop. SIGTERM or SIGINT stops the
// workers (each closes its server and database) and then the primary.
//
// Stateless workers over one PostgreSQL are what makes this right: the queue numbers in a row-locked
// transaction and the event stream crosses processes by LISTEN/NOTIFY (store/pg-storage.ts).
import cluster, { type Worker } from 'node:cluster';

export interface ClusterOptions {
  /** Worker processes, 1 to 64. */
  readonly processes: number;
  /** Runs once in the primary before any worker starts (migrations, seed). */
  readonly prepare?: () => Promise<void>;
  /** Runs in each worker: start serving (listen on the shared port). Resolves once listening. */
  readonly serve: () => Promise<{ close(): Promise<void> }>;
  /** Lines for the operator (the primary's and workers' starts, deaths, restarts). */
  readonly log?: (line: string) => void;
  /** Deaths within a minute after which the primary stops restarting and exits 1 (default 5 per process). */
  readonly maxQuickDeaths?: number;
  /** The pause before a dead worker is replaced (default 200 ms, doubling while deaths come quickly, at most 5 s). */
  readonly restartDelayMs?: number;
}

const MINUTE = 60_000;

export function checkProcesses(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new RangeError(`--processes must be a whole number from 1 to 64, got "${n}"`);
  return n;
}

/** In the primary: prepare, fork, keep N alive. In a worker: serve until told to stop. */
export async function runCluster(options: ClusterOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  checkProcesses(options.processes);
  if (!cluster.isPrimary) return serveInWorker(options, log);

  await options.prepare?.();
  const maxQuickDeaths = options.maxQuickDeaths ?? 5 * options.processes;
  const baseDelay = options.restartDelayMs ?? 200;
  const deaths: number[] = [];
  let stopping = false;

  const fork = () => {
    const w = cluster.fork();
    w.once('message', (m: unknown) => {
      if (m === 'listening') log(`platform worker ${w.process.pid} serving`);
    });
    return w;
  };

  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0]! < now - MINUTE) deaths.shift();
    log(`platform worker ${worker.process.pid} died (${signal ?? `exit ${code}`}); ${deaths.length} death(s) in the last minute`);
    if (deaths.length >= maxQuickDeaths) {
      log(`platform workers keep dying (${deaths.length} within a minute): giving up`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
      process.exitCode = 1;
      return;
    }
    const delay = Math.min(5_000, baseDelay * 2 ** Math.max(0, deaths.length - 1));
    // Not unref'd: with every worker dead this timer is what keeps the primary alive to replace them.
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  for (let i = 0; i < options.processes; i++) fork();

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`platform stopping (${signal})`);
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    if (!alive.length) process.exit(0);
    let left = alive.length;
    for (const w of alive) {
      w.once('exit', () => {
        if (--left === 0) process.exit(process.exitCode ?? 0);
      });
      w.send('stop');
    }
    // A worker that does not stop in time is killed.
    setTimeout(() => {
      for (const w of alive) if (!w.isDead()) w.kill('SIGKILL');
    }, 10_000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

async function serveInWorker(options: ClusterOptions, log: (line: string) => void): Promise<void> {
  // Ctrl+C in a terminal reaches the whole process group: the primary handles it and sends 'stop'.
  // SIGTERM to a worker alone (or to the service's whole control group) closes that worker cleanly;
  // the primary replaces it unless the platform is stopping.
  process.on('SIGINT', () => {});
  let server: { close(): Promise<void> } | undefined;
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (server ? server.close() : Promise.resolve()).finally(() => process.exit(0));
  };
  process.on('SIGTERM', close);
  // The primary gone (kill -9): nothing would replace or stop this worker, so it stops.
  process.on('disconnect', close);
  try {
    server = await options.serve();
  } catch (e) {
    log(`platform worker ${process.pid} failed to start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  process.send?.('listening');
  process.on('message', (m: unknown) => {
    if (m === 'stop') close();
  });
}
