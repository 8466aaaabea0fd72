// Taking tickets through the terminal core against the real reference platform over HTTP, with an
// injected clock: numbering and the daily reset across midnight (hall time), quotas, the duplicate
// guard, and the platform going away (refuse, or number from the reserved range and reconcile).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config/load.ts';
import type { ConfigInput } from '../../../config/schema.ts';
import { EventLog } from '../../../main/core/event-log.ts';
import { Outbox } from '../../../main/core/outbox.ts';
import { PlatformSession } from '../../../main/core/platform-session.ts';
import { Ticketing } from '../../../main/core/ticketing.ts';
import { keyFile, MetaRepo, OfflineCounterRepo, openDatabase, OutboxRepo, sealedBox, type Db } from '../../../main/store/index.ts';
import { ayiguli, zhangWei } from '../../../devices/idcard/test-identities.ts';
import { businessCategories, staff, windows } from '../../../platform/seed/index.ts';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const ALL_DAY = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
const A = businessCategories.find((c) => c.prefix === 'A')!;
const ID_1 = zhangWei.idNumber;
const ID_2 = ayiguli.idNumber;

let dir: string;
let clock: ManualClock;
let platform: RunningPlatform | null;
let port: number;
let db: Db;
let idInReader: string | null;

async function up() {
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port });
  port = Number(new URL(platform.url).port);
}

function configure(overrides: Partial<(typeof businessCategories)[number]> = {}) {
  const categories = businessCategories.map((c) => ({ ...c, hours: ALL_DAY, slotQuotas: [], ...(c.id === A.id ? overrides : {}) }));
  const r = platform!.platform.queue.configure({ categories, windows, staff });
  if (!r.ok) throw new Error(r.error.message);
}

async function makeTicketing(queue: ConfigInput['queue'] = {}) {
  const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: 'x' }, queue });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const log = new EventLog(clock);
  const box = sealedBox(keyFile(join(dir, 'key')));
  const meta = new MetaRepo(db);
  const session = new PlatformSession({ baseUrl: `http://127.0.0.1:${port}/`, terminalId: 'k1', role: 'kiosk', version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta, box, log: log.for('p') });
  if (!session.enrolled) expect((await session.enrol(platform!.platform.auth.issueEnrolmentCode('k1', 'kiosk'))).ok).toBe(true);
  const outbox = new Outbox({ repo: new OutboxRepo(db, box), client: session.client, clock, log: log.for('o'), random: () => 0.5 });
  const ticketing = new Ticketing({ session, outbox, counters: new OfflineCounterRepo(db), meta, clock, config: parsed.config, log: log.for('q'), idNumber: () => idInReader });
  return { ticketing, outbox };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-ticketing-'));
  clock = new ManualClock(Date.parse('2026-11-24T09:00:00+08:00'));
  port = 0;
  idInReader = null;
  await up();
  configure();
  db = openDatabase(join(dir, 'terminal.db'));
});
afterEach(async () => {
  db.close();
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

const take = async (t: Ticketing, categoryId = A.id) => {
  const r = await t.issue({ categoryId, priority: null });
  if (!r.ok) return r.error.code;
  return r.value.number;
};

describe('ticketing through the core', () => {
  it('numbers with the prefix, and starts again after midnight in the hall time zone', async () => {
    const { ticketing } = await makeTicketing();
    clock.set(Date.parse('2026-11-24T23:58:00+08:00'));
    const first = await take(ticketing);
    const second = await take(ticketing);
    expect([first, second]).toEqual([`A${String(A.start).padStart(3, '0')}`, `A${String(A.start + 1).padStart(3, '0')}`]);
    clock.set(Date.parse('2026-11-25T00:01:00+08:00')); // 16:01 UTC: the UTC date did not change
    expect(await take(ticketing)).toBe(first);
  });

  it('keeps the numbering across a platform restart on the same day', async () => {
    const { ticketing } = await makeTicketing();
    const first = await take(ticketing);
    await platform!.close();
    await up();
    const next = await take(ticketing);
    expect(Number(next.slice(1))).toBe(Number(first.slice(1)) + 1);
  });

  it('refuses once the daily quota is used up, with the notice the hall wrote', async () => {
    configure({ dailyQuota: 2 });
    const { ticketing } = await makeTicketing();
    await take(ticketing);
    await take(ticketing);
    const r = await ticketing.issue({ categoryId: A.id, priority: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'queue.quotaExhausted' } });
    expect(!r.ok && r.error.message).toContain(A.exhaustedNotice);
  });

  it('guards against a second unserved ticket for the same ID card', async () => {
    configure({ realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null } });
    const { ticketing } = await makeTicketing();
    expect(await take(ticketing)).toBe('queue.realNameRequired');
    idInReader = ID_1;
    expect(await take(ticketing)).toMatch(/^A\d{3}$/);
    expect(await take(ticketing)).toBe('queue.duplicate');
    idInReader = ID_2;
    expect(await take(ticketing)).toMatch(/^A\d{3}$/);
  });

  it('lists categories with waiting counts online, and from the last known set-up offline', async () => {
    const { ticketing } = await makeTicketing();
    await take(ticketing);
    const online = await ticketing.categories();
    expect(online.ok && online.value.online).toBe(true);
    expect(online.ok && online.value.categories.find((c) => c.id === A.id)?.waiting).toBe(1);
    await platform!.close();
    platform = null;
    const offline = await ticketing.categories();
    expect(offline.ok && offline.value.online).toBe(false);
    expect(offline.ok && offline.value.categories.map((c) => c.id)).toEqual(online.ok && online.value.categories.map((c) => c.id));
    expect(offline.ok && offline.value.categories.every((c) => c.waiting === null)).toBe(true);
  });

  it('refuses while the platform is away when the profile says so', async () => {
    const { ticketing } = await makeTicketing({ offlinePolicy: 'refuse' });
    await ticketing.categories();
    await platform!.close();
    platform = null;
    expect(await take(ticketing)).toBe('platform.offline');
  });

  it('numbers from the reserved range while away, and the platform queues it at its issue time once back', async () => {
    const { ticketing, outbox } = await makeTicketing({ offlinePolicy: 'reserved', reservedRanges: [{ categoryId: A.id, start: 900, end: 901 }] });
    await ticketing.categories();
    const before = await take(ticketing); // online: the platform's own number
    await platform!.close();
    platform = null;
    clock.advance(60_000);
    const r = await ticketing.issue({ categoryId: A.id, priority: null });
    expect(r).toMatchObject({ ok: true, value: { number: 'A900', offline: true, ticketId: null } });
    expect(await take(ticketing)).toBe('A901');
    expect(await take(ticketing)).toBe('queue.quotaExhausted'); // the reserved range is used up, never wrapped
    await up();
    clock.advance(60_000);
    const after = await take(ticketing); // issued online after the offline ones
    await outbox.drain();
    expect(outbox.counts()).toMatchObject({ pending: 0, refused: 0 });
    const queue = platform!.platform.queue.listTickets().filter((t) => t.categoryId === A.id).map((t) => t.number);
    // Queue order is issue order: the offline tickets sit between the ones issued before and after.
    expect(queue).toEqual([before, 'A900', 'A901', after]);
  });
});
