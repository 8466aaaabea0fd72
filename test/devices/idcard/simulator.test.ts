import { describe, expect, it } from 'vitest';
import { commandFrame, type CommandName } from '../../../devices/idcard/commands.ts';
import { createResponseDecoder, encodeCommand, toHex, type ResponseFrame } from '../../../devices/idcard/frame.codec.ts';
import { decodeReadResponse } from '../../../devices/idcard/read-response.codec.ts';
import { IdCardReaderSimulator, type IdCardReaderSimulatorOptions } from '../../../devices/idcard/simulator.ts';
import { chenJiahao, zhangWei } from '../../../devices/idcard/test-identities.ts';
import { createMemoryLink } from '../../../devices/transports/memory.ts';
import { flushMicrotasks, ManualClock } from '../../support/manual-clock.ts';

async function setup(options: Omit<IdCardReaderSimulatorOptions, 'transport'> = {}) {
  const link = createMemoryLink('idcard');
  const clock = new ManualClock();
  const sim = new IdCardReaderSimulator({ transport: link.device, clock, ...options });
  await sim.start();
  await link.host.open();
  const chunks: Uint8Array[] = [];
  link.host.onData((c) => chunks.push(c));
  const bytes = (): Uint8Array => Uint8Array.from(chunks.flatMap((c) => [...c]));
  const frames = (): ResponseFrame[] => createResponseDecoder().push(bytes()).flatMap((r) => (r.ok ? [r.value] : []));
  const send = async (frame: Uint8Array): Promise<void> => {
    await link.host.write(frame);
    await flushMicrotasks();
  };
  const command = (name: CommandName): Promise<void> => send(commandFrame(name));
  const clear = (): void => {
    chunks.length = 0;
  };
  return { link, clock, sim, chunks, bytes, frames, send, command, clear };
}

describe('IdCardReaderSimulator', () => {
  it('answers find and select without a card with 80 and 81', async () => {
    const t = await setup();
    await t.command('findCard');
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 00 04 00 00 80 84');
    t.clear();
    await t.command('selectCard');
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 00 04 00 00 81 85');
  });

  it('answers a placed card like a reader: 9F, 90 with eight bytes, then the 1295-byte read', async () => {
    const t = await setup();
    expect(t.sim.insertCard(zhangWei).ok).toBe(true);
    await t.command('findCard');
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
    t.clear();
    await t.command('selectCard');
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C');
    t.clear();
    await t.command('readText');
    expect(t.bytes().length).toBe(1295);
    const [frame] = t.frames();
    const { fingerprint: _fp, ...withoutFp } = zhangWei;
    expect(frame && decodeReadResponse(frame, false)).toEqual({ ok: true, value: withoutFp });
  });

  it('sends the fingerprint variant for 30 10', async () => {
    const t = await setup();
    t.sim.insertCard(zhangWei);
    await t.command('selectCard');
    t.clear();
    await t.command('readWithFingerprint');
    expect(t.bytes().length).toBe(2321);
    const [frame] = t.frames();
    expect(frame && decodeReadResponse(frame, true)).toEqual({ ok: true, value: zhangWei });
  });

  it('refuses to read a card that was not selected, and says there is no newest address', async () => {
    const t = await setup();
    t.sim.insertCard(chenJiahao);
    await t.command('readText');
    await t.command('selectCard');
    await t.command('readNewestAddress');
    expect(t.frames().map((f) => f.sw3)).toEqual([0x41, 0x90, 0x91]);
  });

  it('answers SAM status and SAM id', async () => {
    const t = await setup();
    await t.command('samStatus');
    await t.command('samId');
    const [status, id] = t.frames();
    expect(status?.sw3).toBe(0x90);
    expect(id?.data.length).toBe(16);
  });

  it('answers a bad checksum with 10 and an unknown command with 21', async () => {
    const t = await setup();
    const bad = commandFrame('findCard');
    bad[bad.length - 1] = 0;
    await t.send(bad);
    await t.send(encodeCommand(0x99, 0x01));
    expect(t.frames().map((f) => f.sw3)).toEqual([0x10, 0x21]);
    expect(t.sim.received.map((r) => r.name)).toEqual(['unknown']);
  });

  it('keeps the newest `keepReceived` commands only (the driver polls all day); 1000 by default', async () => {
    const t = await setup({ keepReceived: 2 });
    for (const name of ['samStatus', 'findCard', 'selectCard'] as const) await t.command(name);
    expect(t.sim.received.map((r) => r.name)).toEqual(['findCard', 'selectCard']);
    const d = await setup();
    for (let i = 0; i < 1005; i++) await d.command('findCard');
    expect(d.sim.received).toHaveLength(1000);
  });

  it('failSam answers every command with 60 until restored', async () => {
    const t = await setup();
    t.sim.failSam();
    await t.command('samStatus');
    await t.command('findCard');
    t.sim.restoreSam();
    await t.command('samStatus');
    expect(t.frames().map((f) => f.sw3)).toEqual([0x60, 0x60, 0x90]);
  });

  it('after a read, "select-fails" readers refuse to select the same card until it is placed again', async () => {
    const t = await setup({ afterRead: 'select-fails' });
    t.sim.insertCard(zhangWei);
    for (const c of ['findCard', 'selectCard', 'readText', 'findCard', 'selectCard'] as const) await t.command(c);
    t.sim.removeCard();
    t.sim.insertCard(zhangWei);
    await t.command('selectCard');
    expect(t.frames().map((f) => f.sw3)).toEqual([0x9f, 0x90, 0x90, 0x9f, 0x81, 0x90]);
  });

  it('splits responses into chunks of the configured size', async () => {
    const t = await setup({ chunkSize: 100 });
    t.sim.insertCard(zhangWei);
    await t.command('selectCard');
    t.clear();
    await t.command('readText');
    expect(t.chunks.map((c) => c.length)).toEqual([...Array(12).fill(100), 95]);
  });

  it('spaces chunks on the clock when told to', async () => {
    const t = await setup();
    t.sim.setChunking(4, 10);
    await t.command('samStatus'); // 11 bytes: 4 + 4 + 3
    expect(t.chunks.length).toBe(1);
    await t.clock.advanceAsync(10);
    expect(t.chunks.length).toBe(2);
    await t.clock.advanceAsync(10);
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 00 04 00 00 90 94');
  });

  it('corrupts the next frame as asked', async () => {
    const t = await setup();
    t.sim.corruptNextFrame('checksum');
    await t.command('samStatus');
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 00 04 00 00 90 CE');
    t.clear();
    t.sim.corruptNextFrame('truncate');
    await t.command('samStatus');
    expect(t.bytes().length).toBe(5);
    t.clear();
    t.sim.corruptNextFrame('length');
    await t.command('samStatus');
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 FF 04 00 00 90 94');
    t.clear();
    await t.command('samStatus');
    expect(toHex(t.bytes())).toBe('AA AA AA 96 69 00 04 00 00 90 94');
  });

  it('stall holds answers until resumed, or until the time is up', async () => {
    const t = await setup();
    t.sim.stall();
    await t.command('samStatus');
    expect(t.chunks).toEqual([]);
    t.sim.resume();
    await flushMicrotasks();
    expect(t.frames().map((f) => f.sw3)).toEqual([0x90]);
    t.clear();
    t.sim.stall(500);
    await t.command('findCard');
    await t.clock.advanceAsync(499);
    expect(t.chunks).toEqual([]);
    await t.clock.advanceAsync(1);
    expect(t.frames().map((f) => f.sw3)).toEqual([0x80]);
  });

  it('stall with drop loses the answers', async () => {
    const t = await setup();
    t.sim.stall(undefined, { drop: true });
    await t.command('samStatus');
    t.sim.resume();
    await flushMicrotasks();
    expect(t.chunks).toEqual([]);
  });

  it('refuses to place an identity that does not fit a card', () => {
    const link = createMemoryLink();
    const sim = new IdCardReaderSimulator({ transport: link.device });
    const r = sim.insertCard({ ...zhangWei, name: '名'.repeat(16) });
    expect(r.ok ? null : r.error.code).toBe('idcard.badField');
    expect(sim.hasCard).toBe(false);
  });

  it('sends raw bytes as they are', async () => {
    const t = await setup();
    t.sim.sendRaw(Uint8Array.of(1, 2, 3));
    await flushMicrotasks();
    expect(toHex(t.bytes())).toBe('01 02 03');
  });
});
