import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../main/contract/index.ts';
import { parseConfig } from '../../../config/load.ts';
import type { ConfigInput } from '../../../config/schema.ts';
import { EventLog } from '../../../main/core/event-log.ts';
import { createCore } from '../../../main/core/terminal-core.ts';
import { openDatabase } from '../../../main/store/index.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const ctx = { connectionId: 't' };

function makeCore(overrides: Partial<ConfigInput> = {}, healthy = true) {
  const parsed = parseConfig({
    environment: 'development',
    terminal: { id: 'k1', role: 'kiosk', hallName: '测试大厅', hallArea: '一楼' },
    devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated' } }],
    dev: { page: true },
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const clock = new ManualClock();
  const log = new EventLog(clock);
  let up = healthy;
  const core = createCore({
    config: parsed.config,
    clock,
    db: openDatabase(':memory:'),
    log,
    fetch: async () => {
      if (!up) throw new Error('down');
      return { ok: true, status: 200 };
    },
    platformUrl: 'http://platform.test/',
    embeddedPlatform: false,
    version: '9.9.9',
  });
  const events: { name: EventName; payload: unknown }[] = [];
  core.onEvent((name, payload) => events.push({ name, payload }));
  return { core, clock, log, events, setUp: (v: boolean) => (up = v) };
}

describe('terminal core', () => {
  it('describes the terminal from its config', async () => {
    const { core } = makeCore();
    const info = await core.handlers['system.getInfo']({}, ctx);
    expect(info).toMatchObject({ ok: true, value: { terminalId: 'k1', role: 'kiosk', hallName: '测试大厅', version: '9.9.9', devPage: true } });
  });

  it('pushes a status snapshot when the platform link changes', async () => {
    const { core, clock, events, setUp } = makeCore();
    core.start();
    await clock.advanceAsync(0);
    const statusEvents = () => events.filter((e) => e.name === 'system.statusChanged');
    expect(statusEvents().at(-1)?.payload).toMatchObject({ platform: { state: 'online' } });
    setUp(false);
    await clock.advanceAsync(15_000);
    expect(statusEvents().at(-1)?.payload).toMatchObject({ platform: { state: 'offline' } });
    core.stop();
  });

  it('pushes a status snapshot when a device changes, and lists configured devices', async () => {
    const { core, events } = makeCore();
    core.devices.update('printer-1', 'error', 'printer.paperOut');
    const last = events.filter((e) => e.name === 'system.statusChanged').at(-1)?.payload;
    expect(last).toMatchObject({ devices: [{ id: 'printer-1', state: 'error', detail: 'printer.paperOut', simulated: true }] });
    core.devices.update('printer-1', 'error', 'printer.paperOut');
    expect(events.filter((e) => e.name === 'system.statusChanged')).toHaveLength(1);
    expect(() => core.devices.update('nope', 'ready')).toThrow('no device "nope"');
  });

  it('streams log entries to the developer page only when it is enabled', async () => {
    const on = makeCore();
    on.log.write('info', 'test', 'hello');
    expect(on.events.some((e) => e.name === 'log.entryAdded')).toBe(true);
    expect(await on.core.handlers['dev.getLog']({ limit: 10 }, ctx)).toMatchObject({ ok: true, value: [{ message: 'hello' }] });

    const off = makeCore({ environment: 'production', dev: { page: false } });
    off.log.write('info', 'test', 'hello');
    expect(off.events.some((e) => e.name === 'log.entryAdded')).toBe(false);
    expect(await off.core.handlers['dev.getLog']({ limit: 10 }, ctx)).toMatchObject({ ok: false, error: { code: 'dev.disabled' } });
    expect(await off.core.handlers['dev.listDevices']({}, ctx)).toMatchObject({ ok: false, error: { code: 'dev.disabled' } });
  });
});

describe('event log', () => {
  it('keeps only the newest entries, in order', () => {
    const clock = new ManualClock();
    const log = new EventLog(clock, { capacity: 3 });
    for (let i = 0; i < 5; i++) log.write('info', 's', `m${i}`);
    expect(log.recent(10).map((e) => e.message)).toEqual(['m2', 'm3', 'm4']);
    expect(log.recent(2).map((e) => e.seq)).toEqual([3, 4]);
  });
});
