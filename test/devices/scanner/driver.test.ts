import { describe, it, expect } from 'vitest';
import { createMemoryLink } from '../../../devices/transports/memory.ts';
import { createScanner } from '../../../devices/scanner/driver.ts';
import { ScannerSimulator } from '../../../devices/scanner/simulator.ts';
import type { ScannerConfig } from '../../../devices/scanner/scanner-config.ts';
import { ManualClock, flushMicrotasks } from '../../support/manual-clock.ts';

async function setup(config: Partial<ScannerConfig> = {}) {
  const clock = new ManualClock();
  const link = createMemoryLink('scanner test');
  const scanner = createScanner({ transport: link.host, clock, config });
  const { lineTimeoutMs: _t, repeatWindowMs: _r, ...lineConfig } = config;
  const sim = new ScannerSimulator({ transport: link.device, config: lineConfig });
  const log: string[] = [];
  const t0 = clock.now();
  scanner.on('scanned', (e) => log.push(`scanned ${e.classification.kind} ${e.code} @${e.at - t0}`));
  scanner.on('statusChanged', (e) => log.push(`status ${e.status}`));
  scanner.on('faulted', (e) => log.push(`fault ${e.error.code}`));
  expect((await sim.start()).ok).toBe(true);
  expect((await scanner.start()).ok).toBe(true);
  return { clock, link, scanner, sim, log };
}

describe('serial scanner driver with the simulated scanner', () => {
  it('emits each scanned code with its classification, also when it arrives in pieces', async () => {
    const { sim, log, clock } = await setup({ terminator: 'CRLF' });
    await sim.scan('YY20260115A01');
    await flushMicrotasks();
    clock.advance(2000);
    await sim.scan('https://zwfw.example.gov.cn/q?t=1', { chunkSize: 3 });
    await flushMicrotasks();
    expect(log).toEqual(['status ready', 'scanned appointment YY20260115A01 @0', 'scanned url https://zwfw.example.gov.cn/q?t=1 @2000']);
  });

  it('reads GB18030 scanners with an STX/ETX frame', async () => {
    const { sim, log } = await setup({ encoding: 'gb18030', prefix: [0x02], suffix: [0x03] });
    await sim.scan('预约A01');
    await flushMicrotasks();
    expect(log).toEqual(['status ready', 'scanned other 预约A01 @0']);
  });

  it('ignores the same code read again within the repeat window, measured from the last read', async () => {
    const { sim, log, clock } = await setup({ repeatWindowMs: 1000 });
    const scanAt = async (ms: number, code: string) => {
      await clock.advanceAsync(ms);
      await sim.scan(code);
      await flushMicrotasks();
    };
    await scanAt(0, 'YY12345678');
    await scanAt(600, 'YY12345678'); // held under the scanner: ignored
    await scanAt(600, 'YY12345678'); // still held (600 ms after the last read): ignored
    await scanAt(1000, 'YY12345678'); // taken away and shown again
    await scanAt(10, 'YY87654321'); // another code at once
    expect(log).toEqual(['status ready', 'scanned appointment YY12345678 @0', 'scanned appointment YY12345678 @2200', 'scanned appointment YY87654321 @2210']);
  });

  it('a repeat window of 0 reports every read', async () => {
    const { sim, log } = await setup({ repeatWindowMs: 0 });
    await sim.scan('A1');
    await sim.scan('A1');
    await flushMicrotasks();
    expect(log.filter((l) => l.startsWith('scanned'))).toHaveLength(2);
  });

  it('noise is a fault and the next scan is fine', async () => {
    const { sim, log } = await setup();
    await sim.noise();
    await sim.scan('A1');
    await flushMicrotasks();
    expect(log).toEqual(['status ready', 'fault scanner.nonPrintable', 'scanned other A1 @0']);
  });

  it('a code without a terminator is dropped after the line timeout', async () => {
    const { sim, log, clock } = await setup({ lineTimeoutMs: 500 });
    await sim.scan('YY12345678', { terminate: false });
    await clock.advanceAsync(499);
    expect(log).toEqual(['status ready']);
    await clock.advanceAsync(1);
    expect(log).toEqual(['status ready', 'fault scanner.incomplete']);
    await sim.scan('YY12345678');
    await flushMicrotasks();
    expect(log.at(-1)).toBe('scanned appointment YY12345678 @500');
    expect(clock.pending).toBe(0);
  });

  it('a code too long for the config is a fault', async () => {
    const { sim, log } = await setup({ maxLength: 8 });
    await sim.sendRaw(Uint8Array.from([...'123456789'].map((c) => c.charCodeAt(0)).concat(0x0d)));
    await flushMicrotasks();
    expect(log).toEqual(['status ready', 'fault scanner.tooLong']);
  });

  it('reports disconnected on unplug and stopped on stop', async () => {
    const { link, scanner, log } = await setup();
    link.unplug();
    expect(scanner.status).toBe('disconnected');
    await scanner.stop();
    expect(log).toEqual(['status ready', 'status disconnected', 'status stopped']);
  });

  it('start fails when the port is not there, and a later start retries', async () => {
    const link = createMemoryLink();
    link.unplug();
    const scanner = createScanner({ transport: link.host, clock: new ManualClock() });
    const r = await scanner.start();
    expect(r.ok ? 'ok' : r.error.code).toBe('device.disconnected');
    expect(scanner.status).toBe('disconnected');
    link.plug();
    expect((await scanner.start()).ok).toBe(true);
    expect(scanner.status).toBe('ready');
  });
});
