import { describe, expect, it } from 'vitest';
import type { Result } from '../../../domain/result.ts';
import { TicketPrinter, type TicketPrinterOptions } from '../../../devices/printer/driver.ts';
import { printerProfiles } from '../../../devices/printer/profiles.ts';
import { PrinterSimulator, type PrinterSimulatorOptions } from '../../../devices/printer/simulator.ts';
import { encodeTicket } from '../../../devices/printer/ticket.ts';
import type { PrinterProfile, PrinterStatus } from '../../../devices/printer/types.ts';
import { createMemoryLink, type MemoryLink } from '../../../devices/transports/memory.ts';
import type { ByteTransport } from '../../../devices/transports/transport.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { fakeQrEncoder, sampleTicket } from './fixtures.ts';

const POLL = 2000;

interface Setup {
  readonly profile?: PrinterProfile;
  readonly sim?: Omit<PrinterSimulatorOptions, 'transport'>;
  readonly printer?: Omit<TicketPrinterOptions, 'transport' | 'clock' | 'profile'>;
  /** Wraps the host end (to fail a write on purpose). */
  readonly wrap?: (host: ByteTransport, link: MemoryLink) => ByteTransport;
  readonly start?: boolean;
}

async function setup(options: Setup = {}) {
  const link = createMemoryLink('printer');
  const clock = new ManualClock();
  const profile = options.profile ?? printerProfiles['generic-80'];
  const sim = new PrinterSimulator({ transport: link.device, ...options.sim });
  await sim.start();
  const host = options.wrap ? options.wrap(link.host, link) : link.host;
  const bugs: unknown[] = [];
  const printer = new TicketPrinter({ transport: host, clock, profile, pollIntervalMs: POLL,
    chunkBytes: 64,
    qrEncoder: fakeQrEncoder,
    onBug: (e) => bugs.push(e),
    ...options.printer });
  const statuses: PrinterStatus['state'][] = [];
  printer.on('statusChanged', (s) => statuses.push(s.state));
  const started = options.start === false ? null : await printer.start();
  return { link, clock, sim, printer, statuses, bugs, started, profile };
}

function ticketBytes(profile: PrinterProfile = printerProfiles['generic-80']): Uint8Array {
  const r = encodeTicket(sampleTicket, profile, { qrEncoder: fakeQrEncoder });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bytes;
}

const code = (r: Result<unknown>): string | null => (r.ok ? null : r.error.code);

describe('TicketPrinter: status', () => {
  it('opens the transport, asks for the status and reports ready', async () => {
    const t = await setup();
    expect(t.started?.ok && t.started.value.state).toBe('ready');
    expect(t.statuses).toEqual(['ready']);
    expect(t.link.host.state).toBe('open');
  });

  it('polls and tells each change once', async () => {
    const t = await setup();
    t.sim.setPaper('nearEnd');
    await t.clock.advanceAsync(POLL);
    await t.clock.advanceAsync(POLL);
    t.sim.setPaper('out');
    await t.clock.advanceAsync(POLL);
    t.sim.setPaper('ok');
    t.sim.openCover();
    await t.clock.advanceAsync(POLL);
    t.sim.closeCover();
    await t.clock.advanceAsync(POLL);
    expect(t.statuses).toEqual(['ready', 'paperNearEnd', 'paperOut', 'coverOpen', 'ready']);
    expect(t.printer.status).toEqual({ state: 'ready', paper: 'ok', coverOpen: false, offline: false, error: false });
  });

  it('a printer that does not answer turns offline after two failed polls', async () => {
    const t = await setup({ sim: { answers: 'none' }, start: false });
    const started = t.printer.start();
    await t.clock.advanceAsync(500);
    expect(code(await started)).toBe('device.timeout');
    expect(t.statuses).toEqual([]);
    await t.clock.advanceAsync(POLL + 500);
    expect(t.statuses).toEqual(['offline']);
  });

  it('reads a GS r 1 printer with the GS r profile', async () => {
    const t = await setup({ profile: printerProfiles['paper-sensor-80'], sim: { answers: 'gsR' } });
    expect(t.printer.status.state).toBe('ready');
    t.sim.setPaper('out');
    await t.clock.advanceAsync(POLL);
    expect(t.statuses).toEqual(['ready', 'paperOut']);
  });

  it('a pulled cable turns the status offline at once', async () => {
    const t = await setup();
    t.link.unplug();
    expect(t.printer.status.state).toBe('offline');
    expect(code(await t.printer.print({ label: 'x', bytes: ticketBytes() }))).toBe('device.disconnected');
  });

  it('stop() ends polling and leaves the transport open', async () => {
    const t = await setup();
    await t.printer.stop();
    t.sim.setPaper('out');
    await t.clock.advanceAsync(POLL * 3);
    expect(t.statuses).toEqual(['ready']);
    expect(t.link.host.state).toBe('open');
    expect(t.clock.pending).toBe(0);
  });
});

describe('TicketPrinter: printing', () => {
  it('prints a ticket: one cut slip holding exactly the ticket bytes', async () => {
    const t = await setup();
    const r = await t.printer.printTicket(sampleTicket);
    expect(r.ok && r.value.state).toBe('printed');
    expect(t.sim.slips).toHaveLength(1);
    expect(t.sim.slips[0]?.end).toBe('partialCut');
    expect(t.sim.slips[0]?.bytes).toEqual(ticketBytes());
    expect(t.printer.jobs.map((j) => [j.label, j.state, j.attempts])).toEqual([['ticket A023', 'printed', 1]]);
  });

  it.each([
    ['paper out', (s: PrinterSimulator) => s.setPaper('out'), 'printer.paperOut'],
    ['cover open', (s: PrinterSimulator) => s.openCover(), 'printer.coverOpen'],
    ['offline', (s: PrinterSimulator) => s.goOffline(), 'printer.offline'],
    ['error', (s: PrinterSimulator) => s.setError(true), 'printer.error'],
  ])('refuses while %s, sends nothing and keeps no job', async (_name, hook, expected) => {
    const t = await setup();
    hook(t.sim);
    const before = t.sim.bytesReceived;
    const r = await t.printer.print({ label: 'ticket', bytes: ticketBytes() });
    expect(code(r)).toBe(expected);
    expect(t.sim.bytesReceived - before).toBe(9); // only the three status requests
    expect(t.sim.slips).toEqual([]);
    expect(t.printer.jobs).toEqual([]);
  });

  it('prints with the paper near its end', async () => {
    const t = await setup();
    t.sim.setPaper('nearEnd');
    expect((await t.printer.printTicket(sampleTicket)).ok).toBe(true);
  });

  it('paper running out mid-job: the job fails, is kept with its bytes, and reprints once paper is back', async () => {
    const t = await setup();
    t.sim.runOutOfPaperAfter(6);
    const r = await t.printer.print({ id: 'A023-20261124', label: 'ticket A023', bytes: ticketBytes() });
    expect(code(r)).toBe('printer.paperOut');
    expect(!r.ok && r.error.details).toEqual({ jobId: 'A023-20261124', attempts: 1 });
    const kept = t.printer.job('A023-20261124');
    expect(kept?.state).toBe('failed');
    expect(kept?.failure).toBe('printer.paperOut');
    expect(kept?.bytes).toEqual(ticketBytes());
    expect(t.sim.slips.map((s) => s.end)).toEqual(['torn']);
    expect(t.printer.status.state).toBe('paperOut');

    expect(code(await t.printer.reprint('A023-20261124'))).toBe('printer.paperOut'); // still no paper
    t.sim.setPaper('ok');
    const again = await t.printer.reprint('A023-20261124');
    expect(again.ok && again.value).toMatchObject({ state: 'printed', attempts: 2, failure: null });
    expect(t.sim.slips.map((s) => s.end)).toEqual(['torn', 'partialCut']);
    expect(t.sim.slips[1]?.bytes).toEqual(ticketBytes());
  });

  it('a disconnect during the write fails the job, kept for a reprint after reconnecting', async () => {
    let writes = 0;
    let cutAt = 0;
    const t = await setup({
      wrap: (host, link) =>
        new Proxy(host, {
          get(target, prop, receiver) {
            if (prop === 'write') {
              return (data: Uint8Array) => {
                // The third print chunk (not a 3-byte status request) meets a pulled cable.
                if (data.length > 3 && ++writes === cutAt) link.unplug();
                return target.write(data);
              };
            }
            const value: unknown = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        }),
    });
    cutAt = 3;
    const r = await t.printer.print({ id: 'job-1', label: 'ticket', bytes: ticketBytes() });
    expect(code(r)).toBe('device.disconnected');
    expect(t.printer.job('job-1')?.state).toBe('failed');
    expect(t.printer.status.state).toBe('offline');

    t.link.plug();
    await t.sim.start(); // the device end comes back
    await t.clock.advanceAsync(POLL); // the next poll reopens the host end
    expect(t.printer.status.state).toBe('ready');
    const again = await t.printer.reprint('job-1');
    expect(again.ok && again.value.state).toBe('printed');
    // The half slip printed before the cable went is cut off first, then the ticket prints whole.
    expect(t.sim.slips.map((s) => s.end)).toEqual(['partialCut', 'partialCut']);
    const half = t.sim.slips[0]?.bytes ?? new Uint8Array(0);
    const cut = Uint8Array.from([0x1b, 0x64, 0x04, 0x1d, 0x56, 0x01]);
    expect(half.subarray(-6)).toEqual(cut);
    expect(half.length).toBeGreaterThan(6 + 64); // two 64-byte chunks got through
    expect(half.subarray(0, -6)).toEqual(ticketBytes().subarray(0, half.length - 6));
    expect(t.sim.slips[1]?.bytes).toEqual(ticketBytes());
  });

  it('reprint of a job it does not have is printer.unknownJob', async () => {
    const t = await setup();
    expect(code(await t.printer.reprint('nope'))).toBe('printer.unknownJob');
  });

  it('keeps a bounded job list, dropping printed jobs before failed ones', async () => {
    const t = await setup({ printer: { keepJobs: 3 } });
    t.sim.runOutOfPaperAfter(2);
    await t.printer.print({ id: 'failed', label: 'x', bytes: ticketBytes() });
    t.sim.setPaper('ok');
    for (const id of ['a', 'b', 'c']) await t.printer.print({ id, label: id, bytes: ticketBytes() });
    expect(t.printer.jobs.map((j) => j.id)).toEqual(['failed', 'b', 'c']);
  });

  it('waits settleMs after the last chunk before the final status check', async () => {
    const t = await setup({ printer: { settleMs: 1500 } });
    let done = false;
    const printing = t.printer.printTicket(sampleTicket).then((r) => {
      done = true;
      return r;
    });
    await t.clock.advanceAsync(1499);
    expect(done).toBe(false);
    await t.clock.advanceAsync(1);
    expect((await printing).ok).toBe(true);
  });

  it('polls wait while a job prints: one conversation at a time', async () => {
    const t = await setup({ printer: { settleMs: 5000 } });
    const printing = t.printer.printTicket(sampleTicket);
    await t.clock.advanceAsync(5000); // two polls fall due meanwhile and queue behind the job
    expect((await printing).ok).toBe(true);
    expect(t.printer.strayBytes).toBe(0);
  });

  it('prints a self-test slip', async () => {
    const t = await setup();
    const r = await t.printer.selfTest();
    expect(r.ok && r.value.label).toBe('self-test');
    expect(t.sim.slips).toHaveLength(1);
  });

  it('a profile without status requests prints blind', async () => {
    const none: PrinterProfile = { ...printerProfiles['generic-58'], id: 'blind', statusQuery: 'none' };
    const t = await setup({ profile: none, sim: { answers: 'none' } });
    expect(t.printer.status.state).toBe('unknown');
    expect((await t.printer.printTicket(sampleTicket)).ok).toBe(true);
    expect(t.sim.slips).toHaveLength(1);
  });
});

describe('TicketPrinter: without start()', () => {
  it('prints on an open transport without polling', async () => {
    const t = await setup({ start: false });
    await t.link.host.open();
    expect((await t.printer.printTicket(sampleTicket)).ok).toBe(true);
    expect(t.sim.slips).toHaveLength(1);
    expect(t.clock.pending).toBe(0);
  });
});

describe('TicketPrinter over a transport that reconnects by itself (reopen: false)', () => {
  it('opens once at start, never from a poll, and asks the status as soon as the link is back', async () => {
    let opens = 0;
    const t = await setup({
      printer: { reopen: false },
      wrap: (host) => ({
        get description() {
          return host.description;
        },
        get state() {
          return host.state;
        },
        open: () => (opens++, host.open()),
        close: () => host.close(),
        write: (d) => host.write(d),
        onData: (l) => host.onData(l),
        onState: (l) => host.onState(l),
      }),
    });
    expect(opens).toBe(1);
    expect(t.started?.ok && t.started.value.state).toBe('ready');
    t.link.unplug();
    await t.clock.advanceAsync(POLL * 5);
    expect(opens).toBe(1); // the polls left reopening to the transport
    expect(t.printer.status.state).toBe('offline');
    // The link comes back (a reconnecting transport would do this): ready without waiting for a poll.
    t.link.plug();
    await t.sim.start();
    await t.link.host.open();
    await t.clock.advanceAsync(0);
    expect(t.printer.status.state).toBe('ready');
    expect(opens).toBe(1);
  });
});
