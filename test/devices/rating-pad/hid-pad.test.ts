import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildHidOutputReport, createHidPad, interpretHidReport } from '../../../devices/rating-pad/hid-pad.ts';
import { hidPadModels, keyboardStyleHidPadModel, vendorReportHidPadModel, type HidPadModel } from '../../../devices/rating-pad/hid-pad.models.ts';
import { createFakeHidPad } from '../../../devices/rating-pad/hid-pad.simulator.ts';
import { ratingLevels } from '../../../devices/rating-pad/rating-level.ts';
import { windowKeys } from '../../../devices/rating-pad/types.ts';
import { ManualClock } from '../../support/manual-clock.ts';

async function setup(model: HidPadModel = vendorReportHidPadModel, releaseReports = false) {
  const clock = new ManualClock();
  const device = createFakeHidPad(model, { releaseReports });
  const pad = createHidPad({ device, model, clock });
  const log: string[] = [];
  pad.on('key', (e) => log.push(`key ${e.key}`));
  pad.on('rating', (e) => log.push(`rating ${e.level}`));
  pad.on('status', (e) => log.push(`status ${e.status}`));
  pad.on('fault', (e) => log.push(`fault ${e.error.code}`));
  expect((await pad.start()).ok).toBe(true);
  return { clock, device, pad, log };
}

describe('HID pad driver with a fake device', () => {
  for (const model of hidPadModels) {
    it(`${model.id}: one event per key report, release reports ignored`, async () => {
      const { device, log } = await setup(model, true);
      for (const key of windowKeys) expect(device.press(key)).toBe(true);
      for (const level of ratingLevels) expect(device.rate(level)).toBe(true);
      expect(log).toEqual(['status ready', ...windowKeys.map((k) => `key ${k}`), ...ratingLevels.map((l) => `rating ${l}`)]);
    });
  }

  it('stamps events with the clock', async () => {
    const { clock, device, pad } = await setup();
    const at: number[] = [];
    pad.on('rating', (e) => at.push(e.at));
    clock.advance(1234);
    device.rate('satisfied');
    expect(at).toEqual([clock.now()]);
  });

  it('unknown codes and short reports are faults, not events', async () => {
    const { device, log } = await setup();
    device.sendReport([0x00, 0x7e, 0, 0]);
    device.sendReport([0x00]);
    expect(log).toEqual(['status ready', 'fault ratingPad.unknownCode', 'fault ratingPad.length']);
  });

  it('writes output reports for the display, the buzzer and the rating prompt', async () => {
    const { device, pad } = await setup();
    expect((await pad.showNumber('A023')).ok).toBe(true);
    expect((await pad.beep()).ok).toBe(true);
    expect((await pad.requestRating()).ok).toBe(true);
    expect(device.written).toEqual([
      [0x00, 0x02, 0x20, 0x20, 0x41, 0x30, 0x32, 0x33, 0x00],
      [0x00, 0x03, 0, 0, 0, 0, 0, 0, 0],
      [0x00, 0x04, 0, 0, 0, 0, 0, 0, 0],
    ]);
    const bad = await pad.showNumber(1_000_000);
    expect(bad.ok ? 'ok' : bad.error.code).toBe('ratingPad.invalidCommand');
  });

  it('a pad without outputs answers device.unsupported', async () => {
    const { device, pad } = await setup(keyboardStyleHidPadModel);
    for (const r of [await pad.showNumber(1), await pad.beep(), await pad.requestRating()]) {
      expect(r.ok ? 'ok' : r.error.code).toBe('device.unsupported');
    }
    expect(device.written).toEqual([]);
  });

  it('unplugging reports disconnected, lets go of the device, and start cannot revive it', async () => {
    const { device, pad, log } = await setup();
    device.unplug();
    expect(pad.status).toBe('disconnected');
    expect(device.closed).toBe(true);
    expect(device.listenerCount).toBe(0);
    const w = await pad.beep();
    expect(w.ok ? 'ok' : w.error.code).toBe('device.disconnected');
    const s = await pad.start();
    expect(s.ok ? 'ok' : s.error.code).toBe('device.disconnected');
    expect(log).toEqual(['status ready', 'status disconnected']);
  });

  it('a write that throws (device gone between reads) is device.disconnected, not a crash', async () => {
    const { device, pad, log } = await setup();
    device.unplugged = true; // gone, but the read thread has not noticed yet
    const r = await pad.showNumber(7);
    expect(r.ok ? 'ok' : r.error.code).toBe('device.disconnected');
    expect(pad.status).toBe('disconnected');
    expect(log).toEqual(['status ready', 'status disconnected']);
  });

  it('stop closes the device and detaches', async () => {
    const { device, pad, log } = await setup();
    await pad.stop();
    expect(device.closed).toBe(true);
    expect(device.listenerCount).toBe(0);
    expect(log).toEqual(['status ready', 'status stopped']);
  });
});

describe('HID reports and tables', () => {
  it('model ids and vendor/product pairs are unique; codes mean one thing each', () => {
    expect(new Set(hidPadModels.map((m) => m.id)).size).toBe(hidPadModels.length);
    expect(new Set(hidPadModels.map((m) => `${m.vendorId}:${m.productId}`)).size).toBe(hidPadModels.length);
    for (const m of hidPadModels) {
      const codes = m.codes.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const idle of m.idleCodes) expect(codes).not.toContain(idle);
    }
  });

  it('an output report that does not fit is refused', () => {
    const tiny: HidPadModel = { ...vendorReportHidPadModel, output: { reportId: 1, reportLength: 4, showNumber: [2], displayWidth: 6 } };
    const r = buildHidOutputReport(tiny, 'showNumber', [0x31, 0x32, 0x33, 0x34, 0x35, 0x36]);
    expect(r.ok ? 'ok' : r.error.code).toBe('ratingPad.invalidCommand');
  });

  it('interpreting any report never throws and yields an input, nothing, or a typed error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), fc.constantFrom(...hidPadModels), (report, model) => {
        const r = interpretHidReport(report, model);
        if (!r.ok) expect(['ratingPad.unknownCode', 'ratingPad.length']).toContain(r.error.code);
        else if (r.value === undefined) expect(model.idleCodes).toContain(report[model.codeByte]);
        else expect(model.codes.find((c) => c.code === report[model.codeByte])?.input).toEqual(r.value);
      }),
      { numRuns: 2000 },
    );
  });
});
