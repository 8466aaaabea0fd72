// City load: many terminals against one reference platform, as a district's halls would load it.
// Kiosks issue tickets (each at random intervals, so together they make BENCH_RATE tickets a second),
// counters call, start and finish the next ticket at their window and pause as if serving, call
// displays hold the live event stream open. Every create goes through the API as a terminal sends it:
// with an Idempotency-Key, retried with the same key on a network error or a 5xx (the terminal's outbox
// does the same), so a ticket may be answered late but never made twice.
//
// Figures per target: tickets issued a second, issue latency (p50/p95/p99 of the request that got the
// ticket), call-to-display latency (from the counter sending callNext to each display receiving the
// ticketCalled event), failures by kind, and the checks after the run, read from the platform's own
// database: every ticket a kiosk was answered with is stored once (lost: 0), no key made two tickets
// and no kiosk ticket exists that no kiosk was answered with (doubled: 0), and each business's numbers
// are exactly 1..n with no duplicate and no gap, in each hall.
//
// BENCH_HALLS=H (default 1): H halls in the one platform (issue 17), `default`, hall-02... each with
// its own queue; kiosks, counters and displays spread over them in turn (terminal i in hall i mod H),
// each hall's counters on its own windows w001.., its businesses min(BENCH_CATEGORIES, its windows).
// A display counts the calls of its own hall; one it hears from another hall is a leak (goal 0).
//
// Targets (BENCH_TARGETS, comma-separated): `sqlite` (one platform process on a SQLite file) and
// `postgres` (3 processes through platform/cluster.ts on one port, over a throwaway PostgreSQL cluster
// from lib/pg-cluster.ts; BENCH_KILL_AT=<s>: kill -9 one worker that many seconds after the platform is
// up, the cluster replaces it). Displays on the killed worker lose their stream and reconnect half a
// second later, to whichever process takes the connection, with Last-Event-ID: resumed there with
// what they missed (the ids are the database's on PostgreSQL), or told to resync.
//   BENCH_SECONDS (default 300), BENCH_KIOSKS (160), BENCH_COUNTERS (100, one window each),
//   BENCH_DISPLAYS (40), BENCH_RATE (tickets a second from all kiosks together, default 40),
//   BENCH_SERVE_MS (a counter's pause per ticket served, default 1500), BENCH_CATEGORIES (20).
import { randomBytes } from 'node:crypto';
import { HEADERS } from '../domain/api/define.ts';
import { RESYNC_EVENT } from '../domain/api/events.ts';
import { routes } from '../domain/api/routes.ts';
import { checkCity, quantile } from './city-checks.ts';
import { startPostgresTarget, startSqliteTarget, type CityLayout, type Target } from './city-targets.ts';
import { ms, printTable } from './table.ts';

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number, got "${process.env[name]}"`);
  return v;
};
const SECONDS = num('BENCH_SECONDS', 300);
const KIOSKS = num('BENCH_KIOSKS', 160);
const COUNTERS = num('BENCH_COUNTERS', 100);
const DISPLAYS = num('BENCH_DISPLAYS', 40);
const RATE = num('BENCH_RATE', 40);
const SERVE_MS = num('BENCH_SERVE_MS', 1500);
// Every business needs a window: no more businesses than counters.
const HALLS = Math.floor(num('BENCH_HALLS', 1));
if (HALLS > COUNTERS) throw new Error(`BENCH_HALLS=${HALLS}: every hall needs a counter (BENCH_COUNTERS=${COUNTERS})`);
/** Windows (and counters) in each hall. */
const WINDOWS = Math.ceil(COUNTERS / HALLS);
const CATEGORIES = Math.min(num('BENCH_CATEGORIES', 20), WINDOWS);
const hallId = (h: number) => (h === 0 ? 'default' : `hall-${String(h + 1).padStart(2, '0')}`);
const TARGETS = (process.env['BENCH_TARGETS'] ?? 'sqlite').split(',');
for (const t of TARGETS) if (t !== 'sqlite' && t !== 'postgres') throw new Error(`BENCH_TARGETS: unknown target "${t}" (have: sqlite, postgres)`);
/** postgres: kill -9 one worker this many seconds after the load starts (absent: none). */
const KILL_AT = process.env['BENCH_KILL_AT'] === undefined ? null : num('BENCH_KILL_AT', 0);

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));
const now = () => performance.now();

interface Terminal {
  readonly id: string;
  readonly role: 'kiosk' | 'counter' | 'display';
  readonly hall: string;
  credential: string;
}

const terminals: Terminal[] = [
  ...Array.from({ length: KIOSKS }, (_, i) => ({ id: `kiosk-${pad(i + 1, 3)}`, role: 'kiosk' as const, hall: hallId(i % HALLS), credential: '' })),
  ...Array.from({ length: COUNTERS }, (_, i) => ({ id: `counter-${pad(i + 1, 3)}`, role: 'counter' as const, hall: hallId(i % HALLS), credential: '' })),
  ...Array.from({ length: DISPLAYS }, (_, i) => ({ id: `display-${pad(i + 1, 3)}`, role: 'display' as const, hall: hallId(i % HALLS), credential: '' })),
];


class Api {
  readonly failures = new Map<string, number>();
  readonly base: string;
  constructor(base: string) {
    this.base = base;
  }

  fail(kind: string) {
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
  }

  headers(t: Terminal, key?: string): Record<string, string> {
    return {
      'content-type': 'application/json',
      [HEADERS.terminalId]: t.id,
      [HEADERS.authorization]: `Bearer ${t.credential}`,
      ...(key ? { [HEADERS.idempotencyKey]: key } : {}),
    };
  }

  /**
   * A create as the terminal's outbox sends it: the same key until an answer below 500 comes, at most
   * `tries` times. Returns the status and body of that answer, or null when none came.
   */
  async create(t: Terminal, path: string, body: unknown, tries = 6): Promise<{ status: number; body: unknown; ms: number } | null> {
    const key = randomBytes(12).toString('base64url');
    for (let i = 0; i < tries; i++) {
      const start = now();
      try {
        const r = await fetch(new URL(path.slice(1), this.base), { method: 'POST', headers: this.headers(t, key), body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
        const json = (await r.json()) as unknown;
        if (r.status < 500) return { status: r.status, body: json, ms: now() - start };
        this.fail(`HTTP ${r.status} (retried)`);
      } catch (e) {
        this.fail(`${(e as Error).name === 'TimeoutError' ? 'timeout' : 'network error'} (retried)`);
      }
      await sleep(100 * 2 ** i);
    }
    this.fail('no answer after retries');
    return null;
  }
}

async function runLoad(target: Target) {
  const api = new Api(target.url.replace(/\/?$/, '/'));
  // Enrol every terminal, 20 at a time.
  const enrolStart = now();
  for (let i = 0; i < terminals.length; i += 20) {
    await Promise.all(
      terminals.slice(i, i + 20).map(async (t) => {
        const r = await fetch(new URL(routes['terminals.enrol'].path.slice(1), api.base), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: target.codes.get(t.id), terminalId: t.id, role: t.role, version: 'bench-city' }),
        });
        if (r.status !== 201) throw new Error(`enrolment of ${t.id} refused: ${r.status} ${await r.text()}`);
        t.credential = ((await r.json()) as { credential: string }).credential;
      }),
    );
  }
  const enrolMs = now() - enrolStart;

  const stopAt = now() + SECONDS * 1000;
  const running = () => now() < stopAt;

  // Displays: the live stream, each ticketCalled's arrival time kept per ticket (with the display's hall).
  const arrivals = new Map<string, { at: number; hall: string }[]>();
  const streams = new AbortController();
  let displayEvents = 0;
  // A display that lost its stream reconnects (to any process) with the id of the last event it had, as
  // the terminal's PlatformEvents does: the platform resumes it with what it missed, or sends a resync.
  const reconnects = { resumed: 0, resynced: 0 };
  const displays = terminals
    .filter((t) => t.role === 'display')
    .map(async (t) => {
      let lastId: string | null = null;
      while (running()) {
        try {
          const headers = { ...api.headers(t), ...(lastId === null ? {} : { 'last-event-id': lastId }) };
          const r = await fetch(new URL(routes['queue.events'].path.slice(1), api.base), { headers, signal: streams.signal });
          if (!r.ok || !r.body) {
            api.fail(`event stream HTTP ${r.status}`);
            await sleep(500);
            continue;
          }
          let buffer = '';
          const decoder = new TextDecoder();
          // After a drop: the first event tells whether the stream was resumed or must resync.
          let told = lastId === null;
          for await (const chunk of r.body) {
            buffer += decoder.decode(chunk as Uint8Array, { stream: true });
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const frame = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const id = frame.split('\n').find((l) => l.startsWith('id: '));
              if (id) lastId = id.slice(4);
              if (!told && frame.includes('event: ')) {
                told = true;
                reconnects[frame.includes(`event: ${RESYNC_EVENT}`) ? 'resynced' : 'resumed']++;
              }
              if (!frame.includes('event: ticketCalled')) continue;
              const data = frame.split('\n').find((l) => l.startsWith('data: '));
              if (!data) continue;
              const e = JSON.parse(data.slice(6)) as { ticketId: string; recall: boolean };
              if (e.recall) continue;
              displayEvents++;
              const list = arrivals.get(e.ticketId) ?? [];
              list.push({ at: now(), hall: t.hall });
              arrivals.set(e.ticketId, list);
            }
          }
        } catch (e) {
          if (!running()) break;
          api.fail('event stream dropped');
          await sleep(500);
          void e;
        }
      }
    });

  // Kiosks: exponential gaps, mean KIOSKS / RATE seconds each.
  const issued: { id: string; number: string; categoryId: string; kiosk: string }[] = [];
  // Counts each hall's own: its kiosks choose among its businesses.
  const issueMs: number[] = [];
  const refusals = new Map<string, number>();
  const kiosks = terminals
    .filter((t) => t.role === 'kiosk')
    .map(async (t, i) => {
      const meanGap = (KIOSKS / RATE) * 1000;
      await sleep(Math.random() * meanGap);
      while (running()) {
        const categoryId = `c${pad(((i + issued.length) % CATEGORIES) + 1, 2)}`;
        const r = await api.create(t, routes['queue.issueTicket'].path, { categoryId, channel: 'kiosk' });
        if (r?.status === 201) {
          const ticket = r.body as { id: string; number: string; categoryId: string };
          issued.push({ id: ticket.id, number: ticket.number, categoryId: ticket.categoryId, kiosk: t.id });
          issueMs.push(r.ms);
        } else if (r) {
          const code = (r.body as { error?: { code?: string } }).error?.code ?? `HTTP ${r.status}`;
          refusals.set(code, (refusals.get(code) ?? 0) + 1);
        }
        await sleep(-Math.log(1 - Math.random()) * meanGap);
      }
    });

  // Counters: call the next, start, finish, pause as if serving; counter i is window i div HALLS of its hall.
  const calledAt = new Map<string, { at: number; hall: string }>();
  let served = 0;
  const counters = terminals
    .filter((t) => t.role === 'counter')
    .map(async (t, i) => {
      const path = routes['queue.windowAction'].path.replace(':windowId', `w${pad(Math.floor(i / HALLS) + 1, 3)}`);
      while (running()) {
        const sent = now();
        const called = await api.create(t, path, { action: 'callNext' });
        if (called?.status !== 200) {
          await sleep(300 + Math.random() * 400);
          continue;
        }
        const ticket = called.body as { id: string };
        calledAt.set(ticket.id, { at: sent, hall: t.hall });
        await api.create(t, path, { action: 'start', ticketId: ticket.id });
        await sleep(SERVE_MS * (0.5 + Math.random()));
        const done = await api.create(t, path, { action: 'finish', ticketId: ticket.id });
        if (done?.status === 200) served++;
      }
    });

  const loadStart = now();
  await Promise.all([...kiosks, ...counters]);
  const loadSeconds = (now() - loadStart) / 1000;
  streams.abort();
  await Promise.allSettled(displays);

  // Checks, from the platform's own database.
  const { lost, doubled, unanswered, duplicates, gaps, wrapped, callLatencies, callsNotSeen, leaked } = checkCity({ issued, stored: await target.storedTickets(), calledAt, arrivals });

  return {
    rows: [
      ['terminals', `${KIOSKS} kiosks, ${COUNTERS} counters, ${DISPLAYS} displays in ${HALLS} hall(s) of ${WINDOWS} windows and ${CATEGORIES} businesses (enrolled in ${(enrolMs / 1000).toFixed(1)} s)`],
      ['run', `${loadSeconds.toFixed(0)} s at a target of ${RATE} tickets/s`],
      ['tickets issued', `${issued.length} (${(issued.length / loadSeconds).toFixed(1)}/s); served ${served}`],
      ['issue latency p50 / p95 / p99', `${ms(quantile(issueMs, 0.5))} / ${ms(quantile(issueMs, 0.95))} / ${ms(quantile(issueMs, 0.99))}`],
      ['call to display p50 / p95 / p99', `${ms(quantile(callLatencies, 0.5))} / ${ms(quantile(callLatencies, 0.95))} / ${ms(quantile(callLatencies, 0.99))} (${callLatencies.length} deliveries of ${calledAt.size} calls to ${DISPLAYS} displays; ${displayEvents} events)`],
      ['calls no display of the hall saw', String(callsNotSeen)],
      ['streams after a drop: resumed / resynced', `${reconnects.resumed} / ${reconnects.resynced}`],
      ['calls heard by a display of another hall', String(leaked)],
      ['refusals', refusals.size ? [...refusals].map(([k, v]) => `${k} ${v}`).join(', ') : '0'],
      ['failures (retried or not)', api.failures.size ? [...api.failures].map(([k, v]) => `${k} ${v}`).join(', ') : '0'],
      ['tickets lost (answered, not stored)', String(lost)],
      ['tickets doubled (one ticket answered to two creates)', String(doubled)],
      ['tickets stored, never answered (every retry failed)', String(unanswered)],
      ['numbers duplicated / missing', `${duplicates} / ${gaps}${wrapped ? ` (${wrapped} businesses wrapped past 999: not checked)` : ''}`],
    ] as [string, string][],
  };
}

const layout: CityLayout = { windows: WINDOWS, categories: CATEGORIES, halls: HALLS, terminals };
for (const name of TARGETS) {
  const target = name === 'sqlite' ? await startSqliteTarget(layout) : await startPostgresTarget(layout, KILL_AT);
  const victim = target.workers[0];
  const kill = KILL_AT === null || victim === undefined ? null : setTimeout(() => {
    console.log(`kill -9 of platform worker ${victim} at ${KILL_AT} s`);
    process.kill(victim, 'SIGKILL');
  }, KILL_AT * 1000);
  try {
    const result = await runLoad(target);
    printTable(`City load, ${target.name}`, result.rows);
  } finally {
    if (kill) clearTimeout(kill);
    await target.stop();
  }
}
