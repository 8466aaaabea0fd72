// Taking tickets through the terminal core against the real reference platform over HTTP, with an
// injected clock: numbering and the daily reset across midnight (hall time), quotas, the duplicate
// guard, and the platform going away (refuse, or number from the reserved range and reconcile); the
// queue set-up cached in SQLite: kept across restarts, refreshed on every fetch and sync, kept when the
// platform's answer is refused, and enough to number offline from a cold start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import type { ConfigInput } from '../../../../config/schema/index.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { CatalogueSync } from '../../../../main/core/catalogue/catalogue-sync.ts';
import { Outbox } from '../../../../main/core/link/outbox.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { QueueSetupCache } from '../../../../main/core/queue/queue-setup-cache.ts';
import { Ticketing } from '../../../../main/core/queue/ticketing.ts';
import type { HttpFetch } from '../../../../main/platform-client/client.ts';
import { CatalogueRepo } from '../../../../main/store/catalogue-repo.ts';
import { keyFile, MetaRepo, OfflineCounterRepo, openDatabase, OutboxRepo, QueueSetupRepo, sealedBox, type Db } from '../../../../main/store/index.ts';
import { ayiguli, zhangWei, zhaxiCiren } from '../../../../devices/idcard/test-identities.ts';
import { businessCategories, staff, windows } from '../../../../platform/seed/index.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';
import { err, ok } from '../../../../domain/result.ts';
import { expiredCardError } from '../../../../domain/card-validity.ts';

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
/** The card on the reader is past its validity (the identity session refuses it). */
let expiredCard = false;
/** Rewrites the platform's answer to a URL (a platform sending what the terminal must refuse). */
let tamper: ((url: string, body: string) => string) | null;

/** The next N ticket requests reach the platform, but their answers are lost (the client times out). */
let loseTicketAnswers = 0;
let lostAnswers = 0;

const fetchThrough: HttpFetch = async (url, init) => {
  const res = await fetch(url, init);
  if (loseTicketAnswers > 0 && init.method === 'POST' && new URL(url).pathname === '/api/v1/queue/tickets') {
    loseTicketAnswers--;
    lostAnswers++;
    await new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
  }
  if (!tamper) return res;
  const text = tamper(url, await res.text());
  return { status: res.status, headers: res.headers, text: async () => text };
};

async function up() {
  platform = await startPlatform({ clock, version: 't', dbPath: join(dir, 'platform.db'), port });
  port = Number(new URL(platform.url).port);
}

async function configure(overrides: Partial<(typeof businessCategories)[number]> = {}) {
  const categories = businessCategories.map((c) => ({ ...c, hours: ALL_DAY, slotQuotas: [], ...(c.id === A.id ? overrides : {}) }));
  const r = await platform!.platform.queue.configure({ categories, windows, staff });
  if (!r.ok) throw new Error(r.error.message);
}

async function makeTicketing(queue: ConfigInput['queue'] = {}) {
  const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: 'x' }, queue });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const log = new EventLog(clock);
  const box = sealedBox(keyFile(join(dir, 'key')));
  const meta = new MetaRepo(db);
  const session = new PlatformSession({ baseUrl: `http://127.0.0.1:${port}/`, terminalId: 'k1', role: 'kiosk', version: 't', fetch: fetchThrough, clock, timeoutMs: 3000, meta, box, log: log.for('p') });
  if (!session.enrolled) expect((await session.enrol(await platform!.platform.auth.issueEnrolmentCode('k1', 'kiosk'))).ok).toBe(true);
  const outbox = new Outbox({ repo: new OutboxRepo(db, box), client: session.client, clock, log: log.for('o'), random: () => 0.5 });
  const setup = new QueueSetupCache({ client: session.client, repo: new QueueSetupRepo(db), clock, log: log.for('q') });
  const ticketing = new Ticketing({ session, outbox, counters: new OfflineCounterRepo(db), setup, clock, config: parsed.config, log: log.for('q'), idNumber: () => (expiredCard ? err(expiredCardError('2024-05-01')) : ok(idInReader)) });
  const sync = new CatalogueSync({ session, queueSetup: setup, repo: new CatalogueRepo(db, { clock }), meta, clock, log: log.for('s'), intervalMs: 60_000 });
  return { ticketing, outbox, setup, sync, log };
}

/** The terminal process ends and starts again on the same database (nothing kept in memory). */
function restartTerminal() {
  db.close();
  db = openDatabase(join(dir, 'terminal.db'));
}

async function platformDown() {
  await platform!.close();
  platform = null;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-ticketing-'));
  clock = new ManualClock(Date.parse('2026-11-24T09:00:00+08:00'));
  port = 0;
  idInReader = null;
  expiredCard = false;
  tamper = null;
  await up();
  await configure();
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
    await configure({ dailyQuota: 2 });
    const { ticketing } = await makeTicketing();
    await take(ticketing);
    await take(ticketing);
    const r = await ticketing.issue({ categoryId: A.id, priority: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'queue.quotaExhausted' } });
    expect(!r.ok && r.error.message).toContain(A.exhaustedNotice);
  });

  it('guards against a second unserved ticket for the same ID card', async () => {
    await configure({ realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null } });
    const { ticketing } = await makeTicketing();
    expect(await take(ticketing)).toBe('queue.realNameRequired');
    idInReader = ID_1;
    expect(await take(ticketing)).toMatch(/^A\d{3}$/);
    expect(await take(ticketing)).toBe('queue.duplicate');
    idInReader = ID_2;
    expect(await take(ticketing)).toMatch(/^A\d{3}$/);
  });

  it('refuses an expired card for a real-name category with its date; an ordinary ticket is still given, without the card', async () => {
    await configure({ realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null } });
    const { ticketing } = await makeTicketing();
    await ticketing.categories(); // the set-up is known: which categories are real-name
    expiredCard = true;
    idInReader = ID_1;
    const refused = await ticketing.issue({ categoryId: A.id, priority: null });
    expect(refused).toEqual({ ok: false, error: expiredCardError('2024-05-01') });
    const tax = businessCategories.find((c) => c.id === 'tax')!;
    expect(tax.realName.required).toBe(false);
    const given = await ticketing.issue({ categoryId: tax.id, priority: null });
    if (!given.ok) throw new Error(given.error.message);
    expect(given.value.offline).toBe(false);
    const held = await ticketing.ticket(given.value.ticketId ?? '');
    expect(held.ok && held.value.idTail6).toBeNull();
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

  it('asks once more with the same key when an answer is lost, and gets the ticket it made, not a second one', async () => {
    const { ticketing } = await makeTicketing();
    loseTicketAnswers = 1;
    lostAnswers = 0;
    const taking = ticketing.issue({ categoryId: A.id, priority: null });
    await vi.waitFor(() => expect(lostAnswers).toBe(1));
    clock.advance(3000); // the request timeout: a timeout, not "offline"
    const t = await taking;
    expect(t.ok && t.value).toMatchObject({ number: 'A001', offline: false });
    // The platform numbered once: the next ticket is A002.
    expect(await ticketing.issue({ categoryId: A.id, priority: null })).toMatchObject({ ok: true, value: { number: 'A002' } });
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
    const queue = (await platform!.platform.queue.listTickets()).filter((t) => t.categoryId === A.id).map((t) => t.number);
    // Queue order is issue order: the offline tickets sit between the ones issued before and after.
    expect(queue).toEqual([before, 'A900', 'A901', after]);
  });
});

describe('the cached queue set-up', () => {
  const reserved = { offlinePolicy: 'reserved' as const, reservedRanges: [{ categoryId: A.id, start: 900, end: 909 }] };

  it('survives a restart: the categories list from it with the time it was fetched, and say so', async () => {
    const first = await makeTicketing();
    const online = await first.ticketing.categories();
    expect(online).toMatchObject({ ok: true, value: { online: true, fromCache: false, fetchedAt: '2026-11-24T01:00:00.000Z', businessDate: '2026-11-24' } });
    await platformDown();
    restartTerminal();
    clock.set(Date.parse('2026-11-25T09:00:00+08:00'));
    const { ticketing } = await makeTicketing();
    const offline = await ticketing.categories();
    expect(offline).toMatchObject({ ok: true, value: { online: false, fromCache: true, fetchedAt: '2026-11-24T01:00:00.000Z', businessDate: '2026-11-25' } });
    expect(offline.ok && offline.value.categories.map((c) => c.id)).toEqual(online.ok && online.value.categories.map((c) => c.id));
  });

  it('is refreshed whenever the platform gives the set-up', async () => {
    const { ticketing, setup } = await makeTicketing();
    await ticketing.categories();
    await configure({ name: '综合受理（新）' });
    clock.advance(60_000);
    const r = await ticketing.categories();
    expect(r.ok && r.value.categories.find((c) => c.id === A.id)?.name).toBe('综合受理（新）');
    restartTerminal();
    const stored = new QueueSetupRepo(db).get();
    expect(stored?.categories.find((c) => c.id === A.id)?.name).toBe('综合受理（新）');
    expect(stored?.fetchedAt).toBe(clock.now());
    expect(setup.cached()?.fetchedAt).toBe(clock.now());
  });

  it.each([
    ['does not match the API', (body: string) => body.replace(/"prefix":"A"/, '"prefix":"a1"')],
    ['gives one prefix to two categories', (body: string) => body.replace(/"prefix":"B"/, '"prefix":"A"')],
    ['is not JSON', () => '<html>proxy error</html>'],
  ])('keeps the cached copy when the answer %s, and lists from it', async (_why, rewrite) => {
    const { ticketing, log } = await makeTicketing();
    await ticketing.categories();
    const fetchedAt = clock.now();
    await configure({ name: '不应被缓存' });
    clock.advance(60_000);
    tamper = (url, body) => (url.includes('/queue/categories') ? rewrite(body) : body);
    const r = await ticketing.categories();
    // The platform still answers (it numbers tickets): every tile stays usable, from the cached set-up.
    expect(r).toMatchObject({ ok: true, value: { online: true, fromCache: true, fetchedAt: new Date(fetchedAt).toISOString() } });
    expect(r.ok && r.value.categories.find((c) => c.id === A.id)?.name).toBe(A.name);
    expect(log.recent(20).some((e) => e.level === 'error' && e.message.includes('keeping the cached one'))).toBe(true);
    restartTerminal();
    expect(new QueueSetupRepo(db).get()).toMatchObject({ fetchedAt, categories: expect.arrayContaining([expect.objectContaining({ id: A.id, name: A.name })]) });
  });

  it('a terminal that only synced numbers an offline ticket from the reserved range after a cold start with the platform down', async () => {
    const first = await makeTicketing(reserved);
    expect(await first.sync.syncNow()).toMatchObject({ ok: true });
    expect(new QueueSetupRepo(db).get()?.categories.length).toBe(businessCategories.length);
    await platformDown();
    restartTerminal();
    const { ticketing, outbox } = await makeTicketing(reserved);
    const tiles = await ticketing.categories();
    expect(tiles).toMatchObject({ ok: true, value: { online: false, fromCache: true } });
    expect(tiles.ok && tiles.value.categories.find((c) => c.id === A.id)?.offlineAvailable).toBe(true);
    const r = await ticketing.issue({ categoryId: A.id, priority: null });
    expect(r).toMatchObject({ ok: true, value: { number: 'A900', offline: true, ticketId: null, categoryName: A.name, area: A.area } });
    expect(outbox.counts().pending).toBe(1);
  });

  it('still refuses from a cold start when the profile says refuse', async () => {
    const first = await makeTicketing({ offlinePolicy: 'refuse' });
    await first.sync.syncNow();
    await platformDown();
    restartTerminal();
    const { ticketing } = await makeTicketing({ offlinePolicy: 'refuse' });
    expect(await ticketing.categories()).toMatchObject({ ok: true, value: { online: false, fromCache: true } });
    expect(await take(ticketing)).toBe('platform.offline');
  });

  it('without a cached set-up, offline numbering is refused rather than guessed', async () => {
    await makeTicketing(reserved); // enrolled, but never synced nor listed
    await platformDown();
    restartTerminal();
    const { ticketing } = await makeTicketing(reserved);
    expect(await ticketing.categories()).toMatchObject({ ok: false, error: { code: 'platform.offline' } });
    expect(await take(ticketing)).toBe('queue.offlineRefused');
  });

  it('honours the cached opening hours and real-name rule offline', async () => {
    await configure({
      hours: [{ weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:00' }] }],
      realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null },
    });
    const first = await makeTicketing(reserved);
    await first.sync.syncNow();
    await platformDown();
    restartTerminal();
    const { ticketing } = await makeTicketing(reserved);
    clock.set(Date.parse('2026-11-24T12:30:00+08:00')); // the lunch break
    const closed = await ticketing.issue({ categoryId: A.id, priority: null });
    expect(closed).toMatchObject({ ok: false, error: { code: 'queue.closed', details: { opensAt: '13:30' } } });
    clock.set(Date.parse('2026-11-28T10:00:00+08:00')); // a Saturday
    expect(await take(ticketing)).toBe('queue.closed');
    clock.set(Date.parse('2026-11-24T13:30:00+08:00'));
    expect(await take(ticketing)).toBe('queue.realNameRequired');
    idInReader = ID_1;
    expect(await take(ticketing)).toBe('A900');
  });
});

describe('what the tiles and refusals tell the citizen', () => {
  const LUNCH_HOURS = [{ weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:00' }] }];
  const tileA = async (t: Ticketing, id = A.id) => {
    const r = await t.categories();
    if (!r.ok) throw new Error(r.error.message);
    return r.value.categories.find((c) => c.id === id)!;
  };

  it('gives each tile its hours today, whether it is open now, and when it opens next', async () => {
    await configure({ hours: LUNCH_HOURS });
    const { ticketing } = await makeTicketing();
    clock.set(Date.parse('2026-11-24T10:00:00+08:00')); // Tuesday
    expect(await tileA(ticketing)).toMatchObject({ openNow: true, opensAt: null, hoursText: '08:30-12:00, 13:30-17:00' });
    clock.set(Date.parse('2026-11-24T12:30:00+08:00'));
    expect(await tileA(ticketing)).toMatchObject({ openNow: false, opensAt: { inDays: 0, weekday: 2, at: '13:30' } });
    clock.set(Date.parse('2026-11-27T17:30:00+08:00')); // Friday evening: Monday morning next
    expect(await tileA(ticketing)).toMatchObject({ openNow: false, opensAt: { inDays: 3, weekday: 1, at: '08:30' } });
    clock.set(Date.parse('2026-11-28T10:00:00+08:00')); // Saturday: closed all day
    expect(await tileA(ticketing)).toMatchObject({ openNow: false, hoursText: '', opensAt: { inDays: 2, weekday: 1 } });
  });

  it('names the ticket already held when a second is refused', async () => {
    await configure({ realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null } });
    const { ticketing } = await makeTicketing();
    idInReader = ID_1;
    const first = await ticketing.issue({ categoryId: A.id, priority: null });
    const again = await ticketing.issue({ categoryId: A.id, priority: null });
    expect(first.ok).toBe(true);
    expect(again).toMatchObject({ ok: false, error: { code: 'queue.duplicate', details: { number: first.ok ? first.value.number : '', ticketId: first.ok ? first.value.ticketId : '' } } });
  });

  it('takes a number typed on the screen when no card was read', async () => {
    await configure({ realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null } });
    const { ticketing } = await makeTicketing();
    expect(await ticketing.issue({ categoryId: A.id, priority: null, idNumber: ID_2 })).toMatchObject({ ok: true });
    expect(await ticketing.issue({ categoryId: A.id, priority: null, idNumber: ID_2 })).toMatchObject({ ok: false, error: { code: 'queue.duplicate' } });
  });

  it('gives a 绿色通道 number by the age on the card only, online and offline; the others are sent to staff', async () => {
    const green = businessCategories.find((c) => c.id === 'green')!;
    const { ticketing, sync } = await makeTicketing({ offlinePolicy: 'reserved', reservedRanges: [{ categoryId: green.id, start: 900, end: 999 }] });
    expect((await tileA(ticketing, green.id)).greenChannel).toEqual({ minAge: 70, staffGroups: expect.arrayContaining(['残疾人（持残疾人证）']) });
    idInReader = zhangWei.idNumber; // born 1990
    const young = await ticketing.issue({ categoryId: green.id, priority: null });
    expect(young).toMatchObject({ ok: false, error: { code: 'queue.notEligible', details: { minAge: 70 } } });
    idInReader = zhaxiCiren.idNumber; // born 1948
    expect(await ticketing.issue({ categoryId: green.id, priority: null })).toMatchObject({ ok: true, value: { priorityMark: '绿色通道' } });
    await sync.syncNow();
    await platformDown();
    idInReader = ayiguli.idNumber;
    expect(await ticketing.issue({ categoryId: green.id, priority: null })).toMatchObject({ ok: false, error: { code: 'queue.notEligible' } });
    idInReader = zhaxiCiren.idNumber;
    const offline = await ticketing.issue({ categoryId: green.id, priority: null });
    expect(offline).toMatchObject({ ok: true, value: { offline: true, priorityMark: '绿色通道' } });
  });
});
