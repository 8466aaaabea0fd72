import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildHidOutputReport, createHidPad, hidPadReportShape, interpretHidReport } from '../../../devices/rating-pad/hid-pad.driver.ts';
import { hidPadModels, keyboardStyleHidPadModel, vendorReportHidPadModel, type HidPadModel } from '../../../devices/rating-pad/hid-pad.models.ts';
import { HidPadSimulator } from '../../../devices/rating-pad/hid-pad.simulator.ts';
import { ratingLevels } from '../../../devices/rating-pad/rating-level.ts';
import { windowKeys } from '../../../devices/rating-pad/types.ts';
import { createHidPair } from '../../../devices/transports/hid-pair.ts';
import { HidTransport } from '../../../devices/transports/hid.ts';
import { ReconnectingTransport } from '../../../devices/transports/reconnecting.ts';
import { ManualClock } from '../../support/manual-clock.ts';

async function setup(model: HidPadModel = vendorReportHidPadModel, releaseReports = false) {
  const clock = new ManualClock();
  const pair = createHidPair('test pad');
  const device = new HidPadSimulator({ peer: pair.peer, model, releaseReports });
  const transport = new HidTransport({ openDevice: pair.open, ...hidPadReportShape(model) });
  const pad = createHidPad({ transport, model, clock });
  const log: string[] = [];
  pad.on('pressed', (e) => log.push(`key ${e.key}`));
  pad.on('rated', (e) => log.push(`rating ${e.level}`));
  pad.on('statusChanged', (e) => log.push(`status ${e.status}`));
  pad.on('faulted', (e) => log.push(`fault ${e.error.code}`));
  expect((await pad.start()).ok).toBe(true);
  return { clock, pair, device, transport, pad, log };
}

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('HID pad driver over a HID transport and an in-memory device', () => {
  for (const model of hidPadModels) {
    it(`${model.id}: one event per key report, release reports ignored`, async () => {
      const { device, log } = await setup(model, true);
      for (const key of windowKeys) expect(device.press(key).ok).toBe(true);
      for (const level of ratingLevels) expect(device.rate(level).ok).toBe(true);
      expect(log).toEqual(['status ready', ...windowKeys.map((k) => `key ${k}`), ...ratingLevels.map((l) => `rating ${l}`)]);
    });
  }

  it('stamps events with the clock', async () => {
    const { clock, device, pad } = await setup();
    const at: number[] = [];
    pad.on('rated', (e) => at.push(e.at));
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

  it('writes output reports for the display, the buzzer and the rating prompt, report id first, padded', async () => {
    const { device, pad } = await setup();
    expect((await pad.showNumber('A023')).ok).toBe(true);
    expect((await pad.beep()).ok).toBe(true);
    expect((await pad.requestRating()).ok).toBe(true);
    expect(device.written).toEqual([
      [0x00, 0x02, 0x20, 0x20, 0x41, 0x30, 0x32, 0x33, 0x00],
      [0x00, 0x03, 0, 0, 0, 0, 0, 0, 0],
      [0x00, 0x04, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(code(await pad.showNumber(1_000_000))).toBe('ratingPad.invalidCommand');
  });

  it('a pad without outputs answers device.unsupported', async () => {
    const { device, pad } = await setup(keyboardStyleHidPadModel);
    for (const r of [await pad.showNumber(1), await pad.beep(), await pad.requestRating()]) expect(code(r)).toBe('device.unsupported');
    expect(device.written).toEqual([]);
  });

  it('unplugging reports disconnected; writes fail as device.disconnected; a plain transport stays down', async () => {
    const { device, pad, log } = await setup();
    device.unplug();
    expect(pad.status).toBe('disconnected');
    expect(code(await pad.beep())).toBe('device.disconnected');
    expect(code(device.rate('satisfied'))).toBe('device.disconnected');
    expect(log).toEqual(['status ready', 'status disconnected']);
  });

  it('behind a reconnecting transport, a pad plugged back in is ready again and its keys arrive', async () => {
    const clock = new ManualClock();
    const pair = createHidPair('test pad');
    const device = new HidPadSimulator({ peer: pair.peer, model: vendorReportHidPadModel });
    const transport = new ReconnectingTransport(() => new HidTransport({ openDevice: pair.open, ...hidPadReportShape(vendorReportHidPadModel) }), { clock, random: () => 0.5 });
    const pad = createHidPad({ transport, model: vendorReportHidPadModel, clock });
    const log: string[] = [];
    pad.on('statusChanged', (e) => log.push(e.status));
    pad.on('pressed', (e) => log.push(e.key));
    expect((await pad.start()).ok).toBe(true);
    device.unplug();
    await clock.advanceAsync(300);
    expect(pad.status).toBe('disconnected');
    device.plug();
    for (let i = 0; i < 20 && pad.status !== 'ready'; i++) await clock.advanceAsync(1000);
    expect(device.press('callNext').ok).toBe(true);
    expect(log).toEqual(['ready', 'disconnected', 'ready', 'callNext']);
    await pad.stop();
  });

  it('stop closes the transport and reports stopped', async () => {
    const { transport, pad, log } = await setup();
    await pad.stop();
    expect(transport.state).toBe('closed');
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
    expect(code(buildHidOutputReport(tiny, 'showNumber', [0x31, 0x32, 0x33, 0x34, 0x35, 0x36]))).toBe('ratingPad.invalidCommand');
    // Three bytes after the report id fit exactly.
    expect(buildHidOutputReport(tiny, 'showNumber', [0x31, 0x32])).toEqual({ ok: true, value: Uint8Array.of(2, 0x31, 0x32) });
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
