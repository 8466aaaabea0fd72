import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSerialPorts } from '../../../devices/transports/discovery.ts';
import { ManualClock } from '../../support/manual-clock.ts';

describe('listSerialPorts', () => {
  it('returns the ports the lister finds, keeping only usable fields', async () => {
    const result = await listSerialPorts({
      list: async () => [
        { path: '/dev/ttyUSB0', manufacturer: 'wch.cn', vendorId: '1a86', productId: '7523', serialNumber: undefined },
        { path: '' },
        null,
        { manufacturer: 'no path' },
        { path: 'COM3', pnpId: 42 },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: [
        { path: '/dev/ttyUSB0', manufacturer: 'wch.cn', vendorId: '1a86', productId: '7523' },
        { path: 'COM3' },
      ],
    });
  });

  it('turns a failing lister (udevadm missing) into device.discoveryFailed with the reason', async () => {
    const failure = Object.assign(new Error('spawn udevadm ENOENT'), { code: 'ENOENT' });
    const result = await listSerialPorts({ list: () => Promise.reject(failure) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('device.discoveryFailed');
      expect(result.error.message).toContain('udevadm');
      expect(result.error.details).toEqual({ code: 'ENOENT', message: 'spawn udevadm ENOENT' });
    }
  });

  it('catches a lister that throws synchronously or returns garbage', async () => {
    const thrown = await listSerialPorts({
      list: () => {
        throw new Error('no binding');
      },
    });
    expect(!thrown.ok && thrown.error.code).toBe('device.discoveryFailed');
    const garbage = await listSerialPorts({ list: async () => 'ttyS0' as unknown as unknown[] });
    expect(!garbage.ok && garbage.error.code).toBe('device.discoveryFailed');
  });

  it('gives up on a lister that hangs, on the injected clock', async () => {
    const clock = new ManualClock();
    let settled = false;
    const listing = listSerialPorts({ list: () => new Promise(() => undefined), clock, timeoutMs: 5000 }).then((r) => {
      settled = true;
      return r;
    });
    await clock.advanceAsync(4999);
    expect(settled).toBe(false);
    await clock.advanceAsync(1);
    const result = await listing;
    expect(!result.ok && result.error.code).toBe('device.discoveryFailed');
    expect(clock.pending).toBe(0);
  });

  it('does not throw with the real serialport lister, even without udevadm on PATH', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-udevadm-'));
    const savedPath = process.env['PATH'];
    process.env['PATH'] = empty;
    try {
      const result = await listSerialPorts();
      if (result.ok) expect(Array.isArray(result.value)).toBe(true);
      else expect(result.error.code).toBe('device.discoveryFailed');
    } finally {
      process.env['PATH'] = savedPath;
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('does not throw with the real serialport lister as the machine is', async () => {
    const result = await listSerialPorts();
    if (result.ok) for (const port of result.value) expect(typeof port.path).toBe('string');
    else expect(result.error.code).toBe('device.discoveryFailed');
  });
});
