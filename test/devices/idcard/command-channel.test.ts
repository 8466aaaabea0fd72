import { describe, expect, it } from 'vitest';
import { CommandChannel, type Exchange } from '../../../devices/idcard/command-channel.ts';
import { commandFrame } from '../../../devices/idcard/commands.ts';
import { encodeResponse } from '../../../devices/idcard/frame.codec.ts';
import { createMemoryLink } from '../../../devices/transports/memory.ts';
import { flushMicrotasks, ManualClock } from '../../support/manual-clock.ts';

function frame(sw3: number, data = new Uint8Array(0)): Uint8Array {
  const r = encodeResponse(sw3, data);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const exchange = (label: string, accepts: Exchange['accepts'] = () => true): Exchange => ({
  label,
  frame: commandFrame('samStatus'),
  timeoutMs: 100,
  accepts,
});

async function setup() {
  const link = createMemoryLink();
  const clock = new ManualClock();
  await link.host.open();
  await link.device.open();
  const written: number[] = [];
  link.device.onData((c) => written.push(c.length));
  const channel = new CommandChannel(link.host, clock);
  channel.attach();
  const answer = async (bytes: Uint8Array): Promise<void> => {
    await link.device.write(bytes);
    await flushMicrotasks();
  };
  return { link, clock, channel, written, answer };
}

describe('CommandChannel', () => {
  it('runs one exchange at a time, in order', async () => {
    const t = await setup();
    const first = t.channel.send(exchange('first'));
    const second = t.channel.send(exchange('second'));
    await flushMicrotasks();
    expect(t.written).toHaveLength(1); // the second waits for the first answer
    await t.answer(frame(0x90));
    expect(t.written).toHaveLength(2);
    await t.answer(frame(0x80));
    expect(await first).toMatchObject({ ok: true, value: { sw3: 0x90 } });
    expect(await second).toMatchObject({ ok: true, value: { sw3: 0x80 } });
  });

  it('times out, and counts a late answer as stray', async () => {
    const t = await setup();
    const r = t.channel.send(exchange('slow'));
    await t.clock.advanceAsync(100);
    expect(await r).toMatchObject({ ok: false, error: { code: 'device.timeout' } });
    await t.answer(frame(0x90));
    expect(t.channel.stats).toMatchObject({ timeouts: 1, stray: 1 });
  });

  it('drops frames that do not fit the exchange and waits for one that does', async () => {
    const t = await setup();
    const r = t.channel.send(exchange('id', (f) => f.data.length === 16));
    await flushMicrotasks();
    await t.answer(frame(0x90));
    await t.answer(frame(0x90, new Uint8Array(16)));
    expect(await r).toMatchObject({ ok: true, value: { data: new Uint8Array(16) } });
    expect(t.channel.stats.stray).toBe(1);
  });

  it('ends an exchange at once on a framing error', async () => {
    const t = await setup();
    const r = t.channel.send(exchange('x'));
    await flushMicrotasks();
    const bad = frame(0x90);
    bad[bad.length - 1] = 0;
    await t.answer(bad);
    expect(await r).toMatchObject({ ok: false, error: { code: 'idcard.checksum' } });
  });

  it('fails an exchange whose write fails, and cancel ends a running one', async () => {
    const t = await setup();
    await t.link.host.close();
    expect(await t.channel.send(exchange('closed'))).toMatchObject({ ok: false, error: { code: 'device.disconnected' } });
    await t.link.host.open();
    const r = t.channel.send(exchange('cancelled'));
    await flushMicrotasks();
    t.channel.cancel({ code: 'device.disconnected', message: 'test' });
    expect(await r).toMatchObject({ ok: false, error: { code: 'device.disconnected' } });
    expect(t.clock.pending).toBe(0);
  });
});
