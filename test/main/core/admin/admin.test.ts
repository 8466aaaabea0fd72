// The admin panel's core: the PIN (scrypt hash format, wrong PIN, tries, the lockout kept in SQLite
// across a core restart, on an injected clock), the session (per screen connection, closed after
// admin.sessionMinutes untouched), every panel method refused without a session, and the actions
// (status with the host part, test print, sync, network check, recent log redacted, role switch,
// restart and exit through the host's hook). The PIN never reaches the log.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import { readLocalOverride } from '../../../../config/local-override.ts';
import type { ConfigInput } from '../../../../config/schema/index.ts';
import { parsePinHash } from '../../../../domain/admin-pin.ts';
import { adminPart, statusSnapshotSchema, type InputOf, type MethodName } from '../../../../main/contract/index.ts';
import { UpdateTracker, type UpdaterEvents } from '../../../../main/hosts/update-state.ts';
import type { HostControl } from '../../../../main/core/admin/host-control.ts';
import { networkCheck, type NetworkProbes } from '../../../../main/core/admin/network-check.ts';
import { hashPin, verifyPin } from '../../../../main/core/admin/pin-hash.ts';
import { PlatformSession } from '../../../../main/core/link/platform-session.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { createCore, type TerminalCore } from '../../../../main/core/terminal-core.ts';
import { MetaRepo, openDatabase, sealedBox, type Db } from '../../../../main/store/index.ts';
import { seedReferencePlatform } from '../../../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { TEST_ADMIN_PIN, TEST_SCRYPT, testPinHash } from '../../../support/admin-pin.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const PIN = TEST_ADMIN_PIN;
let pinHash: string;
beforeAll(async () => {
  pinHash = await testPinHash();
});

let dir: string;
let platform: RunningPlatform;
let clock: ManualClock;
const open: { core: TerminalCore; db: Db }[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admin-'));
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ clock, version: 't', seed: (p) => seedReferencePlatform(p, '2026-11-24') });
});
afterEach(async () => {
  for (const o of open.splice(0)) await stopCore(o);
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

async function stopCore(o: { core: TerminalCore; db: Db }) {
  await o.core.stop();
  o.db.close();
}

interface Made {
  core: TerminalCore;
  db: Db;
  log: EventLog;
  call<M extends MethodName>(method: M, input: InputOf<M>, connectionId?: string): Promise<unknown>;
}

async function makeCore(overrides: Partial<ConfigInput> = {}, extra: { host?: HostControl; probes?: NetworkProbes } = {}): Promise<Made> {
  const parsed = parseConfig({
    environment: 'production',
    terminal: { id: 'k1', role: 'kiosk', hallName: '测试大厅' },
    store: { path: join(dir, 'terminal.db') },
    devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated' } }],
    admin: { pinHash },
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const log = new EventLog(clock);
  const db = openDatabase(parsed.config.store.path);
  const box = sealedBox(randomBytes(32));
  const session = new PlatformSession({ baseUrl: platform.url, terminalId: 'k1', role: 'kiosk', version: '9.9.9', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 5000, meta: new MetaRepo(db), box, log: log.for('platform') });
  if (session.credentials() === null) expect((await session.enrol(await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'))).ok).toBe(true);
  const core = createCore({ config: parsed.config, clock, db, log, session, box, embeddedPlatform: false, version: '9.9.9', random: () => 0.5, catalogueWorker: null, ...(extra.host ? { host: extra.host } : {}), ...(extra.probes ? { networkProbes: extra.probes } : {}) });
  open.push({ core, db });
  const call = <M extends MethodName>(method: M, input: InputOf<M>, connectionId = 'screen-1') => {
    const spec = adminPart.methods[method as keyof typeof adminPart.methods] as { input: { parse(x: unknown): unknown } } | undefined;
    const parsedInput = spec ? spec.input.parse(input) : input;
    return (core.handlers[method] as (i: unknown, c: { connectionId: string }) => Promise<unknown>)(parsedInput, { connectionId });
  };
  return { core, db, log, call };
}

const unlocked = async (m: Made, connectionId = 'screen-1') => expect(await m.call('admin.unlock', { pin: PIN }, connectionId)).toEqual({ ok: true, value: { outcome: 'unlocked', sessionMinutes: 5 } });

describe('admin PIN hash', () => {
  it('is written scrypt$N$r$p$salt$hash and checks the right PIN only', async () => {
    const h = await hashPin('1234', TEST_SCRYPT);
    expect(h).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    const parsed = parsePinHash(h);
    expect(parsed.ok && parsed.value.salt.length).toBe(16);
    expect(await verifyPin('1234', h)).toBe(true);
    expect(await verifyPin('1235', h)).toBe(false);
    expect(await verifyPin('1234', 'scrypt$bad')).toBe(false);
    // Two hashes of one PIN differ (a fresh salt each).
    expect(await hashPin('1234', TEST_SCRYPT)).not.toBe(h);
  });

  it('refuses a malformed hash in the config, naming admin.pinHash and what is wrong', () => {
    const base = { terminal: { id: 'k1', role: 'kiosk', hallName: 'h' } };
    const bad = (pinHash: string) => {
      const r = parseConfig({ ...base, admin: { pinHash } });
      return r.ok ? [] : r.problems;
    };
    expect(bad('1234')).toEqual([expect.stringMatching(/^admin\.pinHash: not a PIN hash of the form scrypt\$N\$r\$p\$<salt base64>\$<hash base64> \(make one with "npm run admin-pin"\)/)]);
    expect(bad('scrypt$1000$8$1$kpxinlr0/+aZIxmVgUQCnA==$fPo8aKUmymAacHJJgvRJYivBubStZJad14cESsSjl7E=')[0]).toMatch(/^admin\.pinHash: scrypt N must be a power of two/);
    expect(bad('scrypt$1024$8$1$c2FsdA==$fPo8aKUmymAacHJJgvRJYivBubStZJad14cESsSjl7E=')[0]).toMatch(/^admin\.pinHash: the salt must be base64 of at least 16 bytes/);
    expect(bad('scrypt$1024$8$1$kpxinlr0/+aZIxmVgUQCnA==$c2hvcnQ=')[0]).toMatch(/^admin\.pinHash: the hash must be base64 of 32 to 64 bytes/);
    const ok = parseConfig(base);
    expect(ok.ok && ok.config.admin).toEqual({ maxTries: 5, lockoutMinutes: 15, sessionMinutes: 5 });
  });
});

describe('admin guard', () => {
  it('counts wrong PINs, locks after admin.maxTries, keeps the lockout across a core restart, and lifts it on time', async () => {
    let m = await makeCore();
    expect(await m.call('admin.gesture', {})).toEqual({ ok: true, value: { pinConfigured: true, lockedUntil: null, triesLeft: 5 } });
    for (const left of [4, 3, 2, 1]) expect(await m.call('admin.unlock', { pin: '0000' })).toEqual({ ok: true, value: { outcome: 'wrongPin', triesLeft: left } });
    const until = new Date(clock.now() + 15 * 60_000).toISOString();
    expect(await m.call('admin.unlock', { pin: '0000' })).toEqual({ ok: true, value: { outcome: 'locked', until } });
    // Locked: even the right PIN is refused, and nothing is open.
    expect(await m.call('admin.unlock', { pin: PIN })).toEqual({ ok: true, value: { outcome: 'locked', until } });
    expect(await m.call('admin.status', {})).toMatchObject({ ok: false, error: { code: 'admin.locked' } });
    // Every failure and the lockout are logged; the PIN never.
    const before = JSON.stringify(m.log.recent(500));
    expect(before).toContain('"message":"admin PIN wrong","data":{"connection":"screen-1","tries":4,"triesLeft":1}');
    expect(before).toContain('admin PIN wrong: the panel is locked');
    expect(before).not.toContain(PIN);

    // A restart on the same database does not lift it.
    await stopCore(open.pop()!);
    clock.advance(10 * 60_000);
    m = await makeCore();
    expect(await m.call('admin.gesture', {})).toEqual({ ok: true, value: { pinConfigured: true, lockedUntil: until, triesLeft: 0 } });
    expect(await m.call('admin.unlock', { pin: PIN })).toEqual({ ok: true, value: { outcome: 'locked', until } });

    // Once it has run out, the count starts again from nothing and the right PIN opens.
    clock.advance(5 * 60_000);
    expect(await m.call('admin.unlock', { pin: '0000' })).toEqual({ ok: true, value: { outcome: 'wrongPin', triesLeft: 4 } });
    await unlocked(m);
    expect(await m.call('admin.gesture', {})).toMatchObject({ ok: true, value: { triesLeft: 5 } });

    const text = JSON.stringify(m.log.recent(500));
    expect(text).toContain('admin panel unlocked');
    expect(text).not.toContain(PIN);
  });

  it('a right PIN resets the count of wrong ones', async () => {
    const m = await makeCore({ admin: { pinHash, maxTries: 3 } });
    await m.call('admin.unlock', { pin: '1111' });
    await m.call('admin.unlock', { pin: '1111' });
    await unlocked(m);
    expect(await m.call('admin.unlock', { pin: '1111' })).toEqual({ ok: true, value: { outcome: 'wrongPin', triesLeft: 2 } });
  });

  it('counts wrong PINs sent at once one by one (no more than maxTries)', async () => {
    const m = await makeCore({ admin: { pinHash, maxTries: 3 } });
    const answers = await Promise.all([1, 2, 3, 4].map(() => m.call('admin.unlock', { pin: '9999' })));
    expect(answers.map((a) => (a as { value: { outcome: string } }).value.outcome)).toEqual(['wrongPin', 'wrongPin', 'locked', 'locked']);
  });

  it('keeps a session per screen connection, closed after admin.sessionMinutes untouched or by admin.lock', async () => {
    const m = await makeCore();
    await unlocked(m);
    // Another connection (another page, the developer page) has no session.
    expect(await m.call('admin.status', {}, 'screen-2')).toMatchObject({ ok: false, error: { code: 'admin.locked' } });
    clock.advance(4 * 60_000);
    expect(await m.call('admin.status', {})).toMatchObject({ ok: true });
    // Used at 4 min: open until 9 min.
    clock.advance(4 * 60_000 + 59_000);
    expect(await m.call('admin.status', {})).toMatchObject({ ok: true });
    clock.advance(5 * 60_000);
    expect(await m.call('admin.status', {})).toMatchObject({ ok: false, error: { code: 'admin.locked' } });
    expect(JSON.stringify(m.log.recent(100))).toContain('admin session closed: untouched too long');
    await unlocked(m);
    expect(await m.call('admin.lock', {})).toEqual({ ok: true, value: null });
    expect(await m.call('admin.recentLog', { limit: 5 })).toMatchObject({ ok: false, error: { code: 'admin.locked' } });
  });

  it('refuses every panel method without a session', async () => {
    const host = fakeHost();
    const m = await makeCore({}, { host });
    const inputs: { [K in keyof typeof adminPart.methods]?: InputOf<K> } = { 'admin.selfTest': { deviceId: 'printer-1' }, 'admin.recentLog': { limit: 10 }, 'admin.setRole': { role: 'display' }, 'admin.setProfile': { name: 'kiosk-production' } };
    const open = new Set(['admin.gesture', 'admin.unlock', 'admin.lock']);
    const guarded = Object.keys(adminPart.methods).filter((k) => !open.has(k)) as (keyof typeof adminPart.methods)[];
    expect(guarded).toHaveLength(11);
    for (const method of guarded) {
      expect(await m.call(method, (inputs[method] ?? {}) as never), method).toMatchObject({ ok: false, error: { code: 'admin.locked' } });
    }
    clock.advance(1000);
    expect(host.calls).toEqual([]);
    expect(existsSync(join(dir, 'local-override.json'))).toBe(false);
  });

  it('with no PIN configured: the gesture only logs, unlock says so', async () => {
    const m = await makeCore({ admin: {} });
    expect(await m.call('admin.gesture', {})).toEqual({ ok: true, value: { pinConfigured: false, lockedUntil: null, triesLeft: 5 } });
    expect(await m.call('admin.unlock', { pin: '1234' })).toEqual({ ok: true, value: { outcome: 'noPin' } });
    expect(JSON.stringify(m.log.recent(50))).toContain('no admin PIN is configured');
  });
});

function fakeHost(watchdog: { restarts: number; lastFailure: string | null } | null = { restarts: 2, lastFailure: 'heartbeat' }) {
  const calls: string[] = [];
  return { kind: 'browser' as const, calls, restart: (r: string) => void calls.push(`restart: ${r}`), exit: (r: string) => void calls.push(`exit: ${r}`), watchdog: () => watchdog };
}

describe('admin panel actions', () => {
  it('status: devices, platform, outbox, catalogue, and the host with its watchdog count', async () => {
    const m = await makeCore({}, { host: fakeHost() });
    await unlocked(m);
    clock.advance(90_000);
    const r = (await m.call('admin.status', {})) as { ok: true; value: { snapshot: { host: unknown; devices: { id: string }[] }; terminal: unknown; pendingRole: unknown } };
    expect(r.value.terminal).toEqual({ id: 'k1', role: 'kiosk', profile: 'custom' });
    expect(r.value.pendingRole).toBeNull();
    expect(r.value.snapshot.devices.map((d) => d.id)).toEqual(['printer-1']);
    expect(r.value.snapshot.host).toEqual({ kind: 'browser', version: '9.9.9', startedAt: '2026-11-24T02:00:00.000Z', uptimeSeconds: 90, watchdog: { restarts: 2, lastReason: 'heartbeat' }, update: null });
    // system.getStatus carries the same host part, and the heartbeat the watchdog's count.
    expect(await m.core.handlers['system.getStatus']({}, { connectionId: 'x' })).toMatchObject({ ok: true, value: { host: { watchdog: { restarts: 2 } } } });
    m.core.start();
    await clock.advanceAsync(0);
    await m.core.sync.whenIdle();
    await m.core.outbox.whenIdle();
    expect((await platform.platform.auth.health())[0]?.heartbeat?.watchdog).toEqual({ restarts: 2, lastReason: 'heartbeat' });
  });

  it('the self-updater\'s state in the status\'s host part (contract schema) and in the heartbeat, as the updater\'s events come', async () => {
    const updater = new EventEmitter();
    const tracker = new UpdateTracker({ clock, currentVersion: '9.9.9', installAt: '03:30', log: new EventLog(clock).for('host.update') }).follow(updater as unknown as UpdaterEvents);
    const m = await makeCore({}, { host: { ...fakeHost(), update: () => tracker.status() } });
    const hostUpdate = async () => {
      const r = (await m.core.handlers['system.getStatus']({}, { connectionId: 'x' })) as { ok: true; value: unknown };
      return statusSnapshotSchema.parse(r.value).host?.update;
    };
    expect(await hostUpdate()).toEqual({ state: 'idle', currentVersion: '9.9.9', offeredVersion: null, percent: null, installAt: '03:30', error: null, lastCheckAt: null });
    updater.emit('checking-for-update');
    updater.emit('update-available', { version: '9.10.0' });
    updater.emit('download-progress', { percent: 42.7 });
    expect(await hostUpdate()).toMatchObject({ state: 'downloading', offeredVersion: '9.10.0', percent: 42, lastCheckAt: '2026-11-24T02:00:00.000Z' });
    updater.emit('update-downloaded', { version: '9.10.0' });
    expect(await hostUpdate()).toMatchObject({ state: 'downloaded', offeredVersion: '9.10.0', percent: 100, installAt: '03:30', error: null });
    m.core.start();
    await clock.advanceAsync(0);
    await m.core.sync.whenIdle();
    await m.core.outbox.whenIdle();
    expect((await platform.platform.auth.health())[0]?.heartbeat?.update).toMatchObject({ state: 'downloaded', offeredVersion: '9.10.0', currentVersion: '9.9.9' });
    await unlocked(m);
    expect(await m.call('admin.status', {})).toMatchObject({ ok: true, value: { snapshot: { host: { update: { state: 'downloaded' } } } } });
  });

  it('test print and self-test on the simulated printer; sync now says what it did', async () => {
    const m = await makeCore();
    m.core.start();
    await unlocked(m);
    const printed: unknown[] = [];
    m.core.hardware.on('slipPrinted', (s) => printed.push(s));
    await waitFor(() => m.core.devices.list()[0]?.state === 'ready');
    expect(await m.call('admin.testPrint', {})).toMatchObject({ ok: true, value: { deviceId: 'printer-1' } });
    expect(await m.call('admin.selfTest', { deviceId: 'printer-1' })).toMatchObject({ ok: true, value: { deviceId: 'printer-1', passed: true } });
    expect(await m.call('admin.selfTest', { deviceId: 'nope' })).toMatchObject({ ok: false, error: { code: 'device.notConfigured' } });
    expect(printed).toHaveLength(2);
    const sync = (await m.call('admin.syncNow', {})) as { ok: true; value: { ok: boolean; outcome: string; version: number; error: null } };
    expect(sync.value).toMatchObject({ ok: true, error: null, settings: { lastRefused: null } });
    expect(['full', 'delta', 'unchanged']).toContain(sync.value.outcome);
    await platform.close();
    const failed = (await m.call('admin.syncNow', {})) as { ok: true; value: { ok: boolean; outcome: null; error: { code: string } } };
    expect(failed.value).toMatchObject({ ok: false, outcome: null, error: { code: 'platform.offline' } });
    platform = await startPlatform({ clock, version: 't' });
  });

  it('recent log: newest first, already redacted', async () => {
    const m = await makeCore();
    await unlocked(m);
    m.log.write('info', 'queue', 'ticket for 110101199003074514, mobile 13905890101', { name: '张三丰', idNumber: '110101199003074514' });
    const r = (await m.call('admin.recentLog', { limit: 3 })) as { ok: true; value: { message: string; seq: number }[] };
    expect(r.value[0]!.message).toBe('ticket for 110***********4514, mobile 139****0101');
    expect(r.value[0]!.seq).toBeGreaterThan(r.value[1]!.seq);
    expect(JSON.stringify(r.value)).not.toMatch(/110101199003074514|13905890101|张三丰/);
  });

  it('restart and exit go to the host\'s hook after the answer; without a host they are refused', async () => {
    const host = fakeHost();
    const m = await makeCore({}, { host });
    await unlocked(m);
    expect(await m.call('admin.restart', {})).toEqual({ ok: true, value: { restarting: true } });
    expect(host.calls).toEqual([]);
    clock.advance(300);
    expect(host.calls).toEqual(['restart: admin panel']);
    expect(await m.call('admin.exit', {})).toEqual({ ok: true, value: { exiting: true } });
    clock.advance(300);
    expect(host.calls).toEqual(['restart: admin panel', 'exit: admin panel']);
    const bare = await makeCore();
    await unlocked(bare, 'screen-9');
    expect(await bare.call('admin.restart', {}, 'screen-9')).toMatchObject({ ok: false, error: { code: 'admin.noHost' } });
  });

  it('role switch: checked by the config schema, written beside the store, then a restart', async () => {
    const host = fakeHost();
    const m = await makeCore({}, { host });
    await unlocked(m);
    // A counter needs its window: refused, nothing written.
    expect(await m.call('admin.setRole', { role: 'counter' })).toMatchObject({ ok: false, error: { code: 'admin.roleRefused', details: { problems: [expect.stringContaining('counter.windowId')] } } });
    expect(existsSync(join(dir, 'local-override.json'))).toBe(false);
    expect(await m.call('admin.setRole', { role: 'display' })).toEqual({ ok: true, value: { role: 'display', restarting: true } });
    expect(JSON.parse(readFileSync(join(dir, 'local-override.json'), 'utf8'))).toEqual({ terminal: { role: 'display' }, writtenAt: '2026-11-24T02:00:00.000Z', writtenBy: 'admin panel' });
    clock.advance(300);
    expect(host.calls).toEqual(['restart: role switched to display']);
    expect(await m.call('admin.status', {})).toMatchObject({ ok: true, value: { pendingRole: 'display', terminal: { role: 'kiosk' } } });
    // The next start reads it.
    const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: 'h' }, store: { path: join(dir, 'terminal.db') } });
    const next = parsed.ok ? readLocalOverride(parsed.config, join(dir, 'profiles')) : null;
    expect(next?.ok && next.config.terminal.role).toBe('display');
  });

  it('network check: a plain verdict with the step that failed; ok against a running platform', async () => {
    const m = await makeCore();
    await unlocked(m);
    const r = (await m.call('admin.networkCheck', {})) as { ok: true; value: { verdict: string; steps: { step: string; ok: boolean }[] } };
    expect(r.value.verdict).toBe('ok');
    expect(r.value.steps.map((s) => [s.step, s.ok])).toEqual([['dns', true], ['tcp', true], ['http', true]]);
    let t = 0;
    const probes = (over: Partial<NetworkProbes>): NetworkProbes => ({ lookup: async () => ['10.0.0.8'], connect: async () => undefined, get: async () => 200, now: () => (t += 7), ...over });
    const dnsDown = await networkCheck('https://platform.hall.example', '/api/v1/health', 1000, probes({ lookup: () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })) }));
    expect(dnsDown).toEqual({
      url: 'https://platform.hall.example',
      verdict: 'dnsFailed',
      steps: [
        { step: 'dns', ok: false, ms: 7, detail: 'platform.hall.example: ENOTFOUND: getaddrinfo ENOTFOUND' },
        { step: 'tcp', ok: false, ms: null, detail: 'not tried' },
        { step: 'http', ok: false, ms: null, detail: 'not tried' },
      ],
    });
    const refused = await networkCheck('https://platform.hall.example', '/api/v1/health', 1000, probes({ connect: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) }));
    expect(refused.verdict).toBe('tcpFailed');
    expect(refused.steps[1]).toMatchObject({ ok: false, detail: 'port 443: ECONNREFUSED: connect ECONNREFUSED' });
    const down = await networkCheck('http://10.0.0.8:8080', '/api/v1/health', 1000, probes({ get: async () => 503 }));
    expect(down).toMatchObject({ verdict: 'httpFailed', steps: [{ ok: true }, { ok: true, detail: 'port 8080 open' }, { ok: false, detail: 'GET /api/v1/health: HTTP 503' }] });
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r));
  expect(check()).toBe(true);
}
