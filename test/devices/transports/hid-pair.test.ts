import { describe, expect, it } from 'vitest';
import { createHidPair } from '../../../devices/transports/hid-pair.ts';
import { HidTransport } from '../../../devices/transports/hid.ts';

describe('in-memory HID pair under a HidTransport', () => {
  it('input reports arrive one chunk each; output reports carry the report id and padding', async () => {
    const pair = createHidPair('pair');
    const t = new HidTransport({ openDevice: pair.open, reportId: 7, outputReportSize: 4 });
    const chunks: string[] = [];
    t.onData((c) => chunks.push(Buffer.from(c).toString('hex')));
    const outputs: string[] = [];
    pair.peer.onOutputReport((r) => outputs.push(Buffer.from(r).toString('hex')));
    expect(pair.peer.sendReport([1, 2])).toBe(false); // not opened yet
    expect((await t.open()).ok).toBe(true);
    expect(pair.peer.sendReport([1, 2])).toBe(true);
    expect(pair.peer.sendReport(Uint8Array.of(3))).toBe(true);
    expect((await t.write(Uint8Array.of(0xaa, 0xbb, 0xcc, 0xdd, 0xee))).ok).toBe(true);
    expect(chunks).toEqual(['0102', '03']);
    expect(outputs).toEqual(['07aabbccdd', '07ee000000']);
  });

  it('unplugged: the open device reports an error, and it cannot be opened until plugged back', async () => {
    const pair = createHidPair('pair');
    const t = new HidTransport({ openDevice: pair.open });
    await t.open();
    pair.peer.unplug();
    expect(t.state).toBe('disconnected');
    const again = await t.open();
    expect(again.ok ? 'ok' : again.error.message).toBe('pair: not plugged in');
    pair.peer.plug();
    expect((await t.open()).ok).toBe(true);
    expect(pair.peer.sendReport([9])).toBe(true);
  });
});
