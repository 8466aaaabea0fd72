// A keyboard-mode USB scanner end to end: the simulator types reports into an in-memory HID device,
// the real HidTransport delivers them, the scanner driver decodes and frames them.
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../devices/scanner/driver.ts';
import { HidKeyboardScannerSimulator } from '../../../devices/scanner/hid-keyboard.simulator.ts';
import { createHidPair } from '../../../devices/transports/hid-pair.ts';
import { HidTransport } from '../../../devices/transports/hid.ts';
import { ManualClock } from '../../support/manual-clock.ts';

async function setup() {
  const clock = new ManualClock();
  const pair = createHidPair('test scanner');
  const sim = new HidKeyboardScannerSimulator({ peer: pair.peer });
  const scanner = createScanner({ transport: new HidTransport({ openDevice: pair.open }), clock, input: 'hidKeyboard' });
  const log: string[] = [];
  scanner.on('scanned', (e) => log.push(`${e.classification.kind} ${e.code}`));
  scanner.on('faulted', (e) => log.push(`fault ${e.error.code}`));
  scanner.on('statusChanged', (e) => log.push(`status ${e.status}`));
  expect((await scanner.start()).ok).toBe(true);
  return { clock, sim, scanner, log };
}

describe('keyboard-mode HID scanner', () => {
  it('reads typed codes, classifies them, and reports noise as a fault', async () => {
    const { sim, log, clock } = await setup();
    expect(sim.scan('YY20261124').ok).toBe(true);
    clock.advance(2000);
    expect(sim.scan('https://zwfw.example.gov.cn/q?t=1&n=A023').ok).toBe(true);
    expect(sim.noise().ok).toBe(true);
    expect(log).toEqual(['status ready', 'appointment YY20261124', 'url https://zwfw.example.gov.cn/q?t=1&n=A023', 'fault scanner.unknownKey']);
  });

  it('an unplug is disconnected, and the simulator says the host has it no more', async () => {
    const { sim, log } = await setup();
    sim.unplug();
    const r = sim.scan('YY1');
    expect(r.ok ? 'ok' : r.error.code).toBe('device.disconnected');
    expect(log).toEqual(['status ready', 'status disconnected']);
  });
});
