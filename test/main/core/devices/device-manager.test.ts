// The device manager built from config, for the kinds this part made reachable: an A4 printer
// (simulated, and CUPS through stand-in lp/lpstat on PATH), USB HID pads and scanners (simulated
// over an in-memory HID device, and "real" through an injected node-hid module), and the ID-card
// reader's events going up.
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import type { ConfigInput, DeviceConfig } from '../../../../config/schema/index.ts';
import { DeviceBoard } from '../../../../main/core/devices/device-board.ts';
import { DeviceManager, type DeviceManagerEvents } from '../../../../main/core/devices/device-manager.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { spawnRunner } from '../../../../devices/document-printer/command-runner.ts';
import { createHidPair, type HidPair } from '../../../../devices/transports/hid-pair.ts';
import type { NodeHidModule } from '../../../../devices/transports/hid.ts';
import { createFakeCups, type FakeCups } from '../../../support/fake-cups.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const running: DeviceManager[] = [];
const cups: FakeCups[] = [];
afterEach(async () => {
  for (const m of running.splice(0)) await m.stop();
  for (const c of cups.splice(0)) c.remove();
});

function devicesOf(devices: ConfigInput['devices']): DeviceConfig[] {
  const parsed = parseConfig({ environment: 'development', terminal: { id: 't', role: 'counter', hallName: '测试大厅' }, counter: { windowId: 'w01' }, devices });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config.devices;
}

async function start(devices: ConfigInput['devices'], extra: Partial<ConstructorParameters<typeof DeviceManager>[0]> = {}) {
  const clock = new ManualClock();
  const configs = devicesOf(devices);
  const board = new DeviceBoard(clock, configs);
  const log = new EventLog(clock);
  const manager = new DeviceManager({ devices: configs, clock, board, log, hallName: '测试大厅', timeZone: 'Asia/Shanghai', ...extra });
  running.push(manager);
  const events: string[] = [];
  const record = <E extends keyof DeviceManagerEvents>(e: E, f: (p: DeviceManagerEvents[E]) => string) => manager.on(e, (p) => events.push(`${e} ${f(p)}`));
  record('padPressed', (p) => (p.kind === 'key' ? p.key : p.level));
  record('codeScanned', (p) => `${p.kind} ${p.value}`);
  record('cardInserted', (p) => p.cardType);
  record('cardRemoved', (p) => p.deviceId);
  await manager.start();
  const state = (id: string) => {
    const s = board.get(id);
    return s ? `${s.state}${s.detail ? ` ${s.detail}` : ''}` : 'none';
  };
  return { clock, manager, board, log, events, state };
}

const fail = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('A4 document printer from config', () => {
  it('simulated: ready, its self-test prints a test page it keeps, conditions become device status', async () => {
    const { manager, state } = await start([{ id: 'a4', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'simulated' } }]);
    expect(state('a4')).toBe('ready');
    const t = await manager.selfTest('a4');
    expect(t).toEqual({ ok: true, value: 'printed a test page (job Simulated-a4-1)' });
    const docs = await manager.documents();
    expect(docs.map((d) => [d.deviceId, d.jobNumber, d.title, d.copies])).toEqual([['a4', 1, '打印测试页', 1]]);
    expect(docs[0]!.bytes).toBeGreaterThan(1000);
    // Pages rendered with pdftoppm where it is installed; otherwise the reason says so.
    if (docs[0]!.previewError === null) expect(docs[0]!.pages[0]).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    else expect(docs[0]!.previewError).toContain('poppler-utils');
    expect(fail(await manager.simulate('a4', 'condition:paperOut'))).toBe('ok');
    expect(state('a4')).toBe('error printer.paperOut');
    expect(fail(await manager.selfTest('a4'))).toBe('printer.paperOut');
    expect(fail(await manager.simulate('a4', 'condition:nonsense'))).toBe('rpc.invalidInput');
  });

  it('CUPS: lpstat gives the status, the self-test goes to lp as a PDF on stdin', async () => {
    const fake = createFakeCups('HallA4');
    cups.push(fake);
    const run = spawnRunner();
    const withPath: typeof run = (req) => run({ ...req, env: { ...req.env, PATH: fake.path } });
    const { manager, state } = await start([{ id: 'a4', kind: 'documentPrinter', label: 'A4', connection: { type: 'cups', printer: 'HallA4', options: { sides: 'one-sided' } } }], { run: withPath });
    expect(state('a4')).toBe('ready');
    expect(manager.list(() => '')[0]!.connection).toBe('CUPS queue HallA4');
    expect(await manager.selfTest('a4')).toEqual({ ok: true, value: 'printed a test page (job HallA4-1)' });
    const [job] = fake.jobs();
    expect(job!.args).toEqual(['-d', 'HallA4', '-n', '1', '-t', '打印测试页', '-o', 'media=A4', '-o', 'document-format=application/pdf', '-o', 'sides=one-sided', '-']);
    expect(job!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A real printer keeps no documents for the developer page and has nothing to simulate.
    expect(await manager.documents()).toEqual([]);
    expect(fail(await manager.simulate('a4', 'condition:paperOut'))).toBe('device.notConfigured');
    fake.setAlerts(['media-empty-error', 'toner-low-warning']);
    expect(fail(await manager.selfTest('a4'))).toBe('printer.paperOut');
    expect(state('a4')).toBe('error printer.paperOut');
    expect(fake.jobs().length).toBe(1);
  });

  it('CUPS without lpstat installed: disconnected, saying the CUPS client is missing', async () => {
    const run = spawnRunner();
    const { state, manager } = await start([{ id: 'a4', kind: 'documentPrinter', label: 'A4', connection: { type: 'cups', printer: 'HallA4' } }], {
      run: (req) => run({ ...req, command: `${req.command}-not-installed` }),
    });
    expect(state('a4')).toBe('disconnected document.cupsUnavailable');
    expect(fail(await manager.selfTest('a4'))).toBe('document.cupsUnavailable');
  });
});

describe('USB HID pads and scanners from config', () => {
  it('a simulated HID pad: keys and ratings go up as events, the self-test beeps through an output report', async () => {
    const { manager, events, state } = await start([{ id: 'pad', kind: 'ratingPad', label: '评价器', connection: { type: 'simulated', over: 'hid' } }]);
    expect(state('pad')).toBe('ready');
    expect(manager.list(() => '')[0]!.connection).toBe('simulated (in-memory USB HID device), example-hid-vendor-report');
    expect(fail(await manager.simulate('pad', 'key:callNext'))).toBe('ok');
    expect(fail(await manager.simulate('pad', 'rate:dissatisfied'))).toBe('ok');
    expect(events).toEqual(['padPressed callNext', 'padPressed dissatisfied']);
    expect(await manager.selfTest('pad')).toEqual({ ok: true, value: 'the pad beeped' });
  });

  it('a real HID pad (node-hid injected): opened by vendor/product id, its reports become events', async () => {
    const pairs: HidPair[] = [];
    const opened: string[] = [];
    const loadNodeHid = async (): Promise<NodeHidModule> => ({
      HIDAsync: {
        open: async (...args: [string] | [number, number]) => {
          opened.push(args.map((a) => (typeof a === 'number' ? a.toString(16) : a)).join(':'));
          const pair = createHidPair('injected');
          pairs.push(pair);
          const d = await pair.open();
          if (!d.ok) throw new Error(d.error.message);
          return d.value;
        },
      },
    } as NodeHidModule);
    const { events, state, manager } = await start([{ id: 'pad', kind: 'ratingPad', label: '评价器', connection: { type: 'hid', vendorId: 0x1209, productId: 0x0002 } }], { loadNodeHid });
    expect(opened).toEqual(['1209:2']);
    expect(state('pad')).toBe('ready');
    // The keyboard-style model (found by its ids): F1 calls the next number, "5" rates very dissatisfied.
    pairs[0]!.peer.sendReport([0, 0, 0x3a, 0, 0, 0, 0, 0]);
    pairs[0]!.peer.sendReport([0, 0, 0x22, 0, 0, 0, 0, 0]);
    expect(events).toEqual(['padPressed callNext', 'padPressed veryDissatisfied']);
    expect(fail(await manager.selfTest('pad'))).toBe('device.unsupported');
  });

  it('a HID pad with no known model does not start, and says which models exist', async () => {
    const { manager, state } = await start([{ id: 'pad', kind: 'ratingPad', label: '评价器', connection: { type: 'hid', vendorId: 0x1234, productId: 0x5678 } }]);
    expect(state('pad')).toBe('disconnected device.unavailable');
    expect(manager.list(() => 'hid')[0]!.connection).toBe(
      'hid (not opened: rating pad pad: no HID pad model for 1234:5678; set "model" to one of "example-hid-vendor-report", "example-hid-keyboard-style")',
    );
  });

  it('a node-hid that cannot open the device leaves the pad disconnected, not the terminal down', async () => {
    const loadNodeHid = async (): Promise<NodeHidModule> => ({ HIDAsync: { open: async () => Promise.reject(new Error('cannot open device with vendor id 0x1209')) } }) as NodeHidModule;
    const { state } = await start([{ id: 'pad', kind: 'ratingPad', label: '评价器', model: 'example-hid-vendor-report', connection: { type: 'hid', vendorId: 0x1209, productId: 0x0001 } }], { loadNodeHid });
    expect(state('pad')).toBe('disconnected');
  });

  it('a simulated keyboard-mode HID scanner: scanned codes go up as events', async () => {
    const { manager, events, state } = await start([{ id: 'scan', kind: 'scanner', label: '扫码器', connection: { type: 'simulated', over: 'hid' } }]);
    expect(state('scan')).toBe('ready');
    expect(fail(await manager.simulate('scan', 'scan:YY20261124'))).toBe('ok');
    expect(fail(await manager.simulate('scan', 'noise'))).toBe('ok');
    expect(events).toEqual(['codeScanned appointment YY20261124']);
    expect((await manager.selfTest('scan')).ok).toBe(true);
  });
});

describe('ID-card reader', () => {
  it('card events go up from the device; nothing is pushed down into it', async () => {
    const { clock, manager, events, state } = await start([{ id: 'id', kind: 'idcard', label: '身份证', connection: { type: 'simulated', over: 'memory' } }]);
    expect(state('id')).toBe('ready');
    expect(fail(await manager.simulate('id', 'insert:zhangWei'))).toBe('ok');
    for (let i = 0; i < 40 && events.length < 1; i++) await clock.advanceAsync(250);
    expect(fail(await manager.simulate('id', 'remove'))).toBe('ok');
    for (let i = 0; i < 40 && events.length < 2; i++) await clock.advanceAsync(250);
    expect(events).toEqual(['cardInserted resident', 'cardRemoved id']);
  });
});

describe('connections a kind cannot use are refused by the config, by key path', () => {
  it.each([
    [{ id: 'a4', kind: 'documentPrinter', label: 'A4', connection: { type: 'serial', path: '/dev/ttyS0' } }, 'devices.0.connection.type: a documentPrinter is reached through "simulated", "cups", not "serial"'],
    [{ id: 'p', kind: 'printer', label: 'P', connection: { type: 'hid', vendorId: 1, productId: 2 } }, 'devices.0.connection.type: a printer is reached through "simulated", "serial", "tcp", not "hid"'],
    [{ id: 'i', kind: 'idcard', label: 'I', connection: { type: 'simulated', over: 'hid' } }, 'devices.0.connection.over: a simulated idcard runs over "pty", "memory", not "hid"'],
    [{ id: 'a4', kind: 'documentPrinter', label: 'A4', connection: { type: 'cups', printer: 'Hall A4' } }, 'devices.0.connection.printer: a CUPS queue name (lpstat -p lists them): no spaces, "/", "#" or quotes (got "Hall A4")'],
  ])('%j', (device, problem) => {
    const parsed = parseConfig({ terminal: { id: 't', role: 'kiosk', hallName: 'h' }, devices: [device] });
    expect(parsed.ok ? [] : parsed.problems).toEqual([problem]);
  });
});
