import { describe, it, expect } from 'vitest';
import type { Result } from '../../../domain/result.ts';
import { createMemoryLink } from '../../../devices/transports/memory.ts';
import { encodeBeep, encodeKeyPress } from '../../../devices/rating-pad/serial-pad.codec.ts';
import { keyInDataSerialPadModel, defaultSerialPadModel, type SerialPadModel } from '../../../devices/rating-pad/serial-pad.models.ts';
import { createSerialPad, DEFAULT_FRAME_GAP_MS } from '../../../devices/rating-pad/serial-pad.driver.ts';
import { createSerialPadSimulator } from '../../../devices/rating-pad/serial-pad.simulator.ts';
import { ratingLevels } from '../../../devices/rating-pad/rating-level.ts';
import { windowKeys, type RatingPad } from '../../../devices/rating-pad/types.ts';
import { ManualClock, flushMicrotasks } from '../../support/manual-clock.ts';

const must = (r: Result<Uint8Array>): Uint8Array => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

async function setup(options: { address?: number; model?: SerialPadModel } = {}) {
  const clock = new ManualClock();
  const link = createMemoryLink('rs485 test');
  const pad = createSerialPad({ transport: link.host, clock, ...options });
  const sim = createSerialPadSimulator({ transport: link.device, ...options });
  const log: string[] = [];
  const t0 = clock.now();
  pad.on('pressed', (e) => log.push(`key ${e.key} @${e.at - t0}`));
  pad.on('rated', (e) => log.push(`rating ${e.level}`));
  pad.on('statusChanged', (e) => log.push(`status ${e.status}`));
  pad.on('faulted', (e) => log.push(`fault ${e.error.code}`));
  expect((await sim.start()).ok).toBe(true);
  expect((await pad.start()).ok).toBe(true);
  return { clock, link, pad, sim, log };
}

const ok = (r: Result<void>): boolean => r.ok;

describe('serial pad driver with the simulated pad', () => {
  it('reports ready, then every window key and every rating, stamped with the clock', async () => {
    const { pad, sim, log } = await setup();
    expect(pad.status).toBe('ready');
    for (const key of windowKeys) expect(ok(await sim.press(key))).toBe(true);
    for (const level of ratingLevels) expect(ok(await sim.rate(level))).toBe(true);
    await flushMicrotasks();
    expect(log).toEqual([
      'status ready',
      ...windowKeys.map((k) => `key ${k} @0`),
      ...ratingLevels.map((l) => `rating ${l}`),
    ]);
  });

  it('shows numbers, beeps and asks for a rating on the pad', async () => {
    const { pad, sim } = await setup();
    const commands: string[] = [];
    sim.onCommand((c) => commands.push(c.command));
    expect(ok(await pad.showNumber('A023'))).toBe(true);
    expect(ok(await pad.showNumber(23))).toBe(true);
    expect(ok(await pad.beep())).toBe(true);
    expect(ok(await pad.requestRating())).toBe(true);
    await flushMicrotasks();
    expect(sim.shown).toEqual(['A023', '000023']);
    expect(sim.display).toBe('000023');
    expect(sim.beeps).toBe(1);
    expect(sim.ratingRequests).toBe(1);
    expect(commands).toEqual(['showNumber', 'showNumber', 'beep', 'requestRating']);
    expect(sim.errors).toEqual([]);
  });

  it('refuses a number the display cannot show, and sends nothing', async () => {
    const { pad, sim } = await setup();
    const r = await pad.showNumber('A0234567');
    expect(r.ok ? 'ok' : r.error.code).toBe('ratingPad.invalidCommand');
    await flushMicrotasks();
    expect(sim.shown).toEqual([]);
  });

  it('survives garbage: reports it as a fault and still reads the next key', async () => {
    const { sim, log } = await setup();
    await sim.sendGarbage();
    await sim.press('recall');
    await flushMicrotasks();
    expect(log.filter((l) => l.startsWith('fault')).length).toBeGreaterThan(0);
    expect(log.at(-1)).toBe('key recall @0');
  });

  it('drops a cut-off frame after the gap and reads a frame that arrived behind it', async () => {
    const { clock, sim, log } = await setup();
    const call = must(encodeKeyPress(1, 'callNext', defaultSerialPadModel));
    // A header claiming 32 bytes, then a real frame: nothing can be decided until the line goes quiet.
    await sim.sendRaw(Uint8Array.from([0x68, 0x20, 0x20, 0x68, 0x01, 0x02, ...call]));
    await flushMicrotasks();
    expect(log).toEqual(['status ready']);
    await clock.advanceAsync(DEFAULT_FRAME_GAP_MS - 1);
    expect(log).toEqual(['status ready']);
    await clock.advanceAsync(1);
    expect(log).toEqual(['status ready', 'fault ratingPad.truncated', 'fault ratingPad.noise', `key callNext @${DEFAULT_FRAME_GAP_MS}`]);
  });

  it('a frame split across writes is one key, and the gap timer does not fire after it completes', async () => {
    const { clock, sim, log } = await setup();
    const call = must(encodeKeyPress(1, 'callNext', defaultSerialPadModel));
    await sim.sendRaw(call.subarray(0, 4));
    await flushMicrotasks();
    await clock.advanceAsync(DEFAULT_FRAME_GAP_MS - 10);
    await sim.sendRaw(call.subarray(4));
    await clock.advanceAsync(DEFAULT_FRAME_GAP_MS * 3);
    expect(log).toEqual(['status ready', `key callNext @${DEFAULT_FRAME_GAP_MS - 10}`]);
    expect(clock.pending).toBe(0);
  });

  it('ignores frames for other pads on the bus and its own echoed commands', async () => {
    const { link, log } = await setup({ address: 1 });
    const other = createSerialPadSimulator({ transport: link.device, address: 2 });
    await other.start();
    await other.press('callNext');
    await link.device.write(must(encodeBeep(1, defaultSerialPadModel)));
    await flushMicrotasks();
    expect(log).toEqual(['status ready']);
  });

  it('reports an unknown key code as a fault', async () => {
    const { sim, log } = await setup();
    await sim.sendRaw(Uint8Array.from([0xff, 0x68, 0x02, 0x02, 0x68, 0x01, 0x7e, 0x7f, 0x16]));
    await flushMicrotasks();
    expect(log).toEqual(['status ready', 'fault ratingPad.unknownCode']);
  });

  it('works the same with another model table', async () => {
    const { sim, log, pad } = await setup({ address: 7, model: keyInDataSerialPadModel });
    await sim.press('transfer');
    await sim.rate('veryDissatisfied');
    await pad.showNumber(5);
    await flushMicrotasks();
    expect(log).toEqual(['status ready', 'key transfer @0', 'rating veryDissatisfied']);
    expect(sim.display).toBe('000005');
  });

  it('reports disconnected when the cable is pulled, and refuses to write', async () => {
    const { link, pad, log } = await setup();
    link.unplug();
    expect(pad.status).toBe('disconnected');
    const r = await pad.beep();
    expect(r.ok ? 'ok' : r.error.code).toBe('device.disconnected');
    expect(log).toEqual(['status ready', 'status disconnected']);
    // The transport (a reconnecting one, in a hall) opens again: the pad is ready again.
    link.plug();
    await link.host.open();
    expect(log).toEqual(['status ready', 'status disconnected', 'status ready']);
  });

  it('start fails with device.disconnected when the port is not there, and a later start retries', async () => {
    const clock = new ManualClock();
    const link = createMemoryLink();
    link.unplug();
    const pad: RatingPad = createSerialPad({ transport: link.host, clock });
    const r = await pad.start();
    expect(r.ok ? 'ok' : r.error.code).toBe('device.disconnected');
    expect(pad.status).toBe('disconnected');
    link.plug();
    expect((await pad.start()).ok).toBe(true);
    expect(pad.status).toBe('ready');
    const sim = createSerialPadSimulator({ transport: link.device });
    await sim.start();
    const keys: string[] = [];
    pad.on('pressed', (e) => keys.push(e.key));
    await sim.press('pause');
    await flushMicrotasks();
    expect(keys).toEqual(['pause']); // subscribed once: one event, not two
  });

  it('stop releases the port and no event follows', async () => {
    const { pad, sim, link, log } = await setup();
    await pad.stop();
    expect(pad.status).toBe('stopped');
    expect(link.host.state).toBe('closed');
    await sim.press('callNext');
    await flushMicrotasks();
    expect(log).toEqual(['status ready', 'status stopped']);
  });
});
