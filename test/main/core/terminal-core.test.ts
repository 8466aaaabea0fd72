import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, StatusSnapshot } from '../../../main/contract/index.ts';
import { parseConfig } from '../../../config/load.ts';
import type { ConfigInput } from '../../../config/schema/index.ts';
import { EventLog } from '../../../main/core/system/event-log.ts';
import { PlatformSession } from '../../../main/core/link/platform-session.ts';
import { createCore, type TerminalCore } from '../../../main/core/terminal-core.ts';
import { MetaRepo, openDatabase, sealedBox } from '../../../main/store/index.ts';
import { seedReferencePlatform } from '../../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const ctx = { connectionId: 't' };
const running: { platform: RunningPlatform; core: TerminalCore }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.core.stop();
    await r.platform.close();
  }
});

async function makeCore(overrides: Partial<ConfigInput> = {}) {
  const parsed = parseConfig({
    environment: 'development',
    terminal: { id: 'k1', role: 'kiosk', hallName: '测试大厅', hallArea: '一楼' },
    devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated' } }],
    dev: { page: true },
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const clock = new ManualClock();
  const platform = await startPlatform({ clock, version: 't', seed: (p) => seedReferencePlatform(p, '2026-11-24') });
  const log = new EventLog(clock);
  const db = openDatabase(':memory:');
  const box = sealedBox(randomBytes(32));
  const session = new PlatformSession({
    baseUrl: platform.url,
    terminalId: 'k1',
    role: 'kiosk',
    version: '9.9.9',
    fetch: (u, i) => fetch(u, i),
    clock,
    timeoutMs: 5000,
    meta: new MetaRepo(db),
    box,
    log: log.for('platform'),
  });
  expect((await session.enrol(await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'))).ok).toBe(true);
  const core = createCore({ config: parsed.config, clock, db, log, session, box, embeddedPlatform: false, version: '9.9.9', random: () => 0.5 });
  running.push({ platform, core });
  const events: { name: EventName; payload: unknown }[] = [];
  core.onEvent((name, payload) => events.push({ name, payload }));
  const statuses = () => events.filter((e) => e.name === 'system.statusChanged').map((e) => e.payload as StatusSnapshot);
  return { core, clock, log, events, statuses, platform };
}

describe('terminal core', () => {
  it('describes the terminal from its config', async () => {
    const { core } = await makeCore();
    const info = await core.handlers['system.getInfo']({}, ctx);
    expect(info).toMatchObject({ ok: true, value: { terminalId: 'k1', role: 'kiosk', hallName: '测试大厅', version: '9.9.9', devPage: true } });
  });

  it('sends a heartbeat the platform keeps: uptime, paper, catalogue age, error codes (no personal data), usage', async () => {
    const { core, clock, log, platform } = await makeCore();
    log.write('error', 'printer', 'print failed for 110101199003074514', { code: 'device.printFailed' });
    log.write('error', 'sync', 'no answer');
    clock.advance(5_000);
    core.start();
    await clock.advanceAsync(0);
    await core.sync.whenIdle();
    await core.outbox.whenIdle();
    const [k1] = (await platform.platform.auth.health());
    expect(k1).toMatchObject({ terminalId: 'k1', role: 'kiosk' });
    const hb = k1!.heartbeat!;
    // The first heartbeat leaves at start, while the printer still connects: its paper is not known yet.
    expect(hb).toMatchObject({ version: '9.9.9', paper: 'unknown', uptimeSeconds: 5, usage: { counts: { tickets: 0 } } });
    expect(hb.lastErrors).toEqual([
      { code: 'device.printFailed', source: 'printer', at: new Date(clock.now() - 5_000).toISOString() },
      { code: 'sync.error', source: 'sync', at: new Date(clock.now() - 5_000).toISOString() },
    ]);
    expect(JSON.stringify(hb)).not.toContain('110101199003074514');
  });

  it('applies the hall\'s remote settings from the sync without a restart: idle timeout, notices shown, hours; pushed to the screens at once', async () => {
    const { core, clock, platform, events } = await makeCore();
    const before = await core.handlers['system.getInfo']({}, ctx);
    expect(before.ok && before.value.idleTimeoutSeconds).toBe(90);
    expect(before.ok && before.value.openingHours).toBeNull();
    const hours = [{ weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '17:00' }] }];
    await platform.platform.hallSettings.set({ idleTimeoutSeconds: 45, notices: false, openingHours: hours });
    core.start();
    await clock.advanceAsync(0);
    await core.sync.whenIdle();
    const after = await core.handlers['system.getInfo']({}, ctx);
    expect(after.ok && after.value.idleTimeoutSeconds).toBe(45);
    expect(after.ok && after.value.openingHours).toEqual(hours);
    expect(await core.handlers['notices.current']({}, ctx)).toEqual({ ok: true, value: { notices: [] } });
    expect(core.remoteConfig.status().appliedAt).toBe(new Date(clock.now()).toISOString());
    // Reported in the status the screens (and the admin panel) get.
    expect(core.status().remoteConfig).toEqual({ appliedAt: new Date(clock.now()).toISOString(), lastRefused: null });
    // Pushed once when applied, with what the screens apply live.
    const pushed = () => events.filter((e) => e.name === 'system.settingsChanged').map((e) => e.payload);
    expect(pushed()).toEqual([{ idleTimeoutSeconds: 45, attract: null, openingHours: hours, notices: false }]);
    // The same settings again: nothing applied, nothing pushed; an invalid one: refused, nothing pushed.
    core.remoteConfig.offer({ idleTimeoutSeconds: 45, notices: false, openingHours: hours });
    core.remoteConfig.offer({ idleTimeoutSeconds: 5 });
    expect(pushed()).toHaveLength(1);
    core.remoteConfig.offer({ idleTimeoutSeconds: 120 });
    expect(pushed().at(-1)).toEqual({ idleTimeoutSeconds: 120, attract: null, openingHours: null, notices: true });
  });

  it('puts the hall settings from the developer page: refused naming the field, else applied and pushed at once', async () => {
    const { core, events, platform } = await makeCore();
    const bad = await core.handlers['dev.putHallSettings']({ settings: { idleTimeoutSeconds: 5 } }, ctx);
    expect(!bad.ok && bad.error.code).toBe('platform.rejected');
    expect(!bad.ok && JSON.stringify(bad.error.details)).toContain('idleTimeoutSeconds');
    expect((await platform.platform.hallSettings.get()).version).toBe(0);
    const good = await core.handlers['dev.putHallSettings']({ settings: { idleTimeoutSeconds: 30, notices: false } }, ctx);
    expect(good.ok && good.value).toMatchObject({ settings: { idleTimeoutSeconds: 30, notices: false }, version: 1 });
    expect(events.filter((e) => e.name === 'system.settingsChanged').map((e) => e.payload)).toEqual([{ idleTimeoutSeconds: 30, attract: null, openingHours: null, notices: false }]);
    expect(await core.handlers['dev.hallSettings']({}, ctx)).toMatchObject({ ok: true, value: { version: 1 } });
  });

  it('on start: checks the platform, syncs the catalogue, sends a heartbeat, and pushes each change', async () => {
    const { core, clock, statuses, platform } = await makeCore();
    core.start();
    await clock.advanceAsync(0);
    await core.sync.whenIdle();
    await core.outbox.whenIdle();
    const last = statuses().at(-1)!;
    expect(last.platform.state).toBe('online');
    expect(last.catalogue.version).toBeGreaterThan(0);
    expect(last.catalogue.checkedAt).toBe(new Date(clock.now()).toISOString());
    expect(core.outbox.counts()).toMatchObject({ pending: 0, delivered: 1 });
    const search = await core.handlers['catalogue.search']({ query: 'sfz', limit: 5 }, ctx);
    expect(search.ok && search.value.hits.some((h) => h.name.includes('身份证'))).toBe(true);
    expect(await platform.platform.catalogue.version()).toBe(last.catalogue.version);
  });

  it('answers an unknown item with catalogue.notFound', async () => {
    const { core } = await makeCore();
    expect(await core.handlers['catalogue.getItem']({ id: 'nope' }, ctx)).toMatchObject({ ok: false, error: { code: 'catalogue.notFound' } });
  });

  it('pushes a status snapshot when a device changes, and lists configured devices', async () => {
    const { core, statuses } = await makeCore();
    core.devices.update('printer-1', 'error', 'printer.paperOut');
    expect(statuses().at(-1)).toMatchObject({ devices: [{ id: 'printer-1', state: 'error', detail: 'printer.paperOut', simulated: true }] });
    core.devices.update('printer-1', 'error', 'printer.paperOut');
    expect(statuses()).toHaveLength(1);
    expect(() => core.devices.update('nope', 'ready')).toThrow('no device "nope"');
  });

  it('streams log entries to the developer page only when it is enabled', async () => {
    const on = await makeCore();
    on.log.write('info', 'test', 'hello');
    expect(on.events.some((e) => e.name === 'log.entryAdded')).toBe(true);
    const got = await on.core.handlers['dev.getLog']({ limit: 10 }, ctx);
    expect(got.ok && got.value.at(-1)?.message).toBe('hello');

    const off = await makeCore({ environment: 'production', dev: { page: false } });
    off.log.write('info', 'test', 'hello');
    expect(off.events.some((e) => e.name === 'log.entryAdded')).toBe(false);
    expect(await off.core.handlers['dev.getLog']({ limit: 10 }, ctx)).toMatchObject({ ok: false, error: { code: 'dev.disabled' } });
    expect(await off.core.handlers['dev.listDevices']({}, ctx)).toMatchObject({ ok: false, error: { code: 'dev.disabled' } });
  });
});

describe('what citizens hand in goes through the outbox', () => {
  it('keeps a rating, delivers it, and the platform has it once', async () => {
    const { core, clock, platform } = await makeCore();
    core.start();
    await clock.advanceAsync(0);
    const rating = {
      ticketId: 'T0001',
      stage: 'finish' as const,
      level: 'dissatisfied' as const,
      reasons: ['等候时间长'],
      windowId: 'w-01',
      staffId: 'ZH0001',
      channel: 'hallPad' as const,
      ratedAt: '20261124T093000',
      areaCode: '339102',
    };
    const r = await core.handlers['evaluation.submit'](rating, ctx);
    expect(r).toMatchObject({ ok: true, value: { reference: expect.any(String) } });
    await core.outbox.whenIdle();
    await core.outbox.drain();
    expect((await platform.platform.records.evaluations()).map((e) => e.evaluation.ticketId)).toEqual(['T0001']);
  });
});

describe('kiosk voice', () => {
  it('starts as config ui.voice says; staff mute it from the developer page and every screen is told', async () => {
    const { core, events } = await makeCore({ ui: { voice: { enabled: true, volume: 0.4 } } });
    expect(await core.handlers['system.getInfo']({}, ctx)).toMatchObject({ ok: true, value: { voice: { enabled: true, volume: 0.4 } } });
    expect(await core.handlers['dev.setVoice']({ enabled: false }, ctx)).toEqual({ ok: true, value: { enabled: false, volume: 0.4 } });
    // Muting twice tells the screens once.
    await core.handlers['dev.setVoice']({ enabled: false }, ctx);
    expect(events.filter((e) => e.name === 'system.voiceChanged').map((e) => e.payload)).toEqual([{ enabled: false, volume: 0.4 }]);
    expect(await core.handlers['system.getInfo']({}, ctx)).toMatchObject({ value: { voice: { enabled: false } } });
  });

  it('is refused from a profile without the developer page, and a volume outside 0..1 is a config error', async () => {
    const { core } = await makeCore({ dev: { page: false } });
    expect(await core.handlers['dev.setVoice']({ enabled: false }, ctx)).toMatchObject({ ok: false, error: { code: 'dev.disabled' } });
    expect(await core.handlers['system.getInfo']({}, ctx)).toMatchObject({ value: { voice: { enabled: true, volume: 0.8 } } });
    const bad = parseConfig({ ui: { voice: { volume: 1.5 } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join('\n')).toMatch(/ui\.voice\.volume/);
  });
});

describe('event log', () => {
  it('keeps only the newest entries, in order', async () => {
    const clock = new ManualClock();
    const log = new EventLog(clock, { capacity: 3 });
    for (let i = 0; i < 5; i++) log.write('info', 's', `m${i}`);
    expect(log.recent(10).map((e) => e.message)).toEqual(['m2', 'm3', 'm4']);
    expect(log.recent(2).map((e) => e.seq)).toEqual([3, 4]);
  });
});

describe('the call display part', () => {
  it('has a board only on a display terminal: a kiosk answers display.notDisplay', async () => {
    const { core } = await makeCore();
    expect(await core.handlers['display.state']({}, ctx)).toMatchObject({ ok: false, error: { code: 'display.notDisplay' } });
    expect(await core.handlers['display.resync']({}, ctx)).toMatchObject({ ok: false, error: { code: 'display.notDisplay' } });
  });

  it('on a display terminal reads the board on resync and tells the screens; muting the voice is in its settings', async () => {
    const { core, events } = await makeCore({ terminal: { id: 'k1', role: 'display', hallName: '测试大厅', hallArea: '一楼' }, devices: [], display: { languages: ['zh-CN', 'en'], repeat: 3 } });
    expect(await core.handlers['display.state']({}, ctx)).toMatchObject({ ok: true, value: { status: 'waiting', settings: { languages: ['zh-CN', 'en'], repeat: 3, volume: 0.8 } } });
    const r = await core.handlers['display.resync']({}, ctx);
    expect(r).toMatchObject({ ok: true, value: { status: 'ready', businessDate: expect.any(String), calls: [] } });
    expect(events.some((e) => e.name === 'display.changed')).toBe(true);
    await core.handlers['dev.setVoice']({ enabled: false }, ctx);
    expect((events.filter((e) => e.name === 'display.changed').at(-1)!.payload as { settings: { volume: number } }).settings.volume).toBe(0);
  });
});
