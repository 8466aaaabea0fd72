// Property: random sequences of issue / callNext / start / skip / hold / callBack / finish and of time
// passing (across local midnight) behave exactly like a small model of the queue: the same numbers,
// the same tickets called, the same refusals; no ticket is ever lost; no two live tickets share a
// number on a business day, and no number repeats within a day until the category's range wraps.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketState } from '../../../platform/queue/index.ts';
import { platformTestDatabase } from '../../support/platform-database.ts';
import { category, cleanUp, code, openQueue, staff, window, type Harness } from './support.ts';

afterEach(cleanUp);

const ALL_DAY = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
const RULES = [
  { code: 'appointment', label: '预约', basis: 'appointment', mark: '预约', minAge: null },
  { code: 'online', label: '网办', basis: 'onlineApplication', mark: '网办', minAge: null },
] as const;
const CATEGORIES = { general: { prefix: 'A', start: 1, end: 5 }, social: { prefix: 'B', start: 1, end: 999 } } as const;
type Cat = keyof typeof CATEGORIES;
const WINDOWS: Record<string, Cat[]> = { w01: ['general'], w02: ['social', 'general'] };

const config = {
  categories: [
    category({ id: 'general', ...CATEGORIES.general, hours: ALL_DAY, windowIds: ['w01', 'w02'], priorityRules: [...RULES] }),
    category({ id: 'social', ...CATEGORIES.social, hours: ALL_DAY, windowIds: ['w02'], priorityRules: [RULES[0]] }),
  ],
  windows: [window('w01', '1', WINDOWS['w01']!, 'ST0001'), window('w02', '2', WINDOWS['w02']!, 'ST0002')],
  staff: [staff('ST0001'), staff('ST0002')],
};

type Op =
  | { kind: 'issue'; cat: Cat; priority: null | 'appointment' | 'onlineApplication' }
  | { kind: 'callNext' | 'start' | 'skip' | 'hold' | 'finish'; window: string }
  | { kind: 'callBack'; window: string; pick: number }
  | { kind: 'advance'; minutes: number };

const windowId = fc.constantFrom('w01', 'w02');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('issue' as const), cat: fc.constantFrom<Cat>('general', 'social'), priority: fc.constantFrom(null, 'appointment' as const, 'onlineApplication' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('callNext' as const), window: windowId }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('start' as const), window: windowId }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('skip' as const), window: windowId }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hold' as const), window: windowId }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('callBack' as const), window: windowId, pick: fc.nat(5) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('finish' as const), window: windowId }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 240 }) }) },
);

interface ModelTicket {
  id: string;
  number: string;
  cat: Cat;
  date: string;
  state: TicketState;
  rank: number | null;
  seq: number;
  window: string | null;
}

const LIVE: readonly TicketState[] = ['waiting', 'called', 'serving', 'held', 'skipped'];

class Model {
  readonly tickets: ModelTicket[] = [];
  readonly last = new Map<string, number>();

  current(w: string): ModelTicket | undefined {
    return this.tickets.find((t) => t.window === w && (t.state === 'called' || t.state === 'serving'));
  }

  /** The number the engine must give, or null when every number of the range is live. */
  nextNumber(cat: Cat, date: string): { n: number; text: string } | null {
    const { prefix, start, end } = CATEGORIES[cat];
    const step = (n: number) => (n >= end ? start : n + 1);
    const last = this.last.get(`${cat}|${date}`);
    let n = last === undefined ? start : step(last);
    for (let i = start; i <= end; i++) {
      const text = `${prefix}${String(n).padStart(3, '0')}`;
      if (!this.tickets.some((t) => t.date === date && t.number === text && LIVE.includes(t.state))) return { n, text };
      n = step(n);
    }
    return null;
  }

  next(w: string, date: string): ModelTicket | undefined {
    const prefs = WINDOWS[w]!;
    return this.tickets
      .filter((t) => t.state === 'waiting' && t.date === date && prefs.includes(t.cat))
      .sort(
        (a, b) =>
          (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0) ||
          prefs.indexOf(a.cat) - prefs.indexOf(b.cat) ||
          (a.rank ?? 0) - (b.rank ?? 0) ||
          a.seq - b.seq,
      )[0];
  }
}

/** Runs one op on the engine and the model; returns the engine's error code or the ticket id. */
async function step(h: Harness, m: Model, o: Op): Promise<void> {
  const date = h.queue.businessDate();
  const minute = new Date(h.clock.now() + 8 * 3600_000).getUTCHours() * 60 + new Date(h.clock.now()).getUTCMinutes();
  switch (o.kind) {
    case 'advance':
      h.clock.advance(o.minutes * 60_000);
      return;
    case 'issue': {
      const r = await h.queue.issueTicket({ categoryId: o.cat, priority: o.priority, channel: 'kiosk', terminalId: 'k1' });
      const rank = o.priority === null ? null : o.priority === 'appointment' ? 0 : 1;
      if (minute === 23 * 60 + 59) return void expect(code(r)).toBe('queue.closed');
      if (o.cat === 'social' && o.priority === 'onlineApplication') return void expect(code(r)).toBe('queue.notEligible');
      const n = m.nextNumber(o.cat, date);
      if (n === null) return void expect(code(r)).toBe('queue.quotaExhausted');
      expect(r.ok && r.value.number).toBe(n.text);
      if (!r.ok) return;
      m.last.set(`${o.cat}|${date}`, n.n);
      m.tickets.push({ id: r.value.id, number: n.text, cat: o.cat, date, state: 'waiting', rank, seq: m.tickets.length, window: null });
      return;
    }
    case 'callNext': {
      const r = await h.queue.callNext(o.window);
      if (m.current(o.window)) return void expect(code(r)).toBe('queue.windowBusy');
      const t = m.next(o.window, date);
      if (!t) return void expect(code(r)).toBe('queue.noWaiting');
      expect(r.ok && r.value.id).toBe(t.id);
      Object.assign(t, { state: 'called', window: o.window });
      return;
    }
    case 'callBack': {
      const candidates = m.tickets.filter((t) => t.state === 'held' || t.state === 'skipped');
      const t = candidates[o.pick % Math.max(1, candidates.length)];
      if (!t) return;
      const r = await h.queue.callBack({ windowId: o.window, ticketId: t.id });
      const mine = t.state === 'held' ? t.window === o.window : WINDOWS[o.window]!.includes(t.cat);
      if (!mine) return void expect(code(r)).toBe('queue.wrongWindow');
      if (m.current(o.window)) return void expect(code(r)).toBe('queue.windowBusy');
      expect(r.ok && r.value.id).toBe(t.id);
      Object.assign(t, { state: 'called', window: o.window });
      return;
    }
    default: {
      const r = o.kind === 'start' ? await h.queue.startServing({ windowId: o.window }) : await h.queue[o.kind]({ windowId: o.window });
      const t = m.current(o.window);
      if (!t) return void expect(code(r)).toBe('queue.notFound');
      const to = { start: 'serving', skip: 'skipped', hold: 'held', finish: 'finished' } as const;
      const allowed = o.kind === 'hold' || o.kind === 'finish' || t.state === 'called';
      if (!allowed) return void expect(code(r)).toBe('queue.badState');
      expect(r.ok && r.value.state).toBe(to[o.kind]);
      t.state = to[o.kind];
    }
  }
}

async function checkInvariants(h: Harness, m: Model): Promise<void> {
  const dates = [...new Set(m.tickets.map((t) => t.date))];
  const stored = [];
  for (const d of dates) stored.push(...(await h.queue.listTickets(d)));
  // Nothing lost, nothing extra, every state as the model says.
  expect(stored.map((t) => [t.id, t.number, t.categoryId, t.state]).sort()).toEqual(m.tickets.map((t) => [t.id, t.number, t.cat, t.state]).sort());
  for (const d of dates) {
    const ofDay = stored.filter((t) => t.businessDate === d);
    const live = ofDay.filter((t) => LIVE.includes(t.state)).map((t) => t.number);
    expect(new Set(live).size).toBe(live.length);
    for (const [cat, range] of Object.entries(CATEGORIES)) {
      const numbers = ofDay.filter((t) => t.categoryId === cat).map((t) => t.number);
      if (numbers.length <= range.end - range.start + 1) expect(new Set(numbers).size).toBe(numbers.length);
    }
  }
}

/**
 * SQLite: 150 sequences. PostgreSQL (project platform-pg): 10, each on its own database, since every
 * call and check is a round trip over a socket (150 did not finish in 90 s on the shared 2-core
 * machine, 25 took 56 s at load 12); the same SQL and rules are under test, the 150 on SQLite explore
 * the sequences.
 */
const RUNS = platformTestDatabase === 'postgres' ? 10 : 150;

describe('queue model (property)', () => {
  it('matches the model over random sequences, across midnight, without losing or duplicating tickets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 80, size: 'max' }), fc.integer({ min: 0, max: 120 }), async (ops, startOffset) => {
        try {
          // From 21:00 to 23:00 Shanghai: many runs cross local midnight.
          const h = await openQueue({ at: '2026-11-24 21:00', config });
          h.clock.advance(startOffset * 60_000);
          const m = new Model();
          for (const o of ops) {
            await step(h, m, o);
            await checkInvariants(h, m);
          }
        } finally {
          await cleanUp();
        }
      }),
      { numRuns: RUNS },
    );
    // 150 runs of up to 80 operations, each checked: 17 s measured with the machine at load 17 (two
    // cores); the work is bounded, so a longer limit hides nothing.
  }, 90_000);
});
